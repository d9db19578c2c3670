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
   *
   * @param first the end with the smaller id
   * @param second the end with the larger id
   * @param partnerships the number of partnerships the two share, 1 or more
   */
  public record Link(InstitutionId first, InstitutionId second, int partnerships) {
    /**
     * Makes a link; the order of the ends and the count are not checked.
     *
     * @param first the end with the smaller id
     * @param second the end with the larger id
     * @param partnerships the number of partnerships the two share
     */
    public Link {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
    }
  }

  /**
   * Builds the network of some partnerships; {@link Dataset#network()} gives that of a dataset.
   *
   * @param partnerships the partnerships
   * @return the network linking every two institutions that take part in one of them
   */
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

  /**
   * {@return every institution that takes part in at least one partnership, linked or not;
   * unmodifiable}
   */
  public Set<InstitutionId> institutions() {
    return Collections.unmodifiableSet(partners.keySet());
  }

  /**
   * Finds the partners of an institution.
   *
   * @param institution the institution's id
   * @return the institutions that share at least one partnership with it; empty for an institution
   *     not in the network
   */
  public Set<InstitutionId> partnersOf(InstitutionId institution) {
    return Collections.unmodifiableSet(partners.getOrDefault(institution, Map.of()).keySet());
  }

  /**
   * Counts the partners of an institution.
   *
   * @param institution the institution's id
   * @return the number of distinct partners; 0 for an institution not in the network
   */
  public int degree(InstitutionId institution) {
    return partners.getOrDefault(institution, Map.of()).size();
  }

  /**
   * Counts the partnerships two institutions share; the order of the two does not matter.
   *
   * @param one an institution's id
   * @param other another institution's id
   * @return the number of partnerships both take part in; 0 when they share none
   */
  public int partnershipsShared(InstitutionId one, InstitutionId other) {
    return partners.getOrDefault(one, Map.of()).getOrDefault(other, 0);
  }

  /** {@return every link once, ordered by the ids of its ends; unmodifiable} */
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
   * Finds the institutions with the most partners.
   *
   * @param limit the most institutions to return
   * @return at most {@code limit} institutions, the one with the most partners first, ties broken
   *     by id
   * @throws IllegalArgumentException if the limit is negative
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
