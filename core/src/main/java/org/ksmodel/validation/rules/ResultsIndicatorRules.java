package org.ksmodel.validation.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.reference.ReferenceData;
import org.ksmodel.result.Baseline;
import org.ksmodel.result.Dimension;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IndicatorMeasure;
import org.ksmodel.result.IndicatorReference;
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

  /**
   * The path of the {@code k}th baseline, by its wire form: the 1.0 member {@code baseline} for a
   * single dated baseline (see {@link Indicator#singleDatedBaseline()}), else {@code baselines/k}.
   */
  static DataPath baseline(Indicator indicator, int result, int index, int k) {
    DataPath at = indicator(result, index);
    return indicator.singleDatedBaseline().isPresent()
        ? at.member("baseline")
        : at.member("baselines").index(k);
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
    List<Baseline> baselines = indicator.baselines();
    for (int k = 0; k < baselines.size(); k++) {
      Optional<IndicatorValue> value = baselines.get(k).value();
      if (value.isPresent() && test.rejects(value.get())) {
        findings.report(
            baseline(indicator, result, index, k).member("value"),
            value.get(),
            indicator.measure());
      }
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

  /**
   * The target of {@code 17.9.1} is {@code 17.9}: it must be one of the 169 SDG targets. Checked
   * for the SDG indicator and for the references in IATI's SDG vocabulary that are of its form (a
   * reference of another form is kept as published and not checked).
   */
  static void sdgTargetKnown(
      Indicator indicator, int result, int index, RuleContext context, Findings findings) {
    if (indicator.sdgIndicator().isPresent()) {
      SdgTarget target = SdgTarget.of(targetPart(indicator.sdgIndicator().get()));
      if (!ReferenceData.sdgTargets().contains(target)) {
        findings.report(
            indicator(result, index).member("sdgIndicator"),
            indicator.sdgIndicator().get(),
            target);
      }
    }
    List<IndicatorReference> references = indicator.references();
    for (int k = 0; k < references.size(); k++) {
      IndicatorReference reference = references.get(k);
      if (reference.vocabulary().equals(IndicatorReference.SDG_INDICATORS)
          && Indicator.isSdgIndicatorForm(reference.code())) {
        SdgTarget target = SdgTarget.of(targetPart(reference.code()));
        if (!ReferenceData.sdgTargets().contains(target)) {
          findings.report(
              indicator(result, index).member("references").index(k).member("code"),
              reference.code(),
              target);
        }
      }
    }
  }

  private static String targetPart(String sdgIndicator) {
    return sdgIndicator.substring(0, sdgIndicator.lastIndexOf('.'));
  }

  /** Without a target, neither progress nor achievement can be measured. */
  static void targetsPresent(
      Indicator indicator, int result, int index, RuleContext context, Findings findings) {
    if (indicator.targets().isEmpty()) {
      findings.report(indicator(result, index).member("targets"));
    }
  }

  /**
   * Two targets (or two actuals) for one period leave it open which one counts, unless they are for
   * other categories or locations (disaggregated values): compared by period, dimensions and
   * location refs.
   */
  static void periodsDistinct(
      Indicator indicator, int result, int index, RuleContext context, Findings findings) {
    repeatedPeriods(indicator.targets(), "targets", result, index, findings);
    repeatedPeriods(indicator.actuals(), "actuals", result, index, findings);
  }

  // Quadratic, but an indicator has a handful of periods; a set would allocate for every indicator.
  private static void repeatedPeriods(
      List<PeriodValue> values, String member, int result, int index, Findings findings) {
    for (int k = 1; k < values.size(); k++) {
      PeriodValue value = values.get(k);
      for (int m = 0; m < k; m++) {
        if (values.get(m).sameSlice(value)) {
          findings.report(
              indicator(result, index).member(member).index(k).member("period"), value.period());
          break;
        }
      }
    }
  }

  /**
   * The baseline is where the indicator stood before the partnership, so the first one is measured
   * no later than the day the first target period starts; by year when it has no day (a baseline of
   * the year the first period starts is in time). Later baselines (a re-measured starting point)
   * are not checked.
   */
  static void baselineBeforeTargets(
      Indicator indicator, int result, int index, RuleContext context, Findings findings) {
    List<Baseline> baselines = indicator.baselines();
    if (baselines.isEmpty() || indicator.targets().isEmpty()) {
      return;
    }
    LocalDate first = indicator.targets().get(0).period().start();
    for (PeriodValue target : indicator.targets()) {
      LocalDate start = target.period().start();
      first = start.isBefore(first) ? start : first;
    }
    int earliest = 0;
    for (int k = 1; k < baselines.size(); k++) {
      if (baselines.get(k).yearMeasured().isBefore(baselines.get(earliest).yearMeasured())
          || (baselines.get(k).yearMeasured().equals(baselines.get(earliest).yearMeasured())
              && earlierDay(baselines.get(k), baselines.get(earliest)))) {
        earliest = k;
      }
    }
    Baseline baseline = baselines.get(earliest);
    DataPath at = baseline(indicator, result, index, earliest);
    if (baseline.date().isPresent()) {
      if (baseline.date().get().isAfter(first)) {
        findings.report(at.member("date"), baseline.date().get(), first);
      }
    } else if (baseline.yearMeasured().getValue() > first.getYear()) {
      findings.report(at.member("year"), baseline.yearMeasured(), first);
    }
  }

  /** Whether {@code a} is dated before {@code b} of the same year; an undated one is earliest. */
  private static boolean earlierDay(Baseline a, Baseline b) {
    return a.date().isEmpty()
        ? b.date().isPresent()
        : b.date().isPresent() && a.date().get().isBefore(b.date().get());
  }

  /**
   * Two baselines of one year (and day) for the same categories and locations leave it open which
   * one counts.
   */
  static void baselinesDistinct(
      Indicator indicator, int result, int index, RuleContext context, Findings findings) {
    List<Baseline> baselines = indicator.baselines();
    for (int k = 1; k < baselines.size(); k++) {
      Baseline baseline = baselines.get(k);
      for (int m = 0; m < k; m++) {
        if (baselines.get(m).sameSlice(baseline)) {
          findings.report(
              baseline(indicator, result, index, k).member("year"), baseline.yearMeasured());
          break;
        }
      }
    }
  }

  /**
   * A value is for one category per dimension: two dimensions of one name on one value (sex female
   * and sex male) contradict each other.
   */
  static void dimensionsDistinct(
      Indicator indicator, int result, int index, RuleContext context, Findings findings) {
    List<Baseline> baselines = indicator.baselines();
    for (int k = 0; k < baselines.size(); k++) {
      repeatedNames(baselines.get(k).dimensions(), baseline(indicator, result, index, k), findings);
    }
    for (int k = 0; k < indicator.targets().size(); k++) {
      repeatedNames(
          indicator.targets().get(k).dimensions(),
          indicator(result, index).member("targets").index(k),
          findings);
    }
    for (int k = 0; k < indicator.actuals().size(); k++) {
      repeatedNames(
          indicator.actuals().get(k).dimensions(),
          indicator(result, index).member("actuals").index(k),
          findings);
    }
  }

  private static void repeatedNames(List<Dimension> dimensions, DataPath at, Findings findings) {
    for (int d = 1; d < dimensions.size(); d++) {
      String name = dimensions.get(d).name();
      for (int e = 0; e < d; e++) {
        if (dimensions.get(e).name().equals(name)) {
          findings.report(at.member("dimensions").index(d).member("name"), name);
          break;
        }
      }
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
