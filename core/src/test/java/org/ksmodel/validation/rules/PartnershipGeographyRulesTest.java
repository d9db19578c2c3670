package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.PartnershipRulesTest.OPORTUNIDADES;
import static org.ksmodel.validation.rules.PartnershipRulesTest.PROSPERIDAD;
import static org.ksmodel.validation.rules.PartnershipRulesTest.alone;
import static org.ksmodel.validation.rules.PartnershipRulesTest.copy;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.Period;
import org.ksmodel.common.Sector;
import org.ksmodel.common.Severity;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.RecipientCountry;
import org.ksmodel.partnership.RecipientRegion;
import org.ksmodel.partnership.Role;

/**
 * The 1.1 rules on recipient countries and regions, sector percentages and SDG goals; and the
 * changed rules that a recipient country and a period with only an end must not upset.
 */
class PartnershipGeographyRulesTest {

  private static RecipientCountry country(String code, String percentage) {
    return RecipientCountry.builder()
        .country(CountryCode.of(code))
        .percentage(Optional.ofNullable(percentage).map(BigDecimal::new))
        .build();
  }

  private static RecipientRegion region(String vocabulary, String code, String percentage) {
    return RecipientRegion.builder()
        .region(Code.of(vocabulary, code))
        .percentage(Optional.ofNullable(percentage).map(BigDecimal::new))
        .build();
  }

  private static Sector sector(String code, String vocabulary, String percentage) {
    return Sector.builder()
        .code(code)
        .vocabulary(vocabulary)
        .percentage(Optional.ofNullable(percentage).map(BigDecimal::new))
        .build();
  }

  // partnership.roles.providerRecipient: a recipient country is a recipient

  @Test
  void aRecipientCountryStandsForTheRecipient() {
    Partnership p =
        copy()
            .participations(List.of(Participation.of(OPORTUNIDADES, Role.PROVIDER)))
            .addRecipientCountries(RecipientCountry.of(CountryCode.of("CO")))
            .build();
    assertSilent(alone(p), "partnership.roles.providerRecipient");
  }

  @Test
  void aRecipientRegionStandsForTheRecipient() {
    Partnership p =
        copy()
            .participations(List.of(Participation.of(OPORTUNIDADES, Role.PROVIDER)))
            .addRecipientRegions(RecipientRegion.of(Code.of(RecipientRegion.OECD_DAC, "489")))
            .build();
    assertSilent(alone(p), "partnership.roles.providerRecipient");
  }

  @Test
  void withoutRecipientCountryOrInstitutionTheRecipientIsMissing() {
    Partnership p =
        copy().participations(List.of(Participation.of(OPORTUNIDADES, Role.PROVIDER))).build();
    assertFires(alone(p), "partnership.roles.providerRecipient", Severity.ERROR, "/participations");
  }

  @Test
  void aRecipientCountryDoesNotStandForTheProvider() {
    Partnership p =
        copy()
            .participations(List.of(Participation.of(PROSPERIDAD, Role.RECIPIENT)))
            .addRecipientCountries(RecipientCountry.of(CountryCode.of("CO")))
            .build();
    assertFires(alone(p), "partnership.roles.providerRecipient", Severity.ERROR, "/participations");
  }

  // partnership.recipient.percentage.total

  @Test
  void countryPercentagesThatDoNotAddUpAreReported() {
    Partnership p = copy().addRecipientCountries(country("CO", "60"), country("PE", "30")).build();
    assertFires(
        alone(p), "partnership.recipient.percentage.total", Severity.ERROR, "/recipientCountries");
    assertThat(alone(p).violations("partnership.recipient.percentage.total").get(0).message())
        .contains("90");
  }

  @Test
  void countryAndRegionPercentagesAddUpTogether() {
    Partnership p =
        copy()
            .addRecipientCountries(country("CO", "60"))
            .addRecipientRegions(region(RecipientRegion.OECD_DAC, "489", "40"))
            .build();
    assertSilent(alone(p), "partnership.recipient.percentage.total");
  }

