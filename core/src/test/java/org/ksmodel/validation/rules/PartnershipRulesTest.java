package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.Severity;
import org.ksmodel.common.SolutionId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.AgreementType;
import org.ksmodel.partnership.CapacityArea;
import org.ksmodel.partnership.ChangeObjective;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.Design;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.ExchangeInstrument;
import org.ksmodel.partnership.Location;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.Role;
import org.ksmodel.result.IntermediateOutcome;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;
import org.ksmodel.validation.ValidationReport;

/**
 * The partnership rules on participations, roles and codes; also the fixtures the other partnership
 * rule tests start from: a valid South-South project in which Mexico's Oportunidades shares its
 * conditional cash transfer model with Colombia's social prosperity department.
 */
class PartnershipRulesTest {
  static final InstitutionId OPORTUNIDADES = InstitutionId.of("MX-OPORTUNIDADES");
  static final InstitutionId PROSPERIDAD = InstitutionId.of("CO-DPS");
  static final InstitutionId BNPB = InstitutionId.of("ID-BNPB");
  static final InstitutionId KOICA = InstitutionId.of("KR-KOICA");
  static final InstitutionId JICA = InstitutionId.of("JP-JICA");
  static final InstitutionId WORLD_BANK = InstitutionId.of("XM-DAC-44000");
  static final InstitutionId SEDESOL = InstitutionId.of("MX-SEDESOL");
  static final SolutionId CASH_TRANSFERS = SolutionId.of("SOL-CCT");
  static final PartnershipId ID = PartnershipId.of("P-1");

