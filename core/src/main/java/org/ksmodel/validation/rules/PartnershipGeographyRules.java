package org.ksmodel.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Sector;
import org.ksmodel.common.Severity;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.RecipientCountry;
import org.ksmodel.partnership.RecipientRegion;
import org.ksmodel.reference.ReferenceData;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;
import org.ksmodel.validation.Subject;

/**
 * The partnership rules on where it works and in what: recipient countries and regions, sector
 * percentages, SDG goals (IATI's recipient-country, recipient-region, sector and tag); none needs
 * the dataset.
 *
 * <p>Percentages add up to 100 within a tolerance of 0.01 per share given, so that shares rounded
 * to two decimals (three times 33.33) pass and a share left out or mistyped does not.
 */
final class PartnershipGeographyRules {
  private static final DataPath COUNTRIES = DataPath.of("recipientCountries");
  private static final DataPath REGIONS = DataPath.of("recipientRegions");
  private static final DataPath SECTORS = DataPath.of("sectors");
  private static final DataPath SDG_GOALS = DataPath.of("sdgGoals");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TOLERANCE_PER_SHARE = new BigDecimal("0.01");

  private PartnershipGeographyRules() {}

  static List<Rule<?>> all() {
    return List.of(
        Rule.of(
            "partnership.percentage.range",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipGeographyRules::percentagesInRange),
        Rule.of(
            "partnership.recipient.percentage.total",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipGeographyRules::recipientsAddUp),
        Rule.of(
            "partnership.sector.percentage.total",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipGeographyRules::sectorsAddUp),
        Rule.of(
            "partnership.region.unknown",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipGeographyRules::regionsKnown),
        Rule.of(
            "partnership.sdgGoal.range",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipGeographyRules::sdgGoalsInRange));
  }

  /** IATI: a percentage is a share, from 0 to 100. */
  private static void percentagesInRange(Partnership p, RuleContext context, Findings findings) {
    List<RecipientCountry> countries = p.recipientCountries();
    for (int i = 0; i < countries.size(); i++) {
      checkRange(countries.get(i).percentage(), COUNTRIES.index(i), findings);
    }
    List<RecipientRegion> regions = p.recipientRegions();
    for (int i = 0; i < regions.size(); i++) {
      checkRange(regions.get(i).percentage(), REGIONS.index(i), findings);
    }
    List<Sector> sectors = p.sectors();
    for (int i = 0; i < sectors.size(); i++) {
      checkRange(sectors.get(i).percentage(), SECTORS.index(i), findings);
    }
  }

  private static void checkRange(Optional<BigDecimal> percentage, DataPath at, Findings findings) {
    if (percentage.isPresent()
        && (percentage.get().signum() < 0 || percentage.get().compareTo(HUNDRED) > 0)) {
      findings.report(at.member("percentage"), percentage.get().toPlainString());
    }
  }

  /**
   * IATI: the percentages of the recipient countries and regions together add up to 100, for each
   * region vocabulary (countries count with each vocabulary's regions; without regions, the
   * countries alone). Silent for a group in which no percentage is given, and when the countries
   * and all the regions together add up to 100: IATI's own annotated example splits its 100 across
   * two region vocabularies, so that reading of the guidance is not wrong data either.
   */
  private static void recipientsAddUp(Partnership p, RuleContext context, Findings findings) {
    List<Optional<BigDecimal>> countryShares = new ArrayList<>();
    p.recipientCountries().forEach(c -> countryShares.add(c.percentage()));
    List<Optional<BigDecimal>> all = new ArrayList<>(countryShares);
    p.recipientRegions().forEach(r -> all.add(r.percentage()));
    if (!p.recipientRegions().isEmpty() && addsUp(all)) {
      return;
    }
    Map<String, List<Optional<BigDecimal>>> byVocabulary = new LinkedHashMap<>();
    for (RecipientRegion region : p.recipientRegions()) {
      byVocabulary
          .computeIfAbsent(region.region().vocabulary(), v -> new ArrayList<>(countryShares))
          .add(region.percentage());
    }
    if (byVocabulary.isEmpty()) {
      checkTotal(countryShares, COUNTRIES, "the recipient countries", findings);
      return;
    }
    for (Map.Entry<String, List<Optional<BigDecimal>>> group : byVocabulary.entrySet()) {
      checkTotal(
          group.getValue(),
          p.recipientCountries().isEmpty() ? REGIONS : COUNTRIES,
          "the recipient countries and the regions of vocabulary " + group.getKey(),
          findings);
    }
  }

  /** IATI: the percentages of the sectors of one vocabulary add up to 100. */
  private static void sectorsAddUp(Partnership p, RuleContext context, Findings findings) {
    Map<String, List<Optional<BigDecimal>>> byVocabulary = new LinkedHashMap<>();
    for (Sector sector : p.sectors()) {
      byVocabulary
          .computeIfAbsent(sector.vocabulary(), v -> new ArrayList<>())
          .add(sector.percentage());
    }
    for (Map.Entry<String, List<Optional<BigDecimal>>> group : byVocabulary.entrySet()) {
      checkTotal(
          group.getValue(), SECTORS, "the sectors of vocabulary " + group.getKey(), findings);
    }
  }

  private static boolean addsUp(List<Optional<BigDecimal>> shares) {
    BigDecimal total = BigDecimal.ZERO;
    int given = 0;
    for (Optional<BigDecimal> share : shares) {
      if (share.isPresent()) {
        total = total.add(share.get());
        given++;
      }
    }
    BigDecimal tolerance = TOLERANCE_PER_SHARE.multiply(BigDecimal.valueOf(given));
    return given > 0 && total.subtract(HUNDRED).abs().compareTo(tolerance) <= 0;
  }

  private static void checkTotal(
      List<Optional<BigDecimal>> shares, DataPath at, String what, Findings findings) {
    BigDecimal total = BigDecimal.ZERO;
    int given = 0;
    for (Optional<BigDecimal> share : shares) {
      if (share.isPresent()) {
        total = total.add(share.get());
        given++;
      }
    }
    if (given == 0) {
      return;
    }
    BigDecimal tolerance = TOLERANCE_PER_SHARE.multiply(BigDecimal.valueOf(given));
    if (total.subtract(HUNDRED).abs().compareTo(tolerance) > 0) {
      findings.report(at, what, total.toPlainString());
    }
  }

  /** A region of IATI's Region codelist (vocabulary 1) is on the list bundled with the library. */
  private static void regionsKnown(Partnership p, RuleContext context, Findings findings) {
    List<RecipientRegion> regions = p.recipientRegions();
    for (int i = 0; i < regions.size(); i++) {
      RecipientRegion region = regions.get(i);
      if (region.region().vocabulary().equals(RecipientRegion.OECD_DAC)
          && !ReferenceData.regions().contains(region.region())) {
        findings.report(REGIONS.index(i).member("region"), region.region().code());
      }
    }
  }

  /** An SDG goal is one of the 17. */
  private static void sdgGoalsInRange(Partnership p, RuleContext context, Findings findings) {
    List<Integer> goals = p.sdgGoals();
    for (int i = 0; i < goals.size(); i++) {
      if (goals.get(i) < 1 || goals.get(i) > 17) {
        findings.report(SDG_GOALS.index(i), goals.get(i));
      }
    }
  }
}
