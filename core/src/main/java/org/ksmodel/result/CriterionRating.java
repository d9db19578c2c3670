package org.ksmodel.result;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.KsStyle;

/**
 * An evaluation's rating of one DAC criterion: a score on the evaluation's {@link RatingScale}, or
 * no score when the criterion does not apply (N/A), with a comment that justifies the score or
 * gives the reason it does not apply. The validator expects a reason for every N/A.
 */
@Value.Immutable
@KsStyle
public abstract class CriterionRating {
  // Package-private: only the generated implementation extends a value type.
  CriterionRating() {}

  /** The score; empty when the criterion does not apply. */
  public abstract Optional<Integer> score();

  /** Why this score, or why the criterion does not apply. */
  public abstract Optional<String> comment();

  /** Whether the criterion was marked as not applicable. */
  public boolean isNotApplicable() {
    return score().isEmpty();
  }

  /** A score without comment. */
  public static CriterionRating scored(int score) {
    return builder().score(score).build();
  }

  /** The criterion does not apply, for the reason given. */
  public static CriterionRating notApplicable(String reason) {
    return builder().comment(reason).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CriterionRating}; {@code builder().from(r)} copies one. */
  public static final class Builder extends ImmutableCriterionRating.Builder {
    Builder() {}
  }
}
