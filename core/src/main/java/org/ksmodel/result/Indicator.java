package org.ksmodel.result;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * A measure of progress towards a result (IATI's result indicator): how it is measured, in which
 * direction progress goes, where it started, and the targets and actuals per period.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Indicator {
  // Package-private: only the generated implementation extends a value type.
  Indicator() {}

  private static final Pattern SDG_INDICATOR =
      Pattern.compile("(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])\\.[1-9][0-9]?");
  private static final Comparator<DateRange> CHRONOLOGICAL =
      Comparator.comparing(DateRange::start)
          .thenComparing(range -> range.end().orElse(LocalDate.MAX));

  /** {@return the title, e.g. {@code Officials trained in disaster risk assessment}} */
  public abstract LocalizedText title();

  /** {@return what the indicator measures and how} */
  public abstract Optional<LocalizedText> description();

  /** {@return how the indicator is measured: unit, percentage, nominal, ordinal or qualitative} */
  public abstract IndicatorMeasure measure();

  /**
   * {@return whether higher values are better (IATI's {@code ascending}, true unless said
   * otherwise)}
   */
  @Value.Default
  public boolean ascending() {
    return true;
  }

  /** {@return where the indicator stood before the partnership} */
  public abstract Optional<Baseline> baseline();

  /** {@return the values aimed at, per period} */
  public abstract List<PeriodValue> targets();

  /** {@return the values reached, per period} */
  public abstract List<PeriodValue> actuals();

  /** {@return what a number counts, e.g. {@code officials} or {@code days}} */
  public abstract Optional<String> unit();

  /**
   * {@return where the actuals come from, e.g. {@code attendance lists}, {@code follow-up survey}}
   */
  public abstract Optional<String> meansOfVerification();

  /**
   * {@return the SDG indicator it tracks, such as {@code 17.9.1}: goal, target and indicator
   * number}
   */
  public abstract Optional<String> sdgIndicator();

  /** {@return why no actual is reported, e.g. when a completed partnership could not measure it} */
  public abstract Optional<String> missingActualsReason();

  /** {@return the SDG target of {@link #sdgIndicator()}, e.g. {@code 17.9} for {@code 17.9.1}} */
  public Optional<SdgTarget> sdgTarget() {
    return sdgIndicator().map(code -> SdgTarget.of(code.substring(0, code.lastIndexOf('.'))));
  }

  /**
   * {@return how far the latest actual has come towards its target; empty without an actual or a
   * target} The latest actual is the one whose period starts last (of equal starts, ends last); its
   * target is the target of the same period, or the latest target when no target has that period.
   * See {@link #achievementRate(DateRange)} for the computation and when it is empty.
   */
  public Optional<BigDecimal> achievementRate() {
    Optional<PeriodValue> actual = latest(actuals());
    Optional<PeriodValue> target =
        actual.flatMap(a -> valueFor(targets(), a.period())).or(() -> latest(targets()));
    return actual.flatMap(a -> target.flatMap(t -> rate(a.value(), t.value())));
  }

  /**
   * {@return how far the actual of {@code period} has come towards the target of the same period}
   * It is a fraction (16 significant digits): 1 means the target is met, above 1 exceeded, below 0
   * worse than at the start.
   *
   * <p>For an ascending indicator, the actual divided by the target (80 officials trained against a
   * target of 100 gives 0.8). For a descending one, where lower is better, the way made from the
   * baseline towards the target: (baseline - actual) / (baseline - target) (processing time down
   * from 40 to 25 days against a target of 20 gives 0.75).
   *
   * <p>Empty when it cannot be computed: no actual or no target for the period, a measure that is
   * neither UNIT, PERCENTAGE nor ORDINAL, a value that is text, a descending indicator without a
   * numeric baseline, or a zero divisor.
   *
   * @param period the period of the actual and of the target, matched exactly
   */
  public Optional<BigDecimal> achievementRate(DateRange period) {
    return valueFor(actuals(), period)
        .flatMap(a -> valueFor(targets(), period).flatMap(t -> rate(a.value(), t.value())));
  }

  private Optional<BigDecimal> rate(IndicatorValue actualValue, IndicatorValue targetValue) {
    if (!measure().isOrdered() || actualValue.number().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal actual = actualValue.number().get();
    return targetValue
        .number()
        .flatMap(
            target ->
                ascending()
                    ? divide(actual, target)
                    : baseline()
                        .flatMap(b -> b.value().number())
                        .flatMap(base -> divide(base.subtract(actual), base.subtract(target))));
  }

  private static Optional<BigDecimal> divide(BigDecimal dividend, BigDecimal divisor) {
    return divisor.signum() == 0
        ? Optional.empty()
        : Optional.of(dividend.divide(divisor, MathContext.DECIMAL64));
  }

  private static Optional<PeriodValue> latest(List<PeriodValue> values) {
    return values.stream().max(Comparator.comparing(PeriodValue::period, CHRONOLOGICAL));
  }

  private static Optional<PeriodValue> valueFor(List<PeriodValue> values, DateRange period) {
    return values.stream().filter(v -> v.period().equals(period)).findFirst();
  }

  /**
   * Rejects an SDG indicator reference that is not of the form goal.target.number; checked on
   * {@code build()}, not meant to be called directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if the SDG indicator is not of the form
   *     goal.target.number, such as {@code 17.9.1} or {@code 6.a.1}
   */
  @Value.Check
  protected void check() {
    Checks.require(
        sdgIndicator().map(code -> SDG_INDICATOR.matcher(code).matches()).orElse(true),
        "indicator.sdgIndicator.form",
        "sdgIndicator",
        () ->
            "SDG indicator must be goal.target.number such as 17.9.1, got '"
                + sdgIndicator().orElse("")
                + "'");
  }

  /** {@return an empty builder of {@link Indicator}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Indicator}; {@code builder().from(indicator)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the title or the
   * measure is not set, or the SDG indicator is not of the form goal.target.number.
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
