package org.ksmodel.result;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.KsStyle;

/**
 * Where an indicator stood before the partnership: a value, the day it was measured, a remark.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Baseline {
  // Package-private: only the generated implementation extends a value type.
  Baseline() {}

  /** {@return the value measured} */
  public abstract IndicatorValue value();

  /** {@return the day it was measured; the validator expects it before the first target period} */
  public abstract LocalDate date();

  /** {@return a remark, e.g. the source of the measurement} */
  public abstract Optional<String> comment();

  /**
   * {@return a baseline without a remark}
   *
   * @param value the value measured
   * @param date the day it was measured
   */
  public static Baseline of(IndicatorValue value, LocalDate date) {
    return builder().value(value).date(date).build();
  }

  /** {@return an empty builder of {@link Baseline}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Baseline}; {@code builder().from(baseline)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the value or the
   * date is not set.
   */
  public static final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }
}