  static final DateRange PLANNED =
      DateRange.ofClosed(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31));
  static final DateRange ACTUAL = DateRange.startingOn(LocalDate.of(2023, 2, 1));
  static final DateRange STUDY_TOUR =
      DateRange.ofClosed(LocalDate.of(2023, 5, 10), LocalDate.of(2023, 5, 14));

  /** The institutions of the fixtures, each in its country. */
  static List<Institution> institutions() {
    return List.of(
        institution(OPORTUNIDADES, "MX", InstitutionType.SECTOR_AGENCY),
        institution(PROSPERIDAD, "CO", InstitutionType.LINE_MINISTRY),
        institution(BNPB, "ID", InstitutionType.SECTOR_AGENCY),
        institution(KOICA, "KR", InstitutionType.BILATERAL_AGENCY),
        institution(JICA, "JP", InstitutionType.BILATERAL_AGENCY),
        institution(WORLD_BANK, "US", InstitutionType.MULTILATERAL),
        institution(SEDESOL, "MX", InstitutionType.LINE_MINISTRY));
  }

  static Institution institution(InstitutionId id, String country, InstitutionType type) {
    return Institution.builder()
        .id(id)
        .name(LocalizedText.of(id.value()))
        .country(CountryCode.of(country))
        .type(type)
        .build();
  }

  static Solution solution(SolutionId id, SolutionStage stage) {
    return Solution.builder()
        .id(id)
        .title(LocalizedText.of("Conditional cash transfers"))
        .originCountry(CountryCode.of("MX"))
        .owner(OPORTUNIDADES)
        .stage(stage)
        .build();
  }

  static ExchangeActivity studyTour() {
    return ExchangeActivity.builder()
        .instrument(ExchangeInstrument.STUDY_TOUR)
        .delivery(Delivery.FACE_TO_FACE)
        .period(STUDY_TOUR)
        .location(Location.of(CountryCode.of("MX"), "Mexico City"))
        .participantCount(20)
        .addTargetedOutcomes(IntermediateOutcome.NEW_KNOWLEDGE)
        .build();
  }

  static Design design() {
    return Design.builder()
        .developmentGoal(LocalizedText.of("Fewer poor households in Colombia"))
        .addChangeObjectives(
            ChangeObjective.builder()
                .description(LocalizedText.of("A single registry of beneficiaries"))
                .capacityArea(CapacityArea.ORGANISATIONAL_ARRANGEMENTS)
                .addTargetedOutcomes(IntermediateOutcome.NEW_KNOWLEDGE)
                .build())
        .build();
  }

  /** The valid partnership every test starts from. */
  static Partnership partnership() {
    return Partnership.builder()
        .id(ID)
        .title(LocalizedText.of("Conditional cash transfers, Mexico to Colombia"))
        .modality(Modality.SOUTH_SOUTH)
        .form(PartnershipForm.PROJECT)
        .agreement(AgreementType.MOU)
        .addParticipations(Participation.of(OPORTUNIDADES, Role.PROVIDER))
        .addParticipations(Participation.of(PROSPERIDAD, Role.RECIPIENT))
        .addSolutions(CASH_TRANSFERS)
        .design(design())
        .addActivities(studyTour())
        .status(PartnershipStatus.ACTIVE)
        .plannedPeriod(PLANNED)
        .actualPeriod(ACTUAL)
        .addSectors(SectorCode.of("16010"))
        .addSdgTargets(SdgTarget.of("1.3"))
        .build();
  }

  /** A copy of the valid partnership, to change one thing in. */
  static Partnership.Builder copy() {
    return Partnership.builder().from(partnership());
  }

  /** The valid partnership with other participations. */
  static Partnership with(Modality modality, Participation... participations) {
    return copy().modality(modality).participations(List.of(participations)).build();
  }

  /** The fixtures' institutions and solution (VALIDATED) with the given partnerships. */
  static Dataset dataset(Partnership... partnerships) {
    return Dataset.builder()
        .addAllInstitutions(institutions())
        .addSolutions(solution(CASH_TRANSFERS, SolutionStage.VALIDATED))
        .addPartnerships(partnerships)
        .build();
  }

  /** Validates the partnership alone. */
  static ValidationReport alone(Partnership p) {
    return VALIDATOR.validate(p);
  }

  /** Validates the partnership as the first of the fixtures' dataset. */
  static ValidationReport inDataset(Partnership... p) {
    return VALIDATOR.validate(dataset(p));
  }

  /** The codes of the partnership rules, for the properties over generated data. */
  static List<String> partnershipCodes() {
    List<String> codes = new ArrayList<>();
    PartnershipRules.all().forEach(rule -> codes.add(rule.code()));
    return codes;
  }

  @Test
  void theFixtureBreaksNoPartnershipRule() {
    ValidationReport alone = alone(partnership());
    ValidationReport whole = inDataset(partnership());
    for (String code : partnershipCodes()) {
      assertSilent(alone, code);
      assertSilent(whole, code);
    }
  }

  @Test
  void everyCodeIsAPartnershipCodeOnce() {
    assertThat(partnershipCodes())
        .doesNotHaveDuplicates()
        .allMatch(c -> c.startsWith("partnership."));
  }

  // partnership.participants.minimum

  @Test
  void oneInstitutionIsTooFew() {
    Partnership p =
        with(
            Modality.DOMESTIC,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(OPORTUNIDADES, Role.FUNDER));
    assertFires(alone(p), "partnership.participants.minimum", Severity.ERROR, "/participations");
    assertThat(alone(p).violations("partnership.participants.minimum").get(0).arguments())
        .containsExactly("1");
  }

  @Test
  void noParticipationIsTooFew() {
    Partnership p = copy().participations(List.of()).build();
    assertFires(alone(p), "partnership.participants.minimum", Severity.ERROR, "/participations");
  }

  @Test
  void twoInstitutionsAreEnough() {
    Partnership p =
        with(
            Modality.DOMESTIC,
            Participation.of(SEDESOL, Role.PROVIDER),
            Participation.of(OPORTUNIDADES, Role.FUNDER));
    assertSilent(alone(p), "partnership.participants.minimum");
  }

  // partnership.participation.duplicate

  @Test
  void anInstitutionListedTwiceIsReportedAtTheRepeat() {
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT),
            Participation.of(OPORTUNIDADES, Role.FUNDER));
    assertFires(
        alone(p),
        "partnership.participation.duplicate",
        Severity.WARNING,
        "/participations/2/institution");
  }

  @Test
  void repeatsAreFoundInLongListsToo() {
    List<Participation> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(Participation.of(InstitutionId.of("MEMBER-" + i), Role.RECIPIENT));
    }
    many.add(Participation.of(InstitutionId.of("MEMBER-7"), Role.PROVIDER));
    many.add(Participation.of(InstitutionId.of("MEMBER-41"), Role.PROVIDER));
    Partnership p = copy().participations(many).build();
    assertFires(
        alone(p),
        "partnership.participation.duplicate",
        Severity.WARNING,
        "/participations/40/institution");
  }

  @Test
  void oneParticipationWithSeveralRolesIsFine() {
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.of(OPORTUNIDADES, Role.PROVIDER, Role.FUNDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT));
    assertSilent(alone(p), "partnership.participation.duplicate");
  }

  // partnership.roles.providerRecipient

  @Test
  void aMissingRecipientIsReported() {
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.IMPLEMENTER));
    ValidationReport report = alone(p);
    assertFires(report, "partnership.roles.providerRecipient", Severity.ERROR, "/participations");
    assertThat(report.violations("partnership.roles.providerRecipient").get(0).arguments())
        .containsExactly("SOUTH_SOUTH", "RECIPIENT");
  }

  @Test
  void bothMissingRolesAreReported() {
    Partnership p =
        with(
            Modality.NORTH_SOUTH,
            Participation.of(JICA, Role.FUNDER),
            Participation.of(PROSPERIDAD, Role.IMPLEMENTER));
    assertFires(
        alone(p),
        "partnership.roles.providerRecipient",
        Severity.ERROR,
        "/participations",
        "/participations");
  }

  @Test
  void aDomesticPartnershipMayDoWithoutProviderAndRecipient() {
    Partnership p =
        with(
            Modality.DOMESTIC,
            Participation.of(SEDESOL, Role.IMPLEMENTER),
            Participation.of(OPORTUNIDADES, Role.IMPLEMENTER));
    assertSilent(alone(p), "partnership.roles.providerRecipient");
  }

  // partnership.roles.selfExchange

  @Test
  void sharingWithItselfIsReported() {
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.of(OPORTUNIDADES, Role.PROVIDER, Role.RECIPIENT),
            Participation.of(WORLD_BANK, Role.FUNDER));
    assertFires(alone(p), "partnership.roles.selfExchange", Severity.WARNING, "/participations");
  }

  @Test
  void aDualInstitutionWithAPeerIsFine() {
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.of(OPORTUNIDADES, Role.PROVIDER, Role.RECIPIENT),
            Participation.of(PROSPERIDAD, Role.RECIPIENT));
    assertSilent(alone(p), "partnership.roles.selfExchange");
  }

  // partnership.triangular.facilitator

  @Test
  void aTriangularPartnershipWithoutFacilitatorIsReported() {
    Partnership p =
        with(
            Modality.TRIANGULAR,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT),
            Participation.of(JICA, Role.FUNDER));
    assertFires(alone(p), "partnership.triangular.facilitator", Severity.ERROR, "/participations");
  }

  @Test
  void aFacilitatorThatIsTheOnlyProviderIsNotEnough() {
    Partnership p =
        with(
            Modality.TRIANGULAR,
            Participation.of(OPORTUNIDADES, Role.PROVIDER, Role.FACILITATOR),
            Participation.of(PROSPERIDAD, Role.RECIPIENT),
            Participation.of(JICA, Role.FUNDER));
    assertFires(alone(p), "partnership.triangular.facilitator", Severity.ERROR, "/participations");
  }

  @Test
  void aFacilitatorThatIsTheOnlyRecipientIsNotEnough() {
    Partnership p =
        with(
            Modality.TRIANGULAR,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT),
            Participation.of(PROSPERIDAD, Role.FACILITATOR));
    assertFires(alone(p), "partnership.triangular.facilitator", Severity.ERROR, "/participations");
  }

  @Test
  void aTriangleWithThreeCornersIsFine() {
    Partnership p =
        with(
            Modality.TRIANGULAR,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT),
            Participation.of(JICA, Role.FACILITATOR, Role.FUNDER));
    assertSilent(alone(p), "partnership.triangular.facilitator");
  }

  @Test
  void otherModalitiesNeedNoFacilitator() {
    assertSilent(alone(partnership()), "partnership.triangular.facilitator");
  }

  // partnership.reverseLinkage.broker

  @Test
  void aReverseLinkageWithoutBrokerIsReported() {
    Partnership p = copy().agreement(AgreementType.REVERSE_LINKAGE).build();
    assertFires(alone(p), "partnership.reverseLinkage.broker", Severity.WARNING, "/participations");
  }

  @Test
  void aBrokeredReverseLinkageIsFine() {
    Partnership p =
        copy()
            .agreement(AgreementType.REVERSE_LINKAGE)
            .addParticipations(Participation.of(WORLD_BANK, Role.FACILITATOR))
            .build();
    assertSilent(alone(p), "partnership.reverseLinkage.broker");
  }

  // partnership.programme.parent

  @Test
  void aProgrammeWithAParentIsReported() {
    Partnership p = copy().form(PartnershipForm.PROGRAMME).parent(PartnershipId.of("P-0")).build();
    assertFires(alone(p), "partnership.programme.parent", Severity.WARNING, "/parent");
  }

  @Test
  void aProjectWithAParentIsFine() {
    Partnership p = copy().parent(PartnershipId.of("P-0")).build();
    assertSilent(alone(p), "partnership.programme.parent");
  }

  // partnership.sector.unknown, partnership.sector.missing, partnership.sdgTarget.unknown

  @Test
  void anUnknownSectorIsReportedAtItsIndex() {
    Partnership p = copy().addSectors(SectorCode.of("99999")).build();
    assertFires(alone(p), "partnership.sector.unknown", Severity.ERROR, "/sectors/1");
  }

  @Test
  void knownSectorsAndCategoriesAreFine() {
    Partnership p = copy().addSectors(SectorCode.of("151")).build();
    assertSilent(alone(p), "partnership.sector.unknown");
  }

  @Test
  void noSectorIsReported() {
    Partnership p = copy().sectors(List.of()).build();
    assertFires(alone(p), "partnership.sector.missing", Severity.WARNING, "/sectors");
  }

  @Test
  void oneSectorIsEnough() {
    assertSilent(alone(partnership()), "partnership.sector.missing");
  }

  @Test
  void anUnknownSdgTargetIsReportedAtItsIndex() {
    Partnership p = copy().sdgTargets(List.of(SdgTarget.of("1.9"), SdgTarget.of("17.9"))).build();
    assertFires(alone(p), "partnership.sdgTarget.unknown", Severity.ERROR, "/sdgTargets/0");
  }

  @Test
  void knownSdgTargetsAreFine() {
    Partnership p = copy().addSdgTargets(SdgTarget.of("6.a"), SdgTarget.of("17.19")).build();
    assertSilent(alone(p), "partnership.sdgTarget.unknown");
  }
}
