package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.Severity;
import org.ksmodel.result.Baseline;
import org.ksmodel.result.CriterionRating;
import org.ksmodel.result.DacCriterion;
import org.ksmodel.result.Evaluation;
import org.ksmodel.result.EvaluationType;
import org.ksmodel.result.Evidence;
import org.ksmodel.result.EvidenceType;
import org.ksmodel.result.Independence;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IndicatorMeasure;
import org.ksmodel.result.IndicatorValue;
import org.ksmodel.result.IntermediateOutcome;
import org.ksmodel.result.PeriodValue;
import org.ksmodel.result.RatingScale;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultLevel;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.validation.ValidationReport;

/**
 * The results rules that judge a framework on its own (framework, results, evaluations): each fires
 * on one defect, else is silent. Indicator rules are in {@link ResultsIndicatorRulesTest}.
 */
class ResultsRulesTest {
  static final PartnershipId PARTNERSHIP = PartnershipId.of("P-1");
  static final DateRange Y2020 = DateRange.parse("2020-01-01/2020-12-31");
  static final DateRange Y2021 = DateRange.parse("2021-01-01/2021-12-31");

  static PeriodValue value(DateRange period, long number) {
    return PeriodValue.of(period, IndicatorValue.ofNumber(number));
  }

  static PeriodValue text(DateRange period, String text) {
    return PeriodValue.of(period, IndicatorValue.ofText(text));
  }

  /** Officials trained: 0 before, 50 then 100 aimed at, 45 then 98 reached. */
  static Indicator officialsTrained() {
    return Indicator.builder()
        .title(LocalizedText.of("Officials trained in disaster risk assessment"))
        .measure(IndicatorMeasure.UNIT)
        .unit("officials")
        .addBaselines(Baseline.of(IndicatorValue.ofNumber(0), LocalDate.of(2019, 12, 1)))
        .addTargets(value(Y2020, 50), value(Y2021, 100))
        .addActuals(value(Y2020, 45), value(Y2021, 98))
        .build();
  }

  /** Share of municipalities with a risk map: 20 % before, 80 % aimed at, 75 % reached. */
  static Indicator municipalitiesMapped() {
    return Indicator.builder()
        .title(LocalizedText.of("Municipalities with a risk map"))
        .measure(IndicatorMeasure.PERCENTAGE)
        .addBaselines(Baseline.of(IndicatorValue.ofNumber(20), LocalDate.of(2020, 1, 1)))
        .addTargets(value(Y2021, 80))
        .addActuals(value(Y2021, 75))
        .sdgIndicator("11.b.2")
        .build();
  }

  static Indicator howPracticeChanged() {
    return Indicator.builder()
        .title(LocalizedText.of("How the civil protection agency works with municipalities"))
        .measure(IndicatorMeasure.QUALITATIVE)
        .addTargets(text(Y2021, "municipalities draw up their own plans"))
        .addActuals(text(Y2021, "half of the municipalities drew up plans"))
        .build();
  }

  static Evaluation evaluation(EvaluationType type, String date) {
    Evaluation.Builder builder =
        Evaluation.builder()
            .type(type)
            .independence(Independence.INDEPENDENT)
            .date(LocalDate.parse(date))
            .ratingScale(RatingScale.SIX_POINT)
            .addFindings(LocalizedText.of("The exchange changed how risk maps are made"));
    for (DacCriterion criterion : DacCriterion.values()) {
      builder.putRatings(criterion, CriterionRating.scored(5));
    }
    return builder.build();
  }

  /**
   * A valid framework of partnership P-1 (2020-2021, completed, in {@link
   * ResultsDatasetRulesTest}): an output and an intermediate outcome with three indicators, a case
   * study, a final evaluation with COHERENCE marked N/A for a reason, and an ex-post evaluation.
   */
  static ResultsFramework valid() {
    return ResultsFramework.builder()
        .id(ResultsFrameworkId.of("RF-1"))
        .partnership(PARTNERSHIP)
        .addResults(
            Result.builder()
                .level(ResultLevel.OUTPUT)
                .title(LocalizedText.of("Officials trained"))
                .addIndicators(officialsTrained())
                .build(),
            Result.builder()
                .level(ResultLevel.INTERMEDIATE_OUTCOME)
                .intermediateOutcome(IntermediateOutcome.ENHANCED_SKILLS)
                .title(LocalizedText.of("Municipal risk mapping"))
                .addIndicators(municipalitiesMapped(), howPracticeChanged())
                .build())
        .addEvidence(
            Evidence.builder().type(EvidenceType.CASE_STUDY).date(LocalDate.of(2022, 3, 1)).build())
        .addEvaluations(
            Evaluation.builder()
                .from(evaluation(EvaluationType.FINAL, "2021-12-15"))
                .putRatings(
                    DacCriterion.COHERENCE,
                    CriterionRating.notApplicable("no other intervention in the sector"))
                .build(),
            evaluation(EvaluationType.EX_POST, "2023-06-01"))
        .build();
  }

  static ValidationReport validate(ResultsFramework framework) {
    return VALIDATOR.validate(framework);
  }

  /** The valid framework with its {@code index}th result changed. */
  static ResultsFramework withResult(int index, UnaryOperator<Result.Builder> change) {
    ResultsFramework framework = valid();
    Result result = change.apply(Result.builder().from(framework.results().get(index))).build();
    return withResult(framework, index, result);
  }

  static ResultsFramework withResult(ResultsFramework framework, int index, Result result) {
    List<Result> results = new java.util.ArrayList<>(framework.results());
    results.set(index, result);
    return ResultsFramework.builder().from(framework).results(results).build();
  }

