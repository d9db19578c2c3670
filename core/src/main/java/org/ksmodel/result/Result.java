package org.ksmodel.result;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.DocumentLink;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * A result the partnership (or solution, or institution) aims at, at one level of the results
 * chain, with the indicators that measure it (IATI's result).
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Result {
  // Package-private: only the generated implementation extends a value type.
  Result() {}

  /** {@return the level in the results chain: output, intermediate outcome, outcome or impact} */
  public abstract ResultLevel level();

  /**
   * {@return which of the five intermediate outcomes this is} Only for a result at the {@link
   * ResultLevel#INTERMEDIATE_OUTCOME} level, where the validator expects it.
   */
  public abstract Optional<IntermediateOutcome> intermediateOutcome();

  /** {@return the title} */
  public abstract LocalizedText title();

  /** {@return what the result is} */
  public abstract Optional<LocalizedText> description();

  /** {@return the indicators that measure it} */
  public abstract List<Indicator> indicators();

  // Added in format 1.1.

  /** {@return the result's codes in published vocabularies (IATI's {@code reference})} */
  public abstract List<ResultReference> references();

  /**
   * {@return whether the publisher allows the result to be added up across partnerships (IATI's
   * {@code aggregation-status}); empty when not said}
   */
  public abstract Optional<Boolean> aggregationStatus();

  /** {@return the documents published about the result} */
  public abstract List<DocumentLink> documentLinks();

  /**
   * Rejects an intermediate outcome on a result at another level; checked on {@code build()}, not
   * meant to be called directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if an intermediate outcome is given and the
   *     level is not {@link ResultLevel#INTERMEDIATE_OUTCOME}
   */
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

  /** {@return an empty builder of {@link Result}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Result}; {@code builder().from(result)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the level or the
   * title is not set, or an intermediate outcome is given for a level other than {@link
   * ResultLevel#INTERMEDIATE_OUTCOME}.
   */
  public static final class Builder extends ImmutableResult.Builder {
    Builder() {}
  }
}
