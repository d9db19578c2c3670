package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.ResultsRulesTest.Y2020;
import static org.ksmodel.validation.rules.ResultsRulesTest.Y2021;
import static org.ksmodel.validation.rules.ResultsRulesTest.text;
import static org.ksmodel.validation.rules.ResultsRulesTest.valid;
import static org.ksmodel.validation.rules.ResultsRulesTest.validate;
import static org.ksmodel.validation.rules.ResultsRulesTest.value;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.Severity;
import org.ksmodel.result.Baseline;
import org.ksmodel.result.Dimension;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IndicatorMeasure;
import org.ksmodel.result.IndicatorReference;
import org.ksmodel.result.IndicatorValue;
import org.ksmodel.result.PeriodValue;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.validation.ValidationReport;

/** The results rules about single indicators: each fires on one defect, else is silent. */
class ResultsIndicatorRulesTest {
  /**
   * The valid framework with indicator {@code index} of result {@code result} changed: result 0
   * holds the UNIT indicator, result 1 the PERCENTAGE (0) and QUALITATIVE (1) ones.
   */
  static ResultsFramework withIndicator(
      int result, int index, UnaryOperator<Indicator.Builder> change) {
    ResultsFramework framework = valid();
    Result old = framework.results().get(result);
    List<Indicator> indicators = new ArrayList<>(old.indicators());
    indicators.set(index, change.apply(Indicator.builder().from(indicators.get(index))).build());
    return ResultsRulesTest.withResult(
        framework, result, Result.builder().from(old).indicators(indicators).build());
  }

  private static PeriodValue number(DateRange period, String number) {
    return PeriodValue.of(period, IndicatorValue.ofNumber(new BigDecimal(number)));
  }

  @Test
  void percentagesOutsideZeroToHundred() {
    ResultsFramework framework =
        withIndicator(
            1,
            0,
            i ->
                i.baselines(
                        List.of(Baseline.of(IndicatorValue.ofNumber(-1), LocalDate.of(2020, 1, 1))))
                    .targets(List.of(number(Y2021, "100.5")))
                    .actuals(List.of(number(Y2021, "100"))));
    ValidationReport report = validate(framework);
    assertFires(
        report,
        "result.indicator.percentage.range",
        Severity.ERROR,
        "/results/1/indicators/0/baseline/value",
        "/results/1/indicators/0/targets/0/value");
    assertThat(report.violations("result.indicator.percentage.range").get(1).message())
        .isEqualTo("percentage 100.5 is outside 0-100");
    // A count of 120 is no percentage.
    ResultsFramework unit = withIndicator(0, 0, i -> i.targets(List.of(value(Y2020, 120))));
    assertSilent(validate(unit), "result.indicator.percentage.range");
    assertSilent(validate(valid()), "result.indicator.percentage.range");
  }

  @Test
  void qualitativeIndicatorWithNumbers() {
    ResultsFramework framework = withIndicator(1, 1, i -> i.actuals(List.of(value(Y2021, 3))));
    assertFires(
        validate(framework),
        "result.indicator.qualitative.text",
        Severity.ERROR,
        "/results/1/indicators/1/actuals/0/value");
    assertSilent(validate(valid()), "result.indicator.qualitative.text");
  }

  @Test
  void numericIndicatorsWithText() {
    ResultsFramework framework =
        withIndicator(0, 0, i -> i.targets(List.of(value(Y2020, 50), text(Y2021, "all of them"))));
    ValidationReport report = validate(framework);
    assertFires(
        report,
        "result.indicator.numeric.number",
        Severity.ERROR,
        "/results/0/indicators/0/targets/1/value");
    assertThat(report.violations("result.indicator.numeric.number").get(0).message())
        .isEqualTo("a UNIT indicator carries numbers, but this value is the text 'all of them'");
    for (IndicatorMeasure measure :
        List.of(IndicatorMeasure.NOMINAL, IndicatorMeasure.ORDINAL, IndicatorMeasure.PERCENTAGE)) {
      ResultsFramework other =
          withIndicator(
              0,
              0,
              i -> i.measure(measure).baselines(List.of()).targets(List.of(text(Y2020, "x"))));
      assertFires(
          validate(other),
          "result.indicator.numeric.number",
          Severity.ERROR,
          "/results/0/indicators/0/targets/0/value");
    }
    assertSilent(validate(valid()), "result.indicator.numeric.number");
  }

