package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.FundingPropertiesTest.around;
import static org.ksmodel.validation.rules.FundingPropertiesTest.failures;
import static org.ksmodel.validation.rules.FundingPropertiesTest.ofCodes;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.SolutionId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.partnership.Partnership;
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
import org.ksmodel.testkit.CommonGen;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.ResultsGen;
import org.ksmodel.validation.Rule;

/** Properties of the results rules over generated frameworks, valid and messy. */
class ResultsPropertiesTest {
  static final Set<String> CODES =
      ResultsRules.all().stream().map(Rule::code).collect(Collectors.toSet());

  @Test
  void everyResultsCodeStartsWithResult() {
    assertThat(CODES).allMatch(code -> code.startsWith("result."));
  }

  @Test
  void generatedFrameworksBreakNoResultsRuleAlone() {
    Property.forAll(
        "generated results frameworks alone",
        ResultsGen.any(),
        framework -> assertThat(ofCodes(VALIDATOR.validate(framework), CODES)).isEmpty());
  }

  @Test
  void generatedFrameworksBreakNoResultsRuleInTheirDataset() {
    Gen<Dataset> datasets =
        rng -> {
          Partnership partnership = PartnershipGen.any().next(rng);
          ResultsFramework framework =
              ResultsGen.forPartnership(ResultsFrameworkId.of("RF-1"), partnership).next(rng);
          return Dataset.builder()
              .from(around(partnership, List.of(), rng.nextInt(1_000_000)))
              .addResultsFrameworks(framework)
              .build();
        };
    Property.forAll(
        "generated results frameworks in a dataset",
        datasets,
        dataset -> assertThat(ofCodes(VALIDATOR.validate(dataset), CODES)).isEmpty());
  }

  @Test
  void generatedDatasetsBreakNoResultsRule() {
    Property.forAll(
        "generated datasets, results rules",
        200,
        DatasetGen.dataset(1, 12),
        dataset -> assertThat(ofCodes(VALIDATOR.validate(dataset), CODES)).isEmpty());
  }

  /** Values of any kind for any measure, dates anywhere, ratings missing or N/A: no rule throws. */
  static Gen<ResultsFramework> messy() {
    Gen<IndicatorValue> values =
        rng ->
            rng.chance(0.3)
                ? IndicatorValue.ofText(CommonGen.words(1, 3).next(rng))
                : IndicatorValue.ofNumber(BigDecimal.valueOf(rng.between(-200L, 200L), 1));
    Gen<DateRange> periods =
        rng -> {
          DateRange range = CommonGen.dateRange().next(rng);
          return rng.chance(0.3) ? DateRange.startingOn(range.start().plusYears(3)) : range;
        };
    Gen<PeriodValue> periodValues = rng -> PeriodValue.of(periods.next(rng), values.next(rng));
    Gen<Indicator> indicators =
        rng -> {
          Indicator.Builder builder =
              Indicator.builder()
                  .title(LocalizedText.of("indicator"))
                  .measure(rng.pick(IndicatorMeasure.class))
                  .ascending(rng.chance(0.5))
                  .addAllTargets(periodValues.list(0, 3).next(rng))
                  .addAllActuals(periodValues.list(0, 3).next(rng))
                  .unit(rng.chance(0.5) ? Optional.of(" ") : Optional.empty())
                  .missingActualsReason(rng.chance(0.2) ? Optional.of("") : Optional.empty())
                  .sdgIndicator(
                      rng.chance(0.3)
                          ? Optional.of(rng.pick("1.9.1", "17.9.1", "6.a.2"))
                          : Optional.empty());
          if (rng.chance(0.6)) {
            builder.addBaselines(
                Baseline.of(values.next(rng), CommonGen.date().next(rng).plusYears(2)));
          }
          return builder.build();
        };
    Gen<Result> results =
        rng -> {
          ResultLevel level = rng.pick(ResultLevel.class);
          Result.Builder builder =
              Result.builder()
                  .level(level)
                  .title(LocalizedText.of("result"))
                  .addAllIndicators(indicators.list(0, 3).next(rng));
          if (level == ResultLevel.INTERMEDIATE_OUTCOME && rng.chance(0.5)) {
            builder.intermediateOutcome(rng.pick(IntermediateOutcome.class));
          }
          return builder.build();
        };
    Gen<Evaluation> evaluations =
        rng -> {
          Evaluation.Builder builder =
              Evaluation.builder()
                  .type(rng.pick(EvaluationType.class))
                  .independence(rng.pick(Independence.class))
                  .date(CommonGen.date().next(rng).plusYears(rng.between(0, 5)));
          boolean scale = rng.chance(0.8);
          if (scale) {
            builder.ratingScale(RatingScale.FOUR_POINT);
          }
          for (DacCriterion criterion : DacCriterion.values()) {
            int pick = rng.nextInt(4);
            if (pick == 0 && scale) {
              builder.putRatings(criterion, CriterionRating.scored(rng.between(1, 4)));
            } else if (pick == 1) {
              builder.putRatings(criterion, CriterionRating.builder().build());
            } else if (pick == 2) {
              builder.putRatings(criterion, CriterionRating.notApplicable("no reason given"));
            }
          }
          return builder.build();
        };
    return rng -> {
      ResultsFramework.Builder builder =
          ResultsFramework.builder().id(ResultsFrameworkId.of("RF-" + rng.nextInt(3)));
      switch (rng.nextInt(3)) {
        case 0 -> builder.partnership(PartnershipId.of(rng.pick("P-1", "P-2")));
        case 1 -> builder.solution(SolutionId.of("P-1"));
        default -> builder.institution(InstitutionId.of("A"));
      }
      builder.addAllResults(results.list(0, 3).next(rng));
      if (rng.chance(0.5)) {
        builder.addEvidence(
            Evidence.builder()
                .type(rng.pick(EvidenceType.class))
                .date(LocalDate.of(2015, 1, 1).plusDays(rng.nextInt(5_000)))
                .build());
      }
      builder.addAllEvaluations(evaluations.list(0, 2).next(rng));
      return builder.build();
    };
  }

  @Test
  void rulesNeverFailOnMessyFrameworks() {
    Gen<Dataset> datasets =
        rng -> {
          Partnership partnership =
              Partnership.builder()
                  .from(PartnershipGen.any().next(rng))
                  .id(PartnershipId.of("P-1"))
                  .build();
          return Dataset.builder()
              .from(around(partnership, List.of(), rng.nextInt(1_000_000)))
              .addAllResultsFrameworks(messy().list(0, 3).next(rng))
              .build();
        };
    Property.forAll(
        "results rules on messy datasets",
        datasets,
        dataset -> {
          assertThat(failures(VALIDATOR.validate(dataset), CODES)).isEmpty();
          for (ResultsFramework framework : dataset.resultsFrameworks()) {
            assertThat(failures(VALIDATOR.validate(framework), CODES)).isEmpty();
          }
        });
  }
}
