package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.PartnershipRulesTest.CASH_TRANSFERS;
import static org.ksmodel.validation.rules.PartnershipRulesTest.OPORTUNIDADES;
import static org.ksmodel.validation.rules.PartnershipRulesTest.alone;
import static org.ksmodel.validation.rules.PartnershipRulesTest.copy;
import static org.ksmodel.validation.rules.PartnershipRulesTest.inDataset;
import static org.ksmodel.validation.rules.PartnershipRulesTest.institutions;
import static org.ksmodel.validation.rules.PartnershipRulesTest.partnership;
import static org.ksmodel.validation.rules.PartnershipRulesTest.solution;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.Severity;
import org.ksmodel.common.SolutionId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.Role;
import org.ksmodel.solution.SolutionStage;
import org.ksmodel.validation.ValidationReport;

/** The partnership rules on the institutions, solutions and parent it names. */
class PartnershipLinkRulesTest {
  private static final PartnershipId PROGRAMME_ID = PartnershipId.of("PROG-1");

  /** A programme over 2020-2030 that the fixture's project can belong to. */
  private static Partnership programme() {
    return copy()
        .id(PROGRAMME_ID)
        .form(PartnershipForm.PROGRAMME)
        .plannedPeriod(DateRange.ofClosed(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)))
        .actualPeriod(DateRange.startingOn(LocalDate.of(2020, 1, 1)))
        .build();
  }

  private static Partnership child() {
    return copy().parent(PROGRAMME_ID).build();
  }

  // partnership.reference.unresolved

  @Test
  void everyUnresolvedReferenceIsReported() {
    Partnership p =
        copy()
            .addParticipations(Participation.of(InstitutionId.of("GHOST"), Role.FUNDER))
            .addSolutions(SolutionId.of("SOL-GHOST"))
            .parent(PartnershipId.of("P-GHOST"))
            .build();
    assertFires(
        inDataset(p),
        "partnership.reference.unresolved",
        Severity.ERROR,
        "/partnerships/0/participations/2/institution",
        "/partnerships/0/solutions/1",
        "/partnerships/0/parent");
  }

  @Test
  void anIdOfTheWrongKindIsNamedInTheMessage() {
    Partnership p = copy().addSolutions(SolutionId.of(OPORTUNIDADES.value())).build();
    ValidationReport report = inDataset(p);
    assertFires(
        report, "partnership.reference.unresolved", Severity.ERROR, "/partnerships/0/solutions/1");
    assertThat(report.violations("partnership.reference.unresolved").get(0).message())
        .contains("MX-OPORTUNIDADES")
        .contains("institution");
  }

  @Test
  void resolvedReferencesAreFine() {
    assertSilent(inDataset(child(), programme()), "partnership.reference.unresolved");
  }

  @Test
  void referencesAreNotCheckedAlone() {
    Partnership p = copy().parent(PartnershipId.of("P-GHOST")).build();
    assertSilent(alone(p), "partnership.reference.unresolved");
  }

  // partnership.parent.form

  @Test
  void aParentThatIsAProjectIsReported() {
    Partnership parent =
        Partnership.builder().from(programme()).form(PartnershipForm.PROJECT).build();
    ValidationReport report = inDataset(child(), parent);
    assertFires(report, "partnership.parent.form", Severity.ERROR, "/partnerships/0/parent");
    assertThat(report.violations("partnership.parent.form").get(0).arguments())
        .containsExactly("PROG-1", "PROJECT");
  }

  @Test
  void aParentThatIsAProgrammeIsFine() {
    assertSilent(inDataset(child(), programme()), "partnership.parent.form");
  }

  // partnership.parent.cycle

  @Test
  void twoPartnershipsThatAreEachOthersParentAreBothReported() {
    Partnership a = copy().id(PartnershipId.of("A")).parent(PartnershipId.of("B")).build();
    Partnership b = copy().id(PartnershipId.of("B")).parent(PartnershipId.of("A")).build();
    ValidationReport report = inDataset(a, b);
    assertFires(
        report,
        "partnership.parent.cycle",
        Severity.ERROR,
        "/partnerships/0/parent",
        "/partnerships/1/parent");
    assertThat(report.violations("partnership.parent.cycle").get(0).arguments())
        .containsExactly("B", "2");
  }

  @Test
  void aPartnershipBelowACycleIsNotReportedItself() {
    // C -> A -> B -> A: C is not on the cycle, A and B are.
    Partnership a = copy().id(PartnershipId.of("A")).parent(PartnershipId.of("B")).build();
    Partnership b = copy().id(PartnershipId.of("B")).parent(PartnershipId.of("A")).build();
    Partnership c = copy().id(PartnershipId.of("C")).parent(PartnershipId.of("A")).build();
    assertFires(
        inDataset(c, a, b),
        "partnership.parent.cycle",
        Severity.ERROR,
        "/partnerships/1/parent",
        "/partnerships/2/parent");
  }

  @Test
  void aLongCycleIsFoundAndALongChainIsNot() {
    int length = 500;
    List<Partnership> cycle = new ArrayList<>();
    List<Partnership> chain = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      cycle.add(
          copy()
              .id(PartnershipId.of("C" + i))
              .parent(PartnershipId.of("C" + (i + 1) % length))
              .build());
      Partnership.Builder link = copy().id(PartnershipId.of("L" + i));
      if (i + 1 < length) {
        link.parent(PartnershipId.of("L" + (i + 1)));
      }
      chain.add(link.build());
    }
    Dataset dataset =
        Dataset.builder()
            .addAllInstitutions(institutions())
            .addAllPartnerships(cycle)
            .addAllPartnerships(chain)
            .build();
    ValidationReport report = VALIDATOR.validate(dataset);
    assertThat(report.violations("partnership.parent.cycle")).hasSize(length);
    assertThat(report.violations("partnership.parent.cycle").get(0).arguments())
        .containsExactly("C1", String.valueOf(length));
  }

  @Test
  void aCycleLongerThanTheWalkIsLeftToTheFormRules() {
    int length = PartnershipLinkRules.MAX_WALK + 1;
    List<Partnership> cycle = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      cycle.add(
          copy()
              .id(PartnershipId.of("C" + i))
              .form(PartnershipForm.PROGRAMME)
              .parent(PartnershipId.of("C" + (i + 1) % length))
              .build());
    }
    ValidationReport report =
        VALIDATOR.validate(Dataset.builder().addAllPartnerships(cycle).build());
    assertSilent(report, "partnership.parent.cycle");
    assertThat(report.violations("partnership.programme.parent")).hasSize(length);
  }

  @Test
  void aChainThatEndsIsFine() {
    assertSilent(inDataset(child(), programme()), "partnership.parent.cycle");
  }

  // partnership.parent.period

  @Test
  void aProjectThatStartedBeforeItsProgrammeIsReported() {
    Partnership parent =
        Partnership.builder()
            .from(programme())
            .actualPeriod(DateRange.startingOn(LocalDate.of(2023, 6, 1)))
            .build();
    ValidationReport report = inDataset(child(), parent);
    assertFires(
        report, "partnership.parent.period", Severity.WARNING, "/partnerships/0/actualPeriod");
    assertThat(report.violations("partnership.parent.period").get(0).arguments())
        .containsExactly("2023-02-01/..", "PROG-1", "2023-06-01/..");
  }

  @Test
  void aPlannedProjectOutsideItsProgrammeIsReportedAtItsPlannedPeriod() {
    Partnership planned =
        copy()
            .parent(PROGRAMME_ID)
            .status(PartnershipStatus.PLANNED)
            .actualPeriod(java.util.Optional.empty())
            .plannedPeriod(DateRange.ofClosed(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)))
            .activities(List.of())
            .build();
    assertFires(
        inDataset(planned, programme()),
        "partnership.parent.period",
        Severity.WARNING,
        "/partnerships/0/plannedPeriod");
  }

  @Test
  void aProjectInsideItsProgrammeIsFine() {
    assertSilent(inDataset(child(), programme()), "partnership.parent.period");
  }

  // partnership.solution.stage

  @Test
  void sharingADocumentedSolutionIsReported() {
    Dataset dataset =
        Dataset.builder()
            .addAllInstitutions(institutions())
            .addSolutions(solution(CASH_TRANSFERS, SolutionStage.DOCUMENTED))
            .addPartnerships(partnership())
            .build();
    ValidationReport report = VALIDATOR.validate(dataset);
    assertFires(
        report, "partnership.solution.stage", Severity.WARNING, "/partnerships/0/solutions/0");
    assertThat(report.violations("partnership.solution.stage").get(0).arguments())
        .containsExactly("SOL-CCT", "DOCUMENTED");
  }

  @Test
  void aRetiredSolutionIsReportedOnlyWhileThePartnershipRuns() {
    Partnership completed =
        copy()
            .id(PartnershipId.of("P-DONE"))
            .status(PartnershipStatus.COMPLETED)
            .actualPeriod(DateRange.ofClosed(LocalDate.of(2023, 2, 1), LocalDate.of(2024, 6, 30)))
            .build();
    Dataset dataset =
        Dataset.builder()
            .addAllInstitutions(institutions())
            .addSolutions(solution(CASH_TRANSFERS, SolutionStage.RETIRED))
            .addPartnerships(partnership(), completed)
            .build();
    assertFires(
        VALIDATOR.validate(dataset),
        "partnership.solution.stage",
        Severity.WARNING,
        "/partnerships/0/solutions/0");
  }

  @Test
  void sharingAPackagedSolutionIsFine() {
    Dataset dataset =
        Dataset.builder()
            .addAllInstitutions(institutions())
            .addSolutions(solution(CASH_TRANSFERS, SolutionStage.PACKAGED))
            .addPartnerships(partnership())
            .build();
    assertSilent(VALIDATOR.validate(dataset), "partnership.solution.stage");
  }

  // partnership.solution.duplicate

  @Test
  void aSolutionListedTwiceIsReportedAtTheRepeat() {
    Partnership p = copy().addSolutions(SolutionId.of("SOL-2"), CASH_TRANSFERS).build();
    assertFires(alone(p), "partnership.solution.duplicate", Severity.WARNING, "/solutions/2");
  }

  @Test
  void distinctSolutionsAreFine() {
    Partnership p = copy().addSolutions(SolutionId.of("SOL-2")).build();
    assertSilent(alone(p), "partnership.solution.duplicate");
  }
}
