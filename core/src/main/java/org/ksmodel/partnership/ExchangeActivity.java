package org.ksmodel.partnership;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;
import org.ksmodel.result.IntermediateOutcome;

/**
 * One knowledge exchange within a partnership, such as a study tour, an expert visit or a video
 * dialogue: what the <i>Art of Knowledge Exchange</i> calls a knowledge exchange activity, built
 * with one instrument and aimed at intermediate outcomes.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class ExchangeActivity {
  // Package-private: only the generated implementation extends a value type.
  ExchangeActivity() {}

  /** {@return a short name, e.g. {@code Study tour to Oportunidades}} */
  public abstract Optional<LocalizedText> title();

  /** {@return the instrument used} */
  public abstract ExchangeInstrument instrument();

  /** {@return how participants meet} */
  public abstract Delivery delivery();

  /** {@return the days the activity runs (both ends included)} */
  public abstract DateRange period();

  /** {@return where it takes place; usually absent for a virtual activity} */
  public abstract Optional<Location> location();

  /** {@return how many people took part (or are expected to); never negative} */
  public abstract Optional<Integer> participantCount();

  /**
   * {@return the intermediate outcomes the activity aims at} The validator expects at least one,
   * since an exchange without an intended outcome cannot be designed or evaluated.
   */
  public abstract Set<IntermediateOutcome> targetedOutcomes();

  /**
   * Rejects a negative participant count; checked on {@code build()}, not meant to be called
   * directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if the participant count is negative
   */
  @Value.Check
  protected void check() {
    Checks.require(
        participantCount().map(n -> n >= 0).orElse(true),
        "activity.participantCount.negative",
        "participantCount",
        () -> "participant count must not be negative, got " + participantCount().orElse(0));
  }

  /** {@return an empty builder of {@link ExchangeActivity}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link ExchangeActivity}; {@code builder().from(activity)} copies one. Not
   * thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the instrument,
   * delivery or period is not set, or the participant count is negative.
   */
  public static final class Builder extends ImmutableExchangeActivity.Builder {
    Builder() {}
  }
}