  @Test
  void eachRegionVocabularyAddsUpWithTheCountries() {
    Partnership p =
        copy()
            .addRecipientCountries(country("CO", "60"))
            .addRecipientRegions(
                region(RecipientRegion.OECD_DAC, "489", "40"),
                region(RecipientRegion.UN_M49, "419", "30"))
            .build();
    // Region: 60 + 40 = 100; UN-M49: 60 + 30 = 90.
    assertFires(
        alone(p), "partnership.recipient.percentage.total", Severity.ERROR, "/recipientCountries");
    assertThat(alone(p).violations("partnership.recipient.percentage.total").get(0).message())
        .contains(RecipientRegion.UN_M49);
  }

  @Test
  void sharesThatAddUpAcrossVocabulariesPassAsInIatisAnnotatedExample() {
    // The standard's example: AF 25, AG 25, region 489 (vocabulary 1) 25, A1 (vocabulary 99) 25.
    Partnership p =
        copy()
            .addRecipientCountries(country("AF", "25"), country("AG", "25"))
            .addRecipientRegions(
                region(RecipientRegion.OECD_DAC, "489", "25"), region("99", "A1", "25"))
            .build();
    assertSilent(alone(p), "partnership.recipient.percentage.total");
  }

  @Test
  void regionsAloneAreReportedAtTheRegions() {
    Partnership p =
        copy().addRecipientRegions(region(RecipientRegion.OECD_DAC, "489", "50")).build();
    assertFires(
        alone(p), "partnership.recipient.percentage.total", Severity.ERROR, "/recipientRegions");
  }

  @Test
  void sharesRoundedToTwoDecimalsPass() {
    Partnership p =
        copy()
            .addRecipientCountries(
                country("CO", "33.33"), country("PE", "33.33"), country("EC", "33.33"))
            .build();
    assertSilent(alone(p), "partnership.recipient.percentage.total");
  }

  @Test
  void noPercentageNoTotal() {
    Partnership p = copy().addRecipientCountries(country("CO", null), country("PE", null)).build();
    assertSilent(alone(p), "partnership.recipient.percentage.total");
  }

  // partnership.sector.percentage.total

  @Test
  void sectorPercentagesAddUpPerVocabulary() {
    Partnership p =
        copy()
            .sectors(
                List.of(
                    sector("15110", "1", "40"),
                    sector("16010", "1", "50"),
                    sector("4", "7", "100")))
            .build();
    assertFires(alone(p), "partnership.sector.percentage.total", Severity.ERROR, "/sectors");
    assertThat(alone(p).violations("partnership.sector.percentage.total").get(0).message())
        .contains("vocabulary 1")
        .contains("90");
  }

  @Test
  void sectorsAddingUpToHundredAreFine() {
    Partnership p =
        copy()
            .sectors(
                List.of(
                    sector("15110", "1", "40"),
                    sector("16010", "1", "60"),
                    sector("4", "7", "100")))
            .build();
    assertSilent(alone(p), "partnership.sector.percentage.total");
  }

  // partnership.percentage.range

  @Test
  void percentagesOutsideZeroToHundredAreReported() {
    Partnership p =
        copy()
            .addRecipientCountries(country("CO", "-5"))
            .addRecipientRegions(region(RecipientRegion.OECD_DAC, "489", "105"))
            .sectors(List.of(sector("15110", "1", "100.5")))
            .build();
    assertFires(
        alone(p),
        "partnership.percentage.range",
        Severity.ERROR,
        "/recipientCountries/0/percentage",
        "/recipientRegions/0/percentage",
        "/sectors/0/percentage");
  }

  @Test
  void zeroAndHundredAreInRange() {
    Partnership p =
        copy()
            .addRecipientCountries(country("CO", "0"), country("PE", "100"))
            .sectors(List.of(sector("15110", "1", "100")))
            .build();
    assertSilent(alone(p), "partnership.percentage.range");
  }

  // partnership.region.unknown