  static ResultsFramework withEvaluation(int index, UnaryOperator<Evaluation.Builder> change) {
    ResultsFramework framework = valid();
    List<Evaluation> evaluations = new java.util.ArrayList<>(framework.evaluations());
    evaluations.set(index, change.apply(Evaluation.builder().from(evaluations.get(index))).build());
    return ResultsFramework.builder().from(framework).evaluations(evaluations).build();
  }

  @Test
  void theValidFrameworkHasNoViolation() {
    assertThat(validate(valid()).violations()).isEmpty();
  }

  @Test
  void emptyFramework() {
    ResultsFramework empty =
        ResultsFramework.builder()
            .id(ResultsFrameworkId.of("RF-0"))
            .partnership(PARTNERSHIP)
            .build();
    assertFires(validate(empty), "result.framework.empty", Severity.WARNING, "");
    ResultsFramework evidenceOnly =
        ResultsFramework.builder().from(empty).addAllEvidence(valid().evidence()).build();
    assertSilent(validate(evidenceOnly), "result.framework.empty");
  }

  @Test
  void resultWithoutIndicators() {
    ResultsFramework framework = withResult(1, r -> r.indicators(List.of()));
    assertFires(
        validate(framework),
        "result.indicators.missing",
        Severity.WARNING,
        "/results/1/indicators");
    assertSilent(validate(valid()), "result.indicators.missing");
  }

  @Test
  void intermediateOutcomeWithoutItsType() {
    ResultsFramework framework =
        withResult(
            1,
            r ->
                Result.builder()
                    .level(ResultLevel.INTERMEDIATE_OUTCOME)
                    .title(LocalizedText.of("Municipal risk mapping"))
                    .addAllIndicators(valid().results().get(1).indicators()));
    assertFires(
        validate(framework),
        "result.intermediateOutcome.type",
        Severity.ERROR,
        "/results/1/intermediateOutcome");
    ResultsFramework outcome =
        withResult(
            1, r -> r.level(ResultLevel.OUTCOME).intermediateOutcome(java.util.Optional.empty()));
    assertSilent(validate(outcome), "result.intermediateOutcome.type");
  }

  @Test
  void evidenceInTheFuture() {
    ResultsFramework framework =
        ResultsFramework.builder()
            .from(valid())
            .addEvidence(
                Evidence.builder()
                    .type(EvidenceType.SURVEY)
                    .date(RuleTesting.TODAY.plusDays(1))
                    .build())
            .build();
    assertFires(validate(framework), "result.evidence.future", Severity.ERROR, "/evidence/1/date");
    ResultsFramework today =
        ResultsFramework.builder()
            .from(valid())
            .addEvidence(
                Evidence.builder().type(EvidenceType.SURVEY).date(RuleTesting.TODAY).build())
            .build();
    assertSilent(validate(today), "result.evidence.future");
  }

  @Test
  void evaluationWithAnUnratedCriterion() {
    ResultsFramework framework =
        withEvaluation(
            1,
            e -> {
              Evaluation.Builder copy =
                  Evaluation.builder().from(evaluation(EvaluationType.EX_POST, "2023-06-01"));
              copy.ratings(java.util.Map.of());
              for (DacCriterion criterion : DacCriterion.values()) {
                if (criterion != DacCriterion.IMPACT) {
                  copy.putRatings(criterion, CriterionRating.scored(4));
                }
              }
              return copy;
            });
    ValidationReport report = validate(framework);
    assertFires(
        report, "result.evaluation.criteria", Severity.ERROR, "/evaluations/1/ratings/IMPACT");
    assertThat(report.violations("result.evaluation.criteria").get(0).message())
        .isEqualTo("DAC criterion IMPACT is neither scored nor marked N/A with a reason");
  }

  @Test
  void evaluationWithNotApplicableWithoutReason() {
    ResultsFramework framework =
        withEvaluation(
            0,
            e ->
                e.putRatings(DacCriterion.COHERENCE, CriterionRating.builder().build())
                    .putRatings(
                        DacCriterion.SUSTAINABILITY,
                        CriterionRating.builder().comment("  ").build()));
    assertFires(
        validate(framework),
        "result.evaluation.criteria",
        Severity.ERROR,
        "/evaluations/0/ratings/COHERENCE/comment",
        "/evaluations/0/ratings/SUSTAINABILITY/comment");
    // The valid framework marks COHERENCE N/A with a reason.
    assertSilent(validate(valid()), "result.evaluation.criteria");
  }

  @Test
  void independentSelfEvaluation() {
    ResultsFramework framework = withEvaluation(0, e -> e.type(EvaluationType.SELF));
    assertFires(
        validate(framework),
        "result.evaluation.self.independence",
        Severity.ERROR,
        "/evaluations/0/independence");
    ResultsFramework internal =
        withEvaluation(0, e -> e.type(EvaluationType.SELF).independence(Independence.INTERNAL));
    assertSilent(validate(internal), "result.evaluation.self.independence");
  }

  @Test
  void evaluationInTheFuture() {
    ResultsFramework framework = withEvaluation(1, e -> e.date(LocalDate.of(2025, 1, 2)));
    assertFires(
        validate(framework), "result.evaluation.future", Severity.ERROR, "/evaluations/1/date");
    ResultsFramework today = withEvaluation(1, e -> e.date(RuleTesting.TODAY));
    assertSilent(validate(today), "result.evaluation.future");
  }
}
