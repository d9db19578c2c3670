package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.PartnershipRulesTest.BNPB;
import static org.ksmodel.validation.rules.PartnershipRulesTest.JICA;
import static org.ksmodel.validation.rules.PartnershipRulesTest.KOICA;
import static org.ksmodel.validation.rules.PartnershipRulesTest.OPORTUNIDADES;
import static org.ksmodel.validation.rules.PartnershipRulesTest.PROSPERIDAD;
import static org.ksmodel.validation.rules.PartnershipRulesTest.SEDESOL;
import static org.ksmodel.validation.rules.PartnershipRulesTest.WORLD_BANK;
import static org.ksmodel.validation.rules.PartnershipRulesTest.alone;
import static org.ksmodel.validation.rules.PartnershipRulesTest.inDataset;
import static org.ksmodel.validation.rules.PartnershipRulesTest.partnership;
import static org.ksmodel.validation.rules.PartnershipRulesTest.with;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Severity;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.Role;
import org.ksmodel.reference.CountryClassification;
import org.ksmodel.solution.SolutionStage;
import org.ksmodel.validation.ValidationReport;
import org.ksmodel.validation.Validator;

/** The partnership rules on countries and modality; they run on a dataset only. */
class PartnershipCountryRulesTest {
  private static final InstitutionId NOWHERE = InstitutionId.of("NOT-IN-DATASET");

  private static Validator validator(CountryClassification classification) {
    return Validator.builder()
        .clock(
            Clock.fixed(RuleTesting.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
        .classification(classification)
        .build();
  }

  // partnership.southSouth.countries

  @Test
  void aSouthSouthProviderInTheNorthIsReported() {
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.of(KOICA, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT));
    ValidationReport report = inDataset(p);
    assertFires(
        report,
        "partnership.southSouth.countries",
        Severity.ERROR,
        "/partnerships/0/participations/0/institution");
    assertThat(report.violations("partnership.southSouth.countries").get(0).arguments())
        .startsWith("KR-KOICA", "KR");
  }

  @Test
  void aSouthSouthFunderMayBeInTheNorth() {
    Partnership p =
        PartnershipRulesTest.copy().addParticipations(Participation.of(JICA, Role.FUNDER)).build();
    assertSilent(inDataset(p), "partnership.southSouth.countries");
  }

  @Test
  void southSouthCountryRulesNeedADataset() {
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.of(KOICA, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT));
    assertSilent(alone(p), "partnership.southSouth.countries");
  }

