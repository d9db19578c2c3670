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
 */
@Value.Immutable
@KsStyle
public abstract class ExchangeActivity {
  // Package-private: only the generated implementation extends a value type.
  ExchangeActivity() {}

  /** A short name, e.g. {@code Study tour to Oportunidades}. */
  public abstract Optional<LocalizedText> title();

  /** The instrument used. */
  public abstract ExchangeInstrument instrument();

  /** How participants meet. */
  public abstract Delivery delivery();

  /** The days the activity runs (both ends included). */
  public abstract DateRange period();

  /** Where it takes place; usually absent for a virtual activity. */
  public abstract Optional<Location> location();

  /** How many people took part (or are expected to); never negative. */
  public abstract Optional<Integer> participantCount();

  /**
   * The intermediate outcomes the activity aims at; the validator expects at least one, since an
   * exchange without an intended outcome cannot be designed or evaluated.
   */
  public abstract Set<IntermediateOutcome> targetedOutcomes();

  /** Rejects a negative participant count. */
  @Value.Check
  protected void check() {
    Checks.require(
        participantCount().map(n -> n >= 0).orElse(true),
        "activity.participantCount.negative",
        "participantCount",
        () -> "participant count must not be negative, got " + participantCount().orElse(0));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExchangeActivity}; {@code builder().from(a)} copies one. */
  public static final class Builder extends ImmutableExchangeActivity.Builder {
    Builder() {}
  }
}