  @Test
  void unitIndicatorWithoutUnit() {
    ResultsFramework framework = withIndicator(0, 0, i -> i.unit(Optional.empty()));
    assertFires(
        validate(framework),
        "result.indicator.unit.missing",
        Severity.INFO,
        "/results/0/indicators/0/unit");
    // A percentage needs no unit.
    assertThat(valid().results().get(1).indicators().get(0).unit()).isEmpty();
    assertSilent(validate(valid()), "result.indicator.unit.missing");
  }

  @Test
  void sdgIndicatorOfNoTarget() {
    ResultsFramework framework = withIndicator(1, 0, i -> i.sdgIndicator("1.9.1"));
    ValidationReport report = validate(framework);
    assertFires(
        report,
        "result.indicator.sdgIndicator.unknown",
        Severity.ERROR,
        "/results/1/indicators/0/sdgIndicator");
    assertThat(report.violations("result.indicator.sdgIndicator.unknown").get(0).arguments())
        .containsExactly("1.9.1", "1.9");
    ResultsFramework lettered = withIndicator(1, 0, i -> i.sdgIndicator("17.a.1"));
    assertFires(
        validate(lettered),
        "result.indicator.sdgIndicator.unknown",
        Severity.ERROR,
        "/results/1/indicators/0/sdgIndicator");
    ResultsFramework known = withIndicator(1, 0, i -> i.sdgIndicator("6.a.1"));
    assertSilent(validate(known), "result.indicator.sdgIndicator.unknown");
  }

  @Test
  void indicatorWithoutTargets() {
    ResultsFramework framework = withIndicator(1, 1, i -> i.targets(List.of()));
    assertFires(
        validate(framework),
        "result.indicator.targets.missing",
        Severity.WARNING,
        "/results/1/indicators/1/targets");
    assertSilent(validate(valid()), "result.indicator.targets.missing");
  }

  @Test
  void twoValuesForOnePeriod() {
    ResultsFramework framework =
        withIndicator(
            0,
            0,
            i ->
                i.addTargets(value(Y2021, 120))
                    .actuals(List.of(value(Y2020, 45), value(Y2020, 46), value(Y2020, 47))));
    assertFires(
        validate(framework),
        "result.indicator.period.duplicate",
        Severity.ERROR,
        "/results/0/indicators/0/targets/2/period",
        "/results/0/indicators/0/actuals/1/period",
        "/results/0/indicators/0/actuals/2/period");
    // Overlapping but different periods are fine: a yearly and a cumulative target.
    ResultsFramework cumulative =
        withIndicator(
            0, 0, i -> i.addTargets(value(DateRange.parse("2020-01-01/2021-12-31"), 150)));
    assertSilent(validate(cumulative), "result.indicator.period.duplicate");
  }

  @Test
  void baselineAfterTheFirstTargetPeriodStarts() {
    // Targets listed latest first: the earliest start counts, not the first listed.
    ResultsFramework framework =
        withIndicator(
            0,
            0,
            i ->
                i.baselines(
                        List.of(Baseline.of(IndicatorValue.ofNumber(0), LocalDate.of(2020, 1, 2))))
                    .targets(List.of(value(Y2021, 100), value(Y2020, 50))));
    assertFires(
        validate(framework),
        "result.indicator.baseline.date",
        Severity.WARNING,
        "/results/0/indicators/0/baseline/date");
    // The valid percentage indicator has its baseline on the day its first period starts.
    assertThat(valid().results().get(1).indicators().get(0).baseline().orElseThrow().date())
        .contains(LocalDate.of(2020, 1, 1));
    assertSilent(validate(valid()), "result.indicator.baseline.date");
  }

