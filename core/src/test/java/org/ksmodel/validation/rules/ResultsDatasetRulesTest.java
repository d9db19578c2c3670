package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.FundingRulesTest.PROVIDER;
import static org.ksmodel.validation.rules.ResultsRulesTest.valid;
import static org.ksmodel.validation.rules.ResultsRulesTest.value;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.Severity;
import org.ksmodel.common.SolutionId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.partnership.CapacityArea;
import org.ksmodel.partnership.ChangeObjective;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.Design;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.ExchangeInstrument;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.result.IntermediateOutcome;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.ValidationReport;

/** The results rules that need the dataset: references and the framework's partnership. */
class ResultsDatasetRulesTest {
  /** P-1 of 2020-2021, completed, designed to enhance skills. */
  static Partnership partnership() {
    return Partnership.builder()
        .from(FundingDatasetRulesTest.partnership())
        .design(
            Design.builder()
                .developmentGoal(LocalizedText.of("Fewer lives lost to disasters"))
                .addChangeObjectives(
                    ChangeObjective.builder()
                        .description(LocalizedText.of("Municipalities map their risks"))
                        .capacityArea(CapacityArea.POLICY_INSTRUMENTS)
                        .addTargetedOutcomes(IntermediateOutcome.ENHANCED_SKILLS)
                        .build())
                .build())
        .build();
  }

  static Dataset dataset(Partnership partnership, ResultsFramework... frameworks) {
    return Dataset.builder()
        .from(FundingDatasetRulesTest.dataset(partnership))
        .addResultsFrameworks(frameworks)
        .build();
  }

  static ValidationReport validate(ResultsFramework framework) {
    return VALIDATOR.validate(dataset(partnership(), framework));
  }

  private static Partnership running() {
    return Partnership.builder()
        .from(partnership())
        .status(PartnershipStatus.ACTIVE)
        .actualPeriod(DateRange.startingOn(LocalDate.of(2020, 1, 1)))
        .build();
  }

  @Test
  void theValidFrameworkHasNoViolationOfAResultsRule() {
    ValidationReport report = validate(valid());
    for (Rule<?> rule : ResultsRules.all()) {
      assertSilent(report, rule.code());
    }
  }

  @Test
  void unresolvedReferences() {
    ResultsFramework ofPartnership =
        ResultsFramework.builder().from(valid()).partnership(PartnershipId.of("P-404")).build();
    assertFires(
        validate(ofPartnership),
        "result.reference.unresolved",
        Severity.ERROR,
        "/resultsFrameworks/0/partnership");
    ResultsFramework ofSolution =
        ResultsFramework.builder()
            .id(ResultsFrameworkId.of("RF-2"))
            .solution(SolutionId.of("P-1"))
            .addAllResults(valid().results())
            .build();
    ValidationReport report = validate(ofSolution);
    assertFires(
        report, "result.reference.unresolved", Severity.ERROR, "/resultsFrameworks/0/solution");
    assertThat(report.violations("result.reference.unresolved").get(0).message())
        .isEqualTo("the solution 'P-1' is not in the dataset (it is the id of a partnership)");
    ResultsFramework ofInstitution =
        ResultsFramework.builder()
            .from(ofSolution)
            .solution(Optional.empty())
            .institution(InstitutionId.of("NOPE"))
            .build();
    assertFires(
        validate(ofInstitution),
        "result.reference.unresolved",
        Severity.ERROR,
        "/resultsFrameworks/0/institution");
    ResultsFramework known =
        ResultsFramework.builder().from(ofInstitution).institution(PROVIDER).build();
    assertSilent(validate(known), "result.reference.unresolved");
    assertSilent(VALIDATOR.validate(ofPartnership), "result.reference.unresolved");
  }

  @Test
  void completedPartnershipIndicatorWithoutActuals() {
    ResultsFramework framework =
        ResultsIndicatorRulesTest.withIndicator(1, 1, i -> i.actuals(List.of()));
    ValidationReport report = validate(framework);
    assertFires(
        report,
        "result.indicator.actuals.completed",
        Severity.ERROR,
        "/resultsFrameworks/0/results/1/indicators/1/actuals");
    ResultsFramework explained =
        ResultsIndicatorRulesTest.withIndicator(
            1,
            1,
            i -> i.actuals(List.of()).missingActualsReason("the follow-up survey was cancelled"));
    assertSilent(validate(explained), "result.indicator.actuals.completed");
    assertSilent(
        VALIDATOR.validate(dataset(running(), framework)), "result.indicator.actuals.completed");
  }

