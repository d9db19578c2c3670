package org.ksmodel.result;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.DocumentLink;
import org.ksmodel.common.internal.KsStyle;

/**
 * A target or an actual of an indicator for one period (IATI's indicator period with its target or
 * actual value).
 *
 * <p>An indicator may have several values for one period, each for other categories ({@link
 * #dimensions()}) or other locations ({@link #locationRefs()}): IATI's disaggregated targets and
 * actuals. The period's start and end are the dates as published ({@code period-start}, {@code
 * period-end}).
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class PeriodValue {
  // Package-private: only the generated implementation extends a value type.
  PeriodValue() {}

  /** {@return the period the value is for, both ends included} */
  public abstract DateRange period();

  /** {@return the value} */
  public abstract IndicatorValue value();

  /** {@return a remark, e.g. how the actual was measured or why it falls short} */
  public abstract Optional<String> comment();

  // Added in format 1.1.

  /**
   * {@return the categories the value is for, e.g. {@code sex} {@code female} (IATI's {@code
   * dimension}); none for the value of all}
   */
  public abstract List<Dimension> dimensions();

  /**
   * {@return the locations the value is for: the {@code ref}s of the partnership's locations, as
   * published (IATI's {@code location})}
   */
  public abstract List<String> locationRefs();

  /** {@return the documents published about the value} */
  public abstract List<DocumentLink> documentLinks();

  /**
   * {@return whether this value is for the same period, categories and locations as {@code other}}
   * Two such values of one indicator leave it open which one counts.
   *
   * @param other the other value
   */
  public boolean sameSlice(PeriodValue other) {
    return period().equals(other.period()) && sameCategories(other);
  }

  /** Whether the value is for the same categories and locations as {@code other}. */
  boolean sameCategories(PeriodValue other) {
    return sameElements(dimensions(), other.dimensions())
        && sameElements(locationRefs(), other.locationRefs());
  }

  /** Whether the value is of the indicator as a whole: for no category and no location. */
  boolean isWhole() {
    return dimensions().isEmpty() && locationRefs().isEmpty();
  }

  /** Whether two lists hold the same elements in any order; no allocation when both are empty. */
  static <T> boolean sameElements(List<T> a, List<T> b) {
    return a.equals(b) || (a.size() == b.size() && Set.copyOf(a).equals(Set.copyOf(b)));
  }

  /**
   * {@return a value for a period, without a remark}
   *
   * @param period the period the value is for
   * @param value the value
   */
  public static PeriodValue of(DateRange period, IndicatorValue value) {
    return builder().period(period).value(value).build();
  }

  /** {@return an empty builder of {@link PeriodValue}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PeriodValue}; {@code builder().from(periodValue)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the period or the
   * value is not set.
   */
  public static final class Builder extends ImmutablePeriodValue.Builder {
    Builder() {}
  }
}