  @Test
  void theClassificationDecidesWhatIsSouth() {
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.of(KOICA, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT));
    Validator m49 = validator(CountryClassification.unM49Developing2020());
    assertSilent(m49.validate(PartnershipRulesTest.dataset(p)), "partnership.southSouth.countries");
    Validator onlyColombia = validator(CountryClassification.of(Set.of(CountryCode.of("CO"))));
    assertFires(
        onlyColombia.validate(PartnershipRulesTest.dataset(partnership())),
        "partnership.southSouth.countries",
        Severity.ERROR,
        "/partnerships/0/participations/0/institution");
  }

  @Test
  void anUnresolvedInstitutionIsLeftToTheReferenceRule() {
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.of(NOWHERE, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT));
    ValidationReport report = inDataset(p);
    assertSilent(report, "partnership.southSouth.countries");
    assertSilent(report, "partnership.international.countries");
  }

  // partnership.countries.undecided (and the country rules on an institution without a country)

  private static final InstitutionId UN_AGENCY = InstitutionId.of("XM-DAC-41114");

  /** The fixtures with one more institution, a multilateral without a country. */
  private static ValidationReport withCountryless(Partnership p) {
    return RuleTesting.VALIDATOR.validate(
        Dataset.builder()
            .addAllInstitutions(PartnershipRulesTest.institutions())
            .addInstitutions(
                Institution.builder()
                    .id(UN_AGENCY)
                    .name(LocalizedText.of("UNDP"))
                    .type(InstitutionType.MULTILATERAL)
                    .build())
            .addSolutions(
                PartnershipRulesTest.solution(
                    PartnershipRulesTest.CASH_TRANSFERS, SolutionStage.VALIDATED))
            .addPartnerships(p)
            .build());
  }

  private static final List<String> COUNTRY_RULES =
      List.of(
          "partnership.southSouth.countries",
          "partnership.northSouth.countries",
          "partnership.southNorth.countries",
          "partnership.triangular.countries",
          "partnership.international.countries",
          "partnership.regional.countries",
          "partnership.domestic.countries");

  @Test
  void aProviderWithoutACountryIsUndecidedNotAnError() {
    for (Modality modality :
        List.of(
            Modality.SOUTH_SOUTH,
            Modality.NORTH_SOUTH,
            Modality.SOUTH_NORTH,
            Modality.DOMESTIC,
            Modality.TRIANGULAR)) {
      Partnership p =
          with(
              modality,
              Participation.of(UN_AGENCY, Role.PROVIDER),
              Participation.of(UN_AGENCY, Role.FACILITATOR),
              // South-North serves a developed country.
              Participation.of(
                  modality == Modality.SOUTH_NORTH ? KOICA : PROSPERIDAD, Role.RECIPIENT));
      ValidationReport report = withCountryless(p);
      for (String code : COUNTRY_RULES) {
        assertSilent(report, code);
      }
      assertFires(
          report,
          "partnership.countries.undecided",
          Severity.INFO,
          "/partnerships/0/participations");
      assertThat(report.violations("partnership.countries.undecided"))
          .as("%s: reported once, naming the institution", modality)
          .singleElement()
          .satisfies(
              v -> assertThat(v.arguments()).containsExactly(modality.name(), "[XM-DAC-41114]"));
    }
  }

  @Test
  void aCountrylessRecipientStillLeavesAKnownProviderToTheRule() {
    // The provider in the North still breaks South-South; the recipient is only undecided.
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.of(KOICA, Role.PROVIDER),
            Participation.of(UN_AGENCY, Role.RECIPIENT));
    ValidationReport report = withCountryless(p);
    assertFires(
        report,
        "partnership.southSouth.countries",
        Severity.ERROR,
        "/partnerships/0/participations/0/institution");
    assertFires(
        report, "partnership.countries.undecided", Severity.INFO, "/partnerships/0/participations");
  }

  @Test
  void aRegionalPartnershipCountsACountrylessMemberAsPossiblyNew() {
    Partnership open =
        with(
            Modality.REGIONAL,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT),
            Participation.of(UN_AGENCY, Role.FACILITATOR));
    ValidationReport report = withCountryless(open);
    assertSilent(report, "partnership.regional.countries");
    assertFires(
        report, "partnership.countries.undecided", Severity.INFO, "/partnerships/0/participations");
    // With three countries known, the count is decided whatever the member without one.
    Partnership decided =
        with(
            Modality.REGIONAL,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT),
            Participation.of(KOICA, Role.RECIPIENT),
            Participation.of(UN_AGENCY, Role.FACILITATOR));
    assertSilent(withCountryless(decided), "partnership.countries.undecided");
  }

  @Test
  void undecidedIsSilentWhenEveryCountryIsKnownOrTheModalityHasNoCountryRule() {
    assertSilent(inDataset(partnership()), "partnership.countries.undecided");
    // A South-South funder is not looked at by the country rules.
    Partnership funder =
        PartnershipRulesTest.copy()
            .addParticipations(Participation.of(UN_AGENCY, Role.FUNDER))
            .build();
    assertSilent(withCountryless(funder), "partnership.countries.undecided");
    Partnership multilateral =
        with(
            Modality.MULTILATERAL,
            Participation.of(UN_AGENCY, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT));
    assertSilent(withCountryless(multilateral), "partnership.countries.undecided");
    assertSilent(withCountryless(multilateral), "partnership.multilateral.organisation");
  }

  // partnership.northSouth.countries

  @Test
  void aNorthSouthProviderInTheSouthIsReported() {
    Partnership p =
        with(
            Modality.NORTH_SOUTH,
            Participation.of(JICA, Role.PROVIDER),
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT));
    ValidationReport report = inDataset(p);
    assertFires(
        report,
        "partnership.northSouth.countries",
        Severity.ERROR,
        "/partnerships/0/participations/1/institution");
    assertThat(report.violations("partnership.northSouth.countries").get(0).arguments())
        .startsWith("MX-OPORTUNIDADES", "PROVIDER", "MX");
  }

  @Test
  void aNorthSouthRecipientInTheNorthIsReported() {
    Partnership p =
        with(
            Modality.NORTH_SOUTH,
            Participation.of(JICA, Role.PROVIDER),
            Participation.of(KOICA, Role.RECIPIENT));
    assertFires(
        inDataset(p),
        "partnership.northSouth.countries",
        Severity.ERROR,
        "/partnerships/0/participations/1/institution");
  }

  @Test
  void aNorthSouthPartnershipFromJapanToIndonesiaIsFine() {
    Partnership p =
        with(
            Modality.NORTH_SOUTH,
            Participation.of(JICA, Role.PROVIDER),
            Participation.of(BNPB, Role.RECIPIENT));
    assertSilent(inDataset(p), "partnership.northSouth.countries");
  }

  // partnership.southNorth.countries

  @Test
  void aSouthNorthPartnershipTheWrongWayRoundIsReported() {
    Partnership p =
        with(
            Modality.SOUTH_NORTH,
            Participation.of(JICA, Role.PROVIDER),
            Participation.of(BNPB, Role.RECIPIENT));
    assertFires(
        inDataset(p),
        "partnership.southNorth.countries",
        Severity.ERROR,
        "/partnerships/0/participations/0/institution",
        "/partnerships/0/participations/1/institution");
  }

  @Test
  void aSouthNorthPartnershipFromIndonesiaToJapanIsFine() {
    Partnership p =
        with(
            Modality.SOUTH_NORTH,
            Participation.of(BNPB, Role.PROVIDER),
            Participation.of(JICA, Role.RECIPIENT));
    assertSilent(inDataset(p), "partnership.southNorth.countries");
  }

  // partnership.triangular.countries

  @Test
  void aTriangularRecipientInTheNorthIsReported() {
    Partnership p =
        with(
            Modality.TRIANGULAR,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(KOICA, Role.RECIPIENT),
            Participation.of(JICA, Role.FACILITATOR));
    assertFires(
        inDataset(p),
        "partnership.triangular.countries",
        Severity.ERROR,
        "/partnerships/0/participations/1/institution");
  }

  @Test
  void aTriangularPartnershipWithANorthernFacilitatorIsFine() {
    Partnership p =
        with(
            Modality.TRIANGULAR,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT),
            Participation.of(JICA, Role.FACILITATOR));
    assertSilent(inDataset(p), "partnership.triangular.countries");
  }

  // partnership.international.countries

  @Test
  void aSouthSouthPartnershipInsideOneCountryIsReported() {
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(SEDESOL, Role.RECIPIENT),
            Participation.of(JICA, Role.FUNDER));
    ValidationReport report = inDataset(p);
    assertFires(
        report,
        "partnership.international.countries",
        Severity.ERROR,
        "/partnerships/0/participations");
    assertThat(report.violations("partnership.international.countries").get(0).arguments())
        .containsExactly("SOUTH_SOUTH", "MX");
  }

  @Test
  void aTriangularPartnershipInsideOneCountryIsReported() {
    Partnership p =
        with(
            Modality.TRIANGULAR,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(SEDESOL, Role.RECIPIENT),
            Participation.of(JICA, Role.FACILITATOR));
    assertFires(
        inDataset(p),
        "partnership.international.countries",
        Severity.ERROR,
        "/partnerships/0/participations");
  }

  @Test
  void aSouthSouthPartnershipAcrossABorderIsFine() {
    assertSilent(inDataset(partnership()), "partnership.international.countries");
  }

  // partnership.regional.countries

  @Test
  void aRegionalPartnershipInTwoCountriesIsReported() {
    Partnership p =
        with(
            Modality.REGIONAL,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(SEDESOL, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT));
    ValidationReport report = inDataset(p);
    assertFires(
        report, "partnership.regional.countries", Severity.ERROR, "/partnerships/0/participations");
    assertThat(report.violations("partnership.regional.countries").get(0).arguments())
        .containsExactly("2", "[MX, CO]");
  }

  @Test
  void aRegionalPartnershipInThreeCountriesIsFine() {
    Partnership p =
        with(
            Modality.REGIONAL,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(BNPB, Role.RECIPIENT),
            Participation.of(PROSPERIDAD, Role.RECIPIENT));
    assertSilent(inDataset(p), "partnership.regional.countries");
  }

  @Test
  void anUnresolvedInstitutionMayBeTheThirdCountry() {
    Partnership p =
        with(
            Modality.REGIONAL,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(NOWHERE, Role.RECIPIENT),
            Participation.of(PROSPERIDAD, Role.RECIPIENT));
    assertSilent(inDataset(p), "partnership.regional.countries");
  }

  // partnership.domestic.countries

  @Test
  void aDomesticPartnershipAcrossABorderIsReported() {
    Partnership p =
        with(
            Modality.DOMESTIC,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT));
    ValidationReport report = inDataset(p);
    assertFires(
        report, "partnership.domestic.countries", Severity.ERROR, "/partnerships/0/participations");
    assertThat(report.violations("partnership.domestic.countries").get(0).arguments())
        .containsExactly("[MX, CO]");
  }

  @Test
  void aDomesticPartnershipMayHaveAForeignFunder() {
    Partnership p =
        with(
            Modality.DOMESTIC,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(SEDESOL, Role.RECIPIENT),
            Participation.of(WORLD_BANK, Role.FUNDER, Role.FACILITATOR));
    assertSilent(inDataset(p), "partnership.domestic.countries");
  }

  // partnership.multilateral.organisation

  @Test
  void aMultilateralPartnershipWithoutMultilateralIsReported() {
    Partnership p =
        with(
            Modality.MULTILATERAL,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT));
    assertFires(
        inDataset(p),
        "partnership.multilateral.organisation",
        Severity.WARNING,
        "/partnerships/0/participations");
  }

  @Test
  void aMultilateralPartnershipThroughTheWorldBankIsFine() {
    Partnership p =
        with(
            Modality.MULTILATERAL,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT),
            Participation.of(WORLD_BANK, Role.FACILITATOR));
    assertSilent(inDataset(p), "partnership.multilateral.organisation");
  }
}
