package org.ksmodel.result;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.KsStyle;

/**
 * An evaluation's rating of one DAC criterion: a score on the evaluation's {@link RatingScale}, or
 * no score when the criterion does not apply (N/A), with a comment that justifies the score or
 * gives the reason it does not apply. The validator expects a reason for every N/A.
 *
 * <p>The score is not checked here: {@link Evaluation} checks it against its rating scale.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class CriterionRating {
  // Package-private: only the generated implementation extends a value type.
  CriterionRating() {}

  /** {@return the score; empty when the criterion does not apply} */
  public abstract Optional<Integer> score();

  /** {@return why this score, or why the criterion does not apply} */
  public abstract Optional<String> comment();

  /** {@return whether the criterion was marked as not applicable (it has no score)} */
  public boolean isNotApplicable() {
    return score().isEmpty();
  }

  /**
   * {@return a score without comment}
   *
   * @param score the score, on the evaluation's rating scale
   */
  public static CriterionRating scored(int score) {
    return builder().score(score).build();
  }

  /**
   * {@return a rating saying that the criterion does not apply, for the reason given}
   *
   * @param reason why the criterion does not apply
   */
  public static CriterionRating notApplicable(String reason) {
    return builder().comment(reason).build();
  }

  /** {@return an empty builder of {@link CriterionRating}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CriterionRating}; {@code builder().from(rating)} copies one. Every attribute is
   * optional, so {@code build()} does not throw. Not thread-safe.
   */
  public static final class Builder extends ImmutableCriterionRating.Builder {
    Builder() {}
  }
}
