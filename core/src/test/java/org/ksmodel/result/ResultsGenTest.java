package org.ksmodel.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.SolutionId;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.ResultsGen;

/** The generated frameworks keep the results rules of core/VALIDATION.md. */
class ResultsGenTest {
  private record Measured(Partnership partnership, ResultsFramework framework) {}

  private static final ResultsFrameworkId ID = ResultsFrameworkId.of("RF");

  private static final Gen<Measured> MEASURED =
      rng -> {
        Partnership partnership = PartnershipGen.any().next(rng);
        return new Measured(partnership, ResultsGen.forPartnership(ID, partnership).next(rng));
      };

  private static Stream<IndicatorValue> values(Indicator indicator) {
    return Stream.of(
            indicator.baselines().stream().flatMap(b -> b.value().stream()),
            indicator.targets().stream().map(PeriodValue::value),
            indicator.actuals().stream().map(PeriodValue::value))
        .flatMap(s -> s);
  }

  /** The value rules that hold for every generated framework, whatever it is for. */
  private static void assertValuesFitAndDatesAreInOrder(ResultsFramework rf) {
    assertThat(rf.results()).isNotEmpty();
    for (Result result : rf.results()) {
      assertThat(result.indicators()).isNotEmpty();
      if (result.level() == ResultLevel.INTERMEDIATE_OUTCOME) {
        assertThat(result.intermediateOutcome()).isPresent();
      }
      for (Indicator indicator : result.indicators()) {
        IndicatorMeasure measure = indicator.measure();
        values(indicator)
            .forEach(
                value -> {
                  assertThat(value.isNumber()).isEqualTo(measure.isNumeric());
                  if (measure == IndicatorMeasure.PERCENTAGE) {
                    assertThat(value.number().orElseThrow())
                        .isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
                  }
                });
        assertThat(indicator.targets()).isNotEmpty();
        LocalDate firstTarget =
            indicator.targets().stream()
                .map(t -> t.period().start())
                .min(LocalDate::compareTo)
                .orElseThrow();
        // The first baseline, the starting point, is measured before the first target period.
        indicator.baselines().stream()
            .findFirst()
            .ifPresent(
                b -> {
                  assertThat(b.yearMeasured().getValue())
                      .isLessThanOrEqualTo(firstTarget.getYear());
                  b.date().ifPresent(d -> assertThat(d).isBefore(firstTarget));
                });
        if (!indicator.ascending()) {
          assertThat(indicator.baseline().flatMap(Baseline::value)).isPresent();
        }
        indicator
            .actuals()
            .forEach(a -> assertThat(a.period().start()).isBefore(PartnershipGen.TODAY));
        indicator.sdgIndicator().ifPresent(code -> assertThat(indicator.sdgTarget()).isPresent());
        // The query never throws, whatever the data.
        indicator.achievementRate();
      }
    }
    for (Evaluation evaluation : rf.evaluations()) {
      assertThat(evaluation.ratings()).containsOnlyKeys(DacCriterion.values());
      RatingScale scale = evaluation.ratingScale().orElseThrow();
      evaluation
          .ratings()
          .values()
          .forEach(r -> assertThat(scale.contains(r.score().orElseThrow())).isTrue());
      assertThat(evaluation.date()).isBefore(PartnershipGen.TODAY);
      assertThat(evaluation.findings()).isNotEmpty();
    }
    rf.evidence().forEach(e -> assertThat(e.date()).isBefore(PartnershipGen.TODAY));
  }

  @Test
  void frameworksOfPartnershipsKeepTheRules() {
    Property.forAll(
        "results of partnerships keep the rules",
        MEASURED,
        measured -> {
          Partnership p = measured.partnership();
          ResultsFramework rf = measured.framework();
          assertThat(rf.partnership()).contains(p.id());
          assertValuesFitAndDatesAreInOrder(rf);
          boolean started = p.actualPeriod().isPresent();
          if (!started) {
            assertThat(rf.allIndicators()).allMatch(i -> i.actuals().isEmpty());
            assertThat(rf.evaluations()).isEmpty();
            assertThat(rf.evidence()).isEmpty();
          }
          if (p.status() == PartnershipStatus.COMPLETED) {
            assertThat(rf.allIndicators()).allMatch(i -> !i.actuals().isEmpty());
          }
          DateRange window = PartnershipGen.window(p).orElseThrow();
          rf.allIndicators()
              .forEach(
                  i ->
                      i.targets()
                          .forEach(
                              t ->
                                  assertThat(t.period().start()).isAfterOrEqualTo(window.start())));
          for (Evaluation evaluation : rf.evaluations()) {
            if (evaluation.type() == EvaluationType.EX_POST) {
              Stream.of(p.actualPeriod(), p.plannedPeriod())
                  .flatMap(Optional::stream)
                  .forEach(
                      period -> assertThat(evaluation.date()).isAfter(period.end().orElseThrow()));
            } else {
              assertThat(evaluation.date()).isAfterOrEqualTo(window.start());
            }
          }
          Set<IntermediateOutcome> designed =
              p.design().map(d -> d.allTargetedOutcomes()).orElse(Set.of());
          if (!designed.isEmpty()) {
            rf.results().stream()
                .flatMap(r -> r.intermediateOutcome().stream())
                .forEach(o -> assertThat(designed).contains(o));
          }
        });
  }

  @Test
  void frameworksOfSolutionsAndInstitutionsKeepTheValueRules() {
    SolutionId solution = SolutionId.of("SOL-9");
    InstitutionId institution = InstitutionId.of("INST-9");
    Property.forAll(
        "results of solutions",
        ResultsGen.forSolution(ID, solution),
        rf -> {
          assertThat(rf.target()).isEqualTo(solution);
          assertValuesFitAndDatesAreInOrder(rf);
        });
    Property.forAll(
        "results of institutions",
        ResultsGen.forInstitution(ID, institution),
        rf -> {
          assertThat(rf.target()).isEqualTo(institution);
          assertValuesFitAndDatesAreInOrder(rf);
        });
  }

  @Test
  void theGeneratorCoversMeasuresLevelsEvaluationsAndRates() {
    Set<Object> seen = new HashSet<>();
    Set<EvaluationType> types = EnumSet.noneOf(EvaluationType.class);
    int[] rates = new int[1];
    Property.forAll(
        "coverage",
        ResultsGen.any(),
        rf -> {
          rf.results().forEach(r -> seen.add(r.level()));
          rf.allIndicators().forEach(i -> seen.add(i.measure()));
          rf.evaluations().forEach(e -> types.add(e.type()));
          rf.allIndicators().forEach(i -> rates[0] += i.achievementRate().isPresent() ? 1 : 0);
        });
    assertThat(seen)
        .containsAll(List.of(ResultLevel.values()))
        .containsAll(List.of(IndicatorMeasure.values()));
    assertThat(types).containsExactlyInAnyOrder(EvaluationType.values());
    assertThat(rates[0]).as("indicators with an achievement rate").isGreaterThan(100);
  }

  @Test
  void valuesFitTheirMeasure() {
    for (IndicatorMeasure measure : IndicatorMeasure.values()) {
      Property.forAll(
          "values of " + measure,
          ResultsGen.value(measure),
          value -> assertThat(value.isNumber()).isEqualTo(measure.isNumeric()));
    }
  }
}
