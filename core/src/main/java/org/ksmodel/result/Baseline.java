package org.ksmodel.result;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.KsStyle;

/** Where an indicator stood before the partnership: a value, the day it was measured, a remark. */
@Value.Immutable
@KsStyle
public abstract class Baseline {
  // Package-private: only the generated implementation extends a value type.
  Baseline() {}

  /** The value measured. */
  public abstract IndicatorValue value();

  /** The day it was measured; the validator expects it before the first target period. */
  public abstract LocalDate date();

  /** A remark, e.g. the source of the measurement. */
  public abstract Optional<String> comment();

  /** A baseline without a remark. */
  public static Baseline of(IndicatorValue value, LocalDate date) {
    return builder().value(value).date(date).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Baseline}; {@code builder().from(b)} copies one. */
  public static final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }
}