  @Test
  void periodsOutsideThePartnership() {
    DateRange y2019 = DateRange.parse("2019-01-01/2019-12-31");
    DateRange y2023 = DateRange.parse("2023-01-01/2023-12-31");
    ResultsFramework framework =
        ResultsIndicatorRulesTest.withIndicator(
            0, 0, i -> i.addTargets(value(y2023, 120)).addActuals(value(y2023, 110)));
    ValidationReport report = validate(framework);
    assertFires(
        report,
        "result.indicator.period.outside",
        Severity.WARNING,
        "/resultsFrameworks/0/results/0/indicators/0/targets/2/period",
        "/resultsFrameworks/0/results/0/indicators/0/actuals/2/period");
    assertThat(report.violations("result.indicator.period.outside").get(0).arguments())
        .containsExactly("2023-01-01/2023-12-31", "2020-01-01/2021-12-31", "P-1");
    ResultsFramework before =
        ResultsIndicatorRulesTest.withIndicator(0, 0, i -> i.addTargets(value(y2019, 1)));
    assertFires(
        validate(before),
        "result.indicator.period.outside",
        Severity.WARNING,
        "/resultsFrameworks/0/results/0/indicators/0/targets/2/period");
    DateRange straddling = DateRange.parse("2021-06-01/2022-05-31");
    ResultsFramework overlapping =
        ResultsIndicatorRulesTest.withIndicator(0, 0, i -> i.addTargets(value(straddling, 120)));
    assertSilent(validate(overlapping), "result.indicator.period.outside");
    // While the partnership runs, its period is open: later periods overlap it.
    assertSilent(
        VALIDATOR.validate(dataset(running(), framework)), "result.indicator.period.outside");
  }

  @Test
  void intermediateOutcomeTheDesignDoesNotTarget() {
    ResultsFramework framework =
        ResultsRulesTest.withResult(
            1, r -> r.intermediateOutcome(IntermediateOutcome.NEW_KNOWLEDGE));
    ValidationReport report = validate(framework);
    assertFires(
        report,
        "result.intermediateOutcome.notTargeted",
        Severity.WARNING,
        "/resultsFrameworks/0/results/1/intermediateOutcome");
    assertThat(report.violations("result.intermediateOutcome.notTargeted").get(0).arguments())
        .containsExactly("NEW_KNOWLEDGE", "P-1");
    Partnership withActivity =
        Partnership.builder()
            .from(partnership())
            .addActivities(
                ExchangeActivity.builder()
                    .instrument(ExchangeInstrument.STUDY_TOUR)
                    .delivery(Delivery.FACE_TO_FACE)
                    .period(DateRange.parse("2020-05-04/2020-05-08"))
                    .addTargetedOutcomes(IntermediateOutcome.NEW_KNOWLEDGE)
                    .build())
            .build();
    assertSilent(
        VALIDATOR.validate(dataset(withActivity, framework)),
        "result.intermediateOutcome.notTargeted");
    // Without a design there is no results chain to compare with, whatever the activities target.
    Partnership withoutDesign =
        Partnership.builder().from(withActivity).design(Optional.empty()).build();
    assertSilent(
        VALIDATOR.validate(
            dataset(
                withoutDesign,
                ResultsRulesTest.withResult(
                    1, r -> r.intermediateOutcome(IntermediateOutcome.IMPROVED_CONSENSUS)))),
        "result.intermediateOutcome.notTargeted");
  }

  @Test
  void exPostEvaluationBeforeTheEnd() {
    ResultsFramework framework =
        ResultsRulesTest.withEvaluation(1, e -> e.date(LocalDate.of(2021, 12, 31)));
    ValidationReport report = validate(framework);
    assertFires(
        report,
        "result.evaluation.expost.date",
        Severity.ERROR,
        "/resultsFrameworks/0/evaluations/1/date");
    assertThat(report.violations("result.evaluation.expost.date").get(0).arguments())
        .containsExactly("2021-12-31", "P-1", "2021-12-31");
    ResultsFramework dayAfter =
        ResultsRulesTest.withEvaluation(1, e -> e.date(LocalDate.of(2022, 1, 1)));
    assertSilent(validate(dayAfter), "result.evaluation.expost.date");
    // A final evaluation may come before the end.
    assertThat(valid().evaluations().get(0).date()).isBefore(LocalDate.of(2021, 12, 31));
  }

  @Test
  void exPostEvaluationOfARunningPartnership() {
    ValidationReport report = VALIDATOR.validate(dataset(running(), valid()));
    assertFires(
        report,
        "result.evaluation.expost.date",
        Severity.ERROR,
        "/resultsFrameworks/0/evaluations/1/date");
    assertThat(report.violations("result.evaluation.expost.date").get(0).message())
        .isEqualTo(
            "an ex-post evaluation dated 2023-06-01 is not after the end of partnership P-1"
                + " (end: none yet)");
  }

  @Test
  void resultsOfASolutionAreNotComparedWithAPartnership() {
    ResultsFramework framework =
        ResultsFramework.builder()
            .from(ResultsRulesTest.withEvaluation(1, e -> e.date(LocalDate.of(2021, 12, 31))))
            .partnership(Optional.empty())
            .solution(SolutionId.of("SOL-1"))
            .results(
                List.of(
                    valid().results().get(0),
                    Result.builder()
                        .from(valid().results().get(1))
                        .intermediateOutcome(IntermediateOutcome.NEW_KNOWLEDGE)
                        .build()))
            .build();
    ValidationReport report = validate(framework);
    assertSilent(report, "result.evaluation.expost.date");
    assertSilent(report, "result.intermediateOutcome.notTargeted");
    assertSilent(report, "result.indicator.actuals.completed");
  }
}
