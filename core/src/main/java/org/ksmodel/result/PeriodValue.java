package org.ksmodel.result;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.internal.KsStyle;

/**
 * A target or an actual of an indicator for one period (IATI's indicator period with its target or
 * actual value).
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
