package org.ksmodel.result;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.internal.KsStyle;

/**
 * A target or an actual of an indicator for one period (IATI's indicator period with its target or
 * actual value).
 */
@Value.Immutable
@KsStyle
public abstract class PeriodValue {
  // Package-private: only the generated implementation extends a value type.
  PeriodValue() {}

  /** The period the value is for, both ends included. */
  public abstract DateRange period();

  /** The value. */
  public abstract IndicatorValue value();

  /** A remark, e.g. how the actual was measured or why it falls short. */
  public abstract Optional<String> comment();

  /** A value for a period, without a remark. */
  public static PeriodValue of(DateRange period, IndicatorValue value) {
    return builder().period(period).value(value).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PeriodValue}; {@code builder().from(v)} copies one. */
  public static final class Builder extends ImmutablePeriodValue.Builder {
    Builder() {}
  }
}
