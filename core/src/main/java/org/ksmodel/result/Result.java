package org.ksmodel.result;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * A result the partnership (or solution, or institution) aims at, at one level of the results
 * chain, with the indicators that measure it (IATI's result).
 */
@Value.Immutable
@KsStyle
public abstract class Result {
  // Package-private: only the generated implementation extends a value type.
  Result() {}

  /** Output, intermediate outcome, outcome or impact. */
  public abstract ResultLevel level();

  /**
   * Which of the five intermediate outcomes this is; only for a result at the {@link
   * ResultLevel#INTERMEDIATE_OUTCOME} level, where the validator expects it.
   */
  public abstract Optional<IntermediateOutcome> intermediateOutcome();

  /** The title. */
  public abstract LocalizedText title();

  /** What the result is. */
  public abstract Optional<LocalizedText> description();

  /** The indicators that measure it. */
  public abstract List<Indicator> indicators();

  /** Rejects an intermediate outcome type on a result at another level. */
  @Value.Check
  protected void check() {
    Checks.require(
        intermediateOutcome().isEmpty() || level() == ResultLevel.INTERMEDIATE_OUTCOME,
        "result.intermediateOutcome.level",
        "intermediateOutcome",
        () ->
            "a result at the "
                + level()
                + " level cannot name an intermediate outcome; only INTERMEDIATE_OUTCOME results do");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Result}; {@code builder().from(r)} copies one. */
  public static final class Builder extends ImmutableResult.Builder {
    Builder() {}
  }
}