  @Test
  void aBaselineOfAYearIsComparedByYearAndOnlyTheFirstBaselineCounts() {
    // The first target period starts on 2020-01-01 (officials trained).
    ResultsFramework late =
        withIndicator(
            0,
            0,
            i -> i.baselines(List.of(Baseline.of(IndicatorValue.ofNumber(0), Year.of(2021)))));
    assertFires(
        validate(late),
        "result.indicator.baseline.date",
        Severity.WARNING,
        "/results/0/indicators/0/baselines/0/year");
    // A baseline of the year the first period starts is in time, without a day made up for it.
    ResultsFramework sameYear =
        withIndicator(
            0,
            0,
            i -> i.baselines(List.of(Baseline.of(IndicatorValue.ofNumber(0), Year.of(2020)))));
    assertSilent(validate(sameYear), "result.indicator.baseline.date");
    // A re-measured baseline later on is not a late starting point.
    ResultsFramework remeasured =
        withIndicator(
            0,
            0,
            i ->
                i.baselines(
                    List.of(
                        Baseline.of(IndicatorValue.ofNumber(3), Year.of(2022)),
                        Baseline.of(IndicatorValue.ofNumber(0), LocalDate.of(2019, 6, 1)))));
    assertSilent(validate(remeasured), "result.indicator.baseline.date");
    ResultsFramework firstLate =
        withIndicator(
            0,
            0,
            i ->
                i.baselines(
                    List.of(
                        Baseline.of(IndicatorValue.ofNumber(3), Year.of(2022)),
                        Baseline.of(IndicatorValue.ofNumber(0), LocalDate.of(2020, 3, 1)))));
    assertFires(
        validate(firstLate),
        "result.indicator.baseline.date",
        Severity.WARNING,
        "/results/0/indicators/0/baselines/1/date");
  }

  @Test
  void twoBaselinesForOneYearAndSlice() {
    Baseline women =
        Baseline.builder()
            .year(Year.of(2019))
            .value(IndicatorValue.ofNumber(4))
            .addDimensions(Dimension.of("sex", "female"), Dimension.of("age", "15-24"))
            .build();
    Baseline againInOtherOrder =
        Baseline.builder()
            .year(Year.of(2019))
            .value(IndicatorValue.ofNumber(5))
            .addDimensions(Dimension.of("age", "15-24"), Dimension.of("sex", "female"))
            .build();
    ResultsFramework twice =
        withIndicator(0, 0, i -> i.baselines(List.of(women, againInOtherOrder)));
    assertFires(
        validate(twice),
        "result.indicator.baseline.duplicate",
        Severity.ERROR,
        "/results/0/indicators/0/baselines/1/year");
    Baseline men =
        Baseline.builder()
            .from(againInOtherOrder)
            .dimensions(List.of(Dimension.of("age", "15-24"), Dimension.of("sex", "male")))
            .build();
    Baseline nextYear = Baseline.builder().from(women).year(Year.of(2020)).build();
    ResultsFramework distinct =
        withIndicator(0, 0, i -> i.baselines(List.of(women, men, nextYear)));
    assertSilent(validate(distinct), "result.indicator.baseline.duplicate");
    assertSilent(validate(valid()), "result.indicator.baseline.duplicate");
  }

