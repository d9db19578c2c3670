package org.ksmodel.result;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.DocumentLink;
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
  // By year, then a dated baseline after an undated one of the same year, then by day.
  private static final Comparator<Baseline> MEASURED =
      Comparator.comparing(Baseline::yearMeasured)
          .thenComparing(b -> b.date().orElse(LocalDate.MIN));

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

  // Added in format 1.1.

  /**
   * {@return where the indicator stood before the partnership: one baseline or several (IATI allows
   * several: by year, by category, by location)} Format 1.0 held at most one, with a value and a
   * date (see {@link #singleDatedBaseline()}).
   */
  public abstract List<Baseline> baselines();

  /**
   * {@return the indicator's codes in published vocabularies of indicators (IATI's {@code
   * reference}), as published} See {@link IndicatorReference} for how they relate to {@link
   * #sdgIndicator()}.
   */
  public abstract List<IndicatorReference> references();

  /**
   * {@return whether the publisher allows the values to be added up across partnerships (IATI's
   * {@code aggregation-status}); empty when not said}
   */
  public abstract Optional<Boolean> aggregationStatus();

  /** {@return the documents published about the indicator} */
  public abstract List<DocumentLink> documentLinks();

  /**
   * {@return the baseline of the indicator as a whole: of the baselines for no particular category
   * or location, the one measured last (by day when known, else by year); empty when there is none}
   * For an indicator with one baseline (all that format 1.0 could hold), that baseline.
   */
  public Optional<Baseline> baseline() {
    return baselines().stream()
        .filter(b -> b.dimensions().isEmpty() && b.locationRefs().isEmpty())
        .max(MEASURED);
  }

  /**
   * {@return the only baseline, when the indicator has exactly one and it has a value and a day:
   * the baseline as format 1.0 held it} A writer writes it as the 1.0 member {@code baseline}, and
   * every other set of baselines as {@code baselines}, so a 1.0 document writes back as it was
   * read.
   */
  public Optional<Baseline> singleDatedBaseline() {
    if (baselines().size() != 1) {
      return Optional.empty();
    }
    Baseline only = baselines().get(0);
    return only.value().isPresent() && only.date().isPresent()
        ? Optional.of(only)
        : Optional.empty();
  }

  /**
   * {@return the SDG indicators the indicator tracks: {@link #sdgIndicator()}, then the codes of
   * the references in IATI's SDG vocabulary ({@link IndicatorReference#SDG_INDICATORS}) that are of
   * the form goal.target.number, each once, in order}
   */
  public List<String> sdgIndicators() {
    List<String> codes = new ArrayList<>(1);
    sdgIndicator().ifPresent(codes::add);
    for (IndicatorReference reference : references()) {
      if (reference.vocabulary().equals(IndicatorReference.SDG_INDICATORS)
          && SDG_INDICATOR.matcher(reference.code()).matches()
          && !codes.contains(reference.code())) {
        codes.add(reference.code());
      }
    }
    return List.copyOf(codes);
  }

  /**
   * {@return the SDG target of the first of {@link #sdgIndicators()}, e.g. {@code 17.9} for {@code
   * 17.9.1}}
   */
  public Optional<SdgTarget> sdgTarget() {
    return sdgIndicators().stream().findFirst().map(Indicator::targetOf);
  }

  /**
   * {@return the SDG target of an SDG indicator of the form goal.target.number}
   *
   * @param sdgIndicator the indicator, e.g. {@code 17.9.1}
   */
  static SdgTarget targetOf(String sdgIndicator) {
    return SdgTarget.of(sdgIndicator.substring(0, sdgIndicator.lastIndexOf('.')));
  }

  /**
   * {@return whether a code is of the form of an SDG indicator, goal.target.number such as {@code
   * 17.9.1}}
   *
   * @param code the code
   */
  public static boolean isSdgIndicatorForm(String code) {
    return SDG_INDICATOR.matcher(code).matches();
  }

  /**
   * {@return how far the latest actual has come towards its target; empty without an actual or a
   * target} The latest actual is the one whose period starts last (of equal starts, ends last); its
   * target is the target of the same period, or the latest target when no target has that period.
   * Values of the indicator as a whole count first: values for particular categories or locations
   * ({@link PeriodValue#dimensions()}, {@link PeriodValue#locationRefs()}) only when there is no
   * actual of the whole, and then against targets of the same categories and locations. See {@link
   * #achievementRate(DateRange)} for the computation and when it is empty.
   */
  public Optional<BigDecimal> achievementRate() {
    Optional<PeriodValue> actual = latest(preferWhole(actuals()));
    return actual.flatMap(a -> targetFor(a).flatMap(t -> rate(a.value(), t.value())));
  }

  private Optional<PeriodValue> targetFor(PeriodValue actual) {
    List<PeriodValue> same = targets().stream().filter(t -> t.sameCategories(actual)).toList();
    return same.stream()
        .filter(t -> t.period().equals(actual.period()))
        .findFirst()
        .or(() -> latest(same));
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
   * numeric {@link #baseline()}, or a zero divisor.
   *
   * <p>The actual of the indicator as a whole counts; without one, the first actual of the period
   * for particular categories or locations, against the target of the same ones.
   *
   * @param period the period of the actual and of the target, matched exactly
   */
  public Optional<BigDecimal> achievementRate(DateRange period) {
    List<PeriodValue> inPeriod = actuals().stream().filter(a -> a.period().equals(period)).toList();
    return preferWhole(inPeriod).stream()
        .findFirst()
        .flatMap(
            a ->
                targets().stream()
                    .filter(t -> t.period().equals(period) && t.sameCategories(a))
                    .findFirst()
                    .flatMap(t -> rate(a.value(), t.value())));
  }

  /** The values of the whole when there are some, else all of them. */
  private static List<PeriodValue> preferWhole(List<PeriodValue> values) {
    List<PeriodValue> whole = values.stream().filter(PeriodValue::isWhole).toList();
    return whole.isEmpty() ? values : whole;
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
                        .flatMap(Baseline::value)
                        .flatMap(IndicatorValue::number)
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
