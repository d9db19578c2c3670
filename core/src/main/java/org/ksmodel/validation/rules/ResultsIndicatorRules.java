package org.ksmodel.validation.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.reference.ReferenceData;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IndicatorMeasure;
import org.ksmodel.result.IndicatorValue;
import org.ksmodel.result.PeriodValue;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;

/** The results rules about one indicator at a time; see ResultsRules. */
final class ResultsIndicatorRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ResultsIndicatorRules() {}

  /** A check of one indicator, given where it sits: result and indicator positions. */
  @FunctionalInterface
  interface IndicatorCheck {
    void check(Indicator indicator, int result, int index, RuleContext context, Findings findings);
  }

  /** A check of a framework that runs {@code check} on every indicator of every result. */
  static Rule.Check<ResultsFramework> eachIndicator(IndicatorCheck check) {
    return (framework, context, findings) -> {
      List<Result> results = framework.results();
      for (int r = 0; r < results.size(); r++) {
        List<Indicator> indicators = results.get(r).indicators();
        for (int i = 0; i < indicators.size(); i++) {
          check.check(indicators.get(i), r, i, context, findings);
        }
      }
    };
  }

  static DataPath indicator(int result, int index) {
    return ResultsRules.result(result).member("indicators").index(index);
  }

  /** What a value check rejects. */
  @FunctionalInterface
  private interface ValueTest {
    boolean rejects(IndicatorValue value);
  }

  /**
   * Reports each value of the indicator (baseline, targets, actuals) that {@code test} rejects, at
   * its {@code value}, with the value and the measure as arguments.
   */
  private static void values(
      Indicator indicator, int result, int index, ValueTest test, Findings findings) {
    if (indicator.baseline().isPresent() && test.rejects(indicator.baseline().get().value())) {
      findings.report(
          indicator(result, index).member("baseline").member("value"),
          indicator.baseline().get().value(),
          indicator.measure());
    }
    periodValues(indicator, indicator.targets(), "targets", result, index, test, findings);
    periodValues(indicator, indicator.actuals(), "actuals", result, index, test, findings);
  }

  private static void periodValues(
      Indicator indicator,
      List<PeriodValue> values,
      String member,
      int result,
      int index,
      ValueTest test,
      Findings findings) {
    for (int k = 0; k < values.size(); k++) {
      IndicatorValue value = values.get(k).value();
      if (test.rejects(value)) {
        findings.report(
            indicator(result, index).member(member).index(k).member("value"),
            value,
            indicator.measure());
      }
    }
  }

  static void percentageRange(
      Indicator indicator, int result, int index, RuleContext context, Findings findings) {
    if (indicator.measure() == IndicatorMeasure.PERCENTAGE) {
      values(indicator, result, index, ResultsIndicatorRules::outsidePercent, findings);
    }
  }

  private static boolean outsidePercent(IndicatorValue value) {
    if (!value.isNumber()) {
      return false;
    }
    BigDecimal number = value.number().get();
    return number.signum() < 0 || number.compareTo(HUNDRED) > 0;
  }

  /** A qualitative indicator is described in words (IATI: no value for measure 5). */
  static void qualitativeText(
      Indicator indicator, int result, int index, RuleContext context, Findings findings) {
    if (!indicator.measure().isNumeric()) {
      values(indicator, result, index, IndicatorValue::isNumber, findings);
    }
  }

  static void numericNumber(
      Indicator indicator, int result, int index, RuleContext context, Findings findings) {
    if (indicator.measure().isNumeric()) {
      values(indicator, result, index, ResultsIndicatorRules::isText, findings);
    }
  }

  private static boolean isText(IndicatorValue value) {
    return !value.isNumber();
  }

  /** A count without a unit leaves the reader guessing what was counted. */
  static void unitNamed(
      Indicator indicator, int result, int index, RuleContext context, Findings findings) {
    if (indicator.measure() == IndicatorMeasure.UNIT
        && (indicator.unit().isEmpty() || indicator.unit().get().isBlank())) {
      findings.report(indicator(result, index).member("unit"));
    }
  }

  /** The target of {@code 17.9.1} is {@code 17.9}: it must be one of the 169 SDG targets. */
  static void sdgTargetKnown(
      Indicator indicator, int result, int index, RuleContext context, Findings findings) {
    if (indicator.sdgIndicator().isEmpty()) {
      return;
    }
    SdgTarget target = indicator.sdgTarget().orElseThrow();
    if (!ReferenceData.sdgTargets().contains(target)) {
      findings.report(
          indicator(result, index).member("sdgIndicator"), indicator.sdgIndicator().get(), target);
    }
  }

  /** Without a target, neither progress nor achievement can be measured. */
  static void targetsPresent(
      Indicator indicator, int result, int index, RuleContext context, Findings findings) {
    if (indicator.targets().isEmpty()) {
      findings.report(indicator(result, index).member("targets"));
    }
  }

  /** Two targets (or two actuals) for one period leave it open which one counts. */
  static void periodsDistinct(
      Indicator indicator, int result, int index, RuleContext context, Findings findings) {
    repeatedPeriods(indicator.targets(), "targets", result, index, findings);
    repeatedPeriods(indicator.actuals(), "actuals", result, index, findings);
  }

  // Quadratic, but an indicator has a handful of periods; a set would allocate for every indicator.
  private static void repeatedPeriods(
      List<PeriodValue> values, String member, int result, int index, Findings findings) {
    for (int k = 1; k < values.size(); k++) {
      DateRange period = values.get(k).period();
      for (int m = 0; m < k; m++) {
        if (values.get(m).period().equals(period)) {
          findings.report(
              indicator(result, index).member(member).index(k).member("period"), period);
          break;
        }
      }
    }
  }

  /**
   * The baseline is where the indicator stood before the partnership, so it is measured no later
   * than the day the first target period starts.
   */
  static void baselineBeforeTargets(
      Indicator indicator, int result, int index, RuleContext context, Findings findings) {
    if (indicator.baseline().isEmpty() || indicator.targets().isEmpty()) {
      return;
    }
    LocalDate first = indicator.targets().get(0).period().start();
    for (PeriodValue target : indicator.targets()) {
      LocalDate start = target.period().start();
      first = start.isBefore(first) ? start : first;
    }
    LocalDate date = indicator.baseline().get().date();
    if (date.isAfter(first)) {
      findings.report(indicator(result, index).member("baseline").member("date"), date, first);
    }
  }

  /** An actual is measured, so its period has started by today. */
  static void actualsStarted(
      Indicator indicator, int result, int index, RuleContext context, Findings findings) {
    LocalDate today = context.today();
    List<PeriodValue> actuals = indicator.actuals();
    for (int k = 0; k < actuals.size(); k++) {
      DateRange period = actuals.get(k).period();
      if (period.start().isAfter(today)) {
        findings.report(
            indicator(result, index).member("actuals").index(k).member("period"), period, today);
      }
    }
  }
}