  @Test
  void disaggregatedValuesOfOnePeriodAreNotRepeats() {
    PeriodValue women =
        PeriodValue.builder()
            .from(value(Y2020, 20))
            .addDimensions(Dimension.of("sex", "female"))
            .build();
    PeriodValue men =
        PeriodValue.builder()
            .from(value(Y2020, 25))
            .addDimensions(Dimension.of("sex", "male"))
            .build();
    PeriodValue inKandahar =
        PeriodValue.builder().from(value(Y2020, 5)).addLocationRefs("AF-KAN").build();
    ResultsFramework sliced =
        withIndicator(0, 0, i -> i.addActuals(women, men, inKandahar).addTargets(women, men));
    assertSilent(validate(sliced), "result.indicator.period.duplicate");
    ResultsFramework womenTwice =
        withIndicator(
            0,
            0,
            i ->
                i.addActuals(
                    women,
                    PeriodValue.builder().from(women).value(IndicatorValue.ofNumber(21)).build()));
    assertFires(
        validate(womenTwice),
        "result.indicator.period.duplicate",
        Severity.ERROR,
        "/results/0/indicators/0/actuals/3/period");
  }

  @Test
  void oneDimensionNamedTwiceOnAValue() {
    PeriodValue both =
        PeriodValue.builder()
            .from(value(Y2020, 20))
            .addDimensions(Dimension.of("sex", "female"), Dimension.of("sex", "male"))
            .build();
    ResultsFramework framework =
        withIndicator(
            0,
            0,
            i ->
                i.addTargets(both)
                    .baselines(
                        List.of(
                            Baseline.builder()
                                .year(Year.of(2019))
                                .addDimensions(
                                    Dimension.of("age", "15-24"), Dimension.of("age", "25+"))
                                .build())));
    assertFires(
        validate(framework),
        "result.indicator.dimension.repeated",
        Severity.ERROR,
        "/results/0/indicators/0/baselines/0/dimensions/1/name",
        "/results/0/indicators/0/targets/2/dimensions/1/name");
    PeriodValue twoDimensions =
        PeriodValue.builder()
            .from(value(Y2020, 20))
            .addDimensions(Dimension.of("sex", "female"), Dimension.of("age", "15-24"))
            .build();
    ResultsFramework fine = withIndicator(0, 0, i -> i.addActuals(twoDimensions));
    assertSilent(validate(fine), "result.indicator.dimension.repeated");
    assertSilent(validate(valid()), "result.indicator.dimension.repeated");
  }

  @Test
  void sdgReferencesOfTheCheckedFormBelongToATarget() {
    ResultsFramework framework =
        withIndicator(
            1,
            0,
            i ->
                i.addReferences(
                    IndicatorReference.of(IndicatorReference.REPORTING_ORGANISATION, "1.9.1"),
                    IndicatorReference.of(IndicatorReference.SDG_INDICATORS, "1.9.1"),
                    IndicatorReference.of(IndicatorReference.SDG_INDICATORS, "C010901")));
    ValidationReport report = validate(framework);
    assertFires(
        report,
        "result.indicator.sdgIndicator.unknown",
        Severity.ERROR,
        "/results/1/indicators/0/references/1/code");
    ResultsFramework known =
        withIndicator(
            1,
            0,
            i ->
                i.addReferences(IndicatorReference.of(IndicatorReference.SDG_INDICATORS, "1.1.1")));
    assertSilent(validate(known), "result.indicator.sdgIndicator.unknown");
  }

  @Test
  void actualForAPeriodNotYetStarted() {
    DateRange next = DateRange.parse("2025-01-02/2025-12-31");
    ResultsFramework framework =
        withIndicator(0, 0, i -> i.addTargets(value(next, 120)).addActuals(value(next, 10)));
    assertFires(
        validate(framework),
        "result.indicator.actual.future",
        Severity.ERROR,
        "/results/0/indicators/0/actuals/2/period");
    DateRange started = DateRange.parse("2025-01-01/2025-12-31");
    ResultsFramework running =
        withIndicator(0, 0, i -> i.addTargets(value(started, 120)).addActuals(value(started, 10)));
    assertSilent(validate(running), "result.indicator.actual.future");
  }
}
