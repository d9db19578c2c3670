package org.ksmodel.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.partnership.Partnership;

/**
 * Which institutions work with which: two institutions are linked when they take part in the same
 * partnership, whatever their roles, and the link counts the partnerships they share. Built from
 * the partnerships of a dataset; references need not resolve.
 *
 * <p>Instances are immutable and safe to share across threads.
 */
public final class PartnershipNetwork {
  private final Map<InstitutionId, Map<InstitutionId, Integer>> partners;

  private PartnershipNetwork(Map<InstitutionId, Map<InstitutionId, Integer>> partners) {
    this.partners = partners;
  }

  /**
   * A link between two institutions, the smaller id first, and how many partnerships they share.
   */
  public record Link(InstitutionId first, InstitutionId second, int partnerships) {
    public Link {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
    }
  }

  /** The network of the given partnerships. */
  public static PartnershipNetwork of(Iterable<Partnership> partnerships) {
    Map<InstitutionId, Map<InstitutionId, Integer>> partners = new HashMap<>();
    for (Partnership partnership : partnerships) {
      List<InstitutionId> members = new ArrayList<>(partnership.institutionIds());
      for (InstitutionId member : members) {
        partners.computeIfAbsent(member, k -> new HashMap<>());
      }
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          partners.get(members.get(i)).merge(members.get(j), 1, Integer::sum);
          partners.get(members.get(j)).merge(members.get(i), 1, Integer::sum);
        }
      }
    }
    return new PartnershipNetwork(partners);
  }

  /** Every institution that takes part in at least one partnership. */
  public Set<InstitutionId> institutions() {
    return Collections.unmodifiableSet(partners.keySet());
  }

  /** The institutions that share at least one partnership with {@code institution}. */
  public Set<InstitutionId> partnersOf(InstitutionId institution) {
    return Collections.unmodifiableSet(partners.getOrDefault(institution, Map.of()).keySet());
  }

  /** The number of distinct partners of an institution. */
  public int degree(InstitutionId institution) {
    return partners.getOrDefault(institution, Map.of()).size();
  }

  /** The number of partnerships two institutions share (0 when they share none). */
  public int partnershipsShared(InstitutionId one, InstitutionId other) {
    return partners.getOrDefault(one, Map.of()).getOrDefault(other, 0);
  }

  /** Every link once, ordered by the ids of its ends. */
  public List<Link> links() {
    List<Link> links = new ArrayList<>();
    for (Map.Entry<InstitutionId, Map<InstitutionId, Integer>> entry :
        new TreeMap<>(partners).entrySet()) {
      for (Map.Entry<InstitutionId, Integer> partner : new TreeMap<>(entry.getValue()).entrySet()) {
        if (entry.getKey().compareTo(partner.getKey()) < 0) {
          links.add(new Link(entry.getKey(), partner.getKey(), partner.getValue()));
        }
      }
    }
    return Collections.unmodifiableList(links);
  }

  /**
   * The institutions with the most partners, most first, ties broken by id; at most {@code limit}.
   */
  public List<InstitutionId> mostConnected(int limit) {
    return partners.keySet().stream()
        .sorted(
            Comparator.comparingInt((InstitutionId id) -> -degree(id))
                .thenComparing(Comparator.naturalOrder()))
        .limit(limit)
        .toList();
  }
}
