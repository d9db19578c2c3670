package org.ksmodel.validation.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.Sector;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.Severity;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.reference.ReferenceData;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;
import org.ksmodel.validation.Subject;

/**
 * The rules about partnerships; the catalogue is the "Partnerships" section of core/VALIDATION.md.
 * The rules live in several classes by theme (participations and roles, countries, links, exchange
 * activities and design, status and periods); this one gathers them and holds the codelist checks.
 */
final class PartnershipRules {
  private static final DataPath SECTORS = DataPath.of("sectors");
  private static final DataPath SDG_TARGETS = DataPath.of("sdgTargets");
  private static final Predicate<SectorCode> KNOWN_SECTOR =
      code -> ReferenceData.sectors().contains(code);
  private static final Predicate<SdgTarget> KNOWN_TARGET =
      target -> ReferenceData.sdgTargets().contains(target);

  /** Up to this many entries, looking for repeats by comparing pairs is cheaper than hashing. */
  private static final int SMALL = 16;

  private PartnershipRules() {}

  static List<Rule<?>> all() {
    List<Rule<?>> rules = new ArrayList<>();
    rules.addAll(PartnershipRoleRules.all());
    rules.addAll(PartnershipCountryRules.all());
    rules.addAll(PartnershipLinkRules.all());
    rules.addAll(PartnershipActivityRules.all());
    rules.addAll(PartnershipPeriodRules.all());
    rules.add(
        Rule.of(
            "partnership.sector.unknown",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipRules::sectorsKnown));
    rules.add(
        Rule.of(
            "partnership.sector.missing",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipRules::sectorPresent));
    rules.add(
        Rule.of(
            "partnership.sdgTarget.unknown",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipRules::sdgTargetsKnown));
    rules.addAll(PartnershipGeographyRules.all());
    return Collections.unmodifiableList(rules);
  }

  private static void sectorsKnown(Partnership p, RuleContext context, Findings findings) {
    List<Sector> sectors = p.sectors();
    for (int i = 0; i < sectors.size(); i++) {
      Optional<SectorCode> code = sectors.get(i).dacCode();
      if (code.isPresent() && !KNOWN_SECTOR.test(code.get())) {
        findings.report(SECTORS.index(i), code.get());
      }
    }
  }

  private static void sectorPresent(Partnership p, RuleContext context, Findings findings) {
    if (p.sectors().isEmpty()) {
      findings.report(SECTORS);
    }
  }

  private static void sdgTargetsKnown(Partnership p, RuleContext context, Findings findings) {
    Lookups.requireKnown(p.sdgTargets(), KNOWN_TARGET, SDG_TARGETS, findings);
  }

  /** Receives each repeated entry of a list: its index and the index of its first occurrence. */
  @FunctionalInterface
  interface RepeatHandler {
    void repeat(int index, int firstIndex);
  }

  /**
   * Calls {@code handler} for every entry of {@code items} whose key an earlier entry already has;
   * allocates nothing for short lists.
   */
  static <T> void forEachRepeat(List<T> items, Function<? super T, ?> key, RepeatHandler handler) {
    int size = items.size();
    if (size <= SMALL) {
      for (int j = 1; j < size; j++) {
        Object candidate = key.apply(items.get(j));
        for (int i = 0; i < j; i++) {
          if (key.apply(items.get(i)).equals(candidate)) {
            handler.repeat(j, i);
            break;
          }
        }
      }
      return;
    }
    Map<Object, Integer> first = new HashMap<>();
    for (int j = 0; j < size; j++) {
      Integer earlier = first.putIfAbsent(key.apply(items.get(j)), j);
      if (earlier != null) {
        handler.repeat(j, earlier);
      }
    }
  }
}