  @Test
  void anUnknownDacRegionIsReported() {
    Partnership p =
        copy()
            .addRecipientRegions(
                region(RecipientRegion.OECD_DAC, "289", null),
                region(RecipientRegion.OECD_DAC, "12345", null))
            .build();
    assertFires(
        alone(p), "partnership.region.unknown", Severity.WARNING, "/recipientRegions/1/region");
  }

  @Test
  void regionsOfOtherVocabulariesAreNotLookedUp() {
    Partnership p =
        copy()
            .addRecipientRegions(
                region(RecipientRegion.UN_M49, "12345", null), region("99", "MY-REGION", null))
            .build();
    assertSilent(alone(p), "partnership.region.unknown");
  }

  // partnership.sdgGoal.range

  @Test
  void anSdgGoalOutsideOneToSeventeenIsReported() {
    Partnership p = copy().addSdgGoals(17, 18, 0).build();
    assertFires(
        alone(p), "partnership.sdgGoal.range", Severity.ERROR, "/sdgGoals/1", "/sdgGoals/2");
  }

  @Test
  void sdgGoalsOneToSeventeenAreFine() {
    assertSilent(alone(copy().addSdgGoals(1, 17).build()), "partnership.sdgGoal.range");
  }

  // partnership.sector.unknown: other vocabularies are not looked up

  @Test
  void aSectorOfAnotherVocabularyIsNotUnknown() {
    Partnership p = copy().sectors(List.of(sector("99999", "99", null))).build();
    assertSilent(alone(p), "partnership.sector.unknown");
    assertSilent(alone(p), "partnership.sector.missing");
  }

  @Test
  void anUnknownDacSectorWithPercentageIsReportedAtItsIndex() {
    Partnership p =
        copy().sectors(List.of(sector("4", "7", null), sector("99999", "1", "100"))).build();
    assertFires(alone(p), "partnership.sector.unknown", Severity.ERROR, "/sectors/1");
  }

  // Periods with only an end

  @Test
  void onlyEndsKnownIsNoStart() {
    Partnership p =
        copy()
            .status(PartnershipStatus.COMPLETED)
            .plannedPeriod(Period.endingOn(LocalDate.of(2024, 6, 30)))
            .actualPeriod(Period.endingOn(LocalDate.of(2024, 6, 30)))
            .build();
    assertFires(alone(p), "partnership.period.missing", Severity.ERROR, "");
    // Without a start no activity can be judged against the period.
    assertSilent(alone(p), "partnership.activity.period");
    assertSilent(alone(p), "partnership.completed.actualEnd");
    assertSilent(alone(p), "partnership.period.disjoint");
  }

  @Test
  void aPlannedEndWithAnActualStartIsEnough() {
    Partnership p = copy().plannedPeriod(Period.endingOn(LocalDate.of(2025, 12, 31))).build();
    assertSilent(alone(p), "partnership.period.missing");
    assertSilent(alone(p), "partnership.period.disjoint");
    assertSilent(alone(p), "partnership.activity.period");
  }

  @Test
  void aPlannedEndBeforeTheActualStartIsDisjoint() {
    Partnership p = copy().plannedPeriod(Period.endingOn(LocalDate.of(2022, 12, 31))).build();
    assertFires(alone(p), "partnership.period.disjoint", Severity.WARNING, "/plannedPeriod");
  }

  @Test
  void anActiveOneWithOnlyAnActualEndHasNoStart() {
    Partnership p = copy().actualPeriod(Period.endingOn(LocalDate.of(2024, 12, 31))).build();
    assertFires(alone(p), "partnership.actualStart.missing", Severity.WARNING, "");
    assertFires(alone(p), "partnership.active.ended", Severity.WARNING, "/actualPeriod");
  }

  @Test
  void anActualEndInTheFutureIsReportedWithoutAStart() {
    Partnership p =
        copy()
            .status(PartnershipStatus.COMPLETED)
            .actualPeriod(Period.endingOn(RuleTesting.TODAY.plusDays(10)))
            .build();
    assertFires(alone(p), "partnership.actualPeriod.future", Severity.ERROR, "/actualPeriod");
  }
}
