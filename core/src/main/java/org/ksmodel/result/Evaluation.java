package org.ksmodel.result;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * An evaluation of a partnership (or solution, or institution) against the OECD-DAC criteria: its
 * type, how independent it was, when it was done, a rating per criterion, findings and lessons.
 *
 * <p>Construction rejects a score off the rating scale and a score without a scale; whether all six
 * criteria are rated (or marked N/A with a reason) is for the validator.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Evaluation {
  // Package-private: only the generated implementation extends a value type.
  Evaluation() {}

  /** {@return the type: self, mid-term, final, ex-post, impact or peer review} */
  public abstract EvaluationType type();

  /** {@return whether the evaluation was internal or independent} */
  public abstract Independence independence();

  /** {@return the day the evaluation was completed} */
  public abstract LocalDate date();

  /** {@return the scale the scores are on; needed as soon as one criterion has a score} */
  public abstract Optional<RatingScale> ratingScale();

  /** {@return the rating of each criterion; a criterion left out was not rated} */
  public abstract Map<DacCriterion, CriterionRating> ratings();

  /** {@return what the evaluation found} */
  public abstract List<LocalizedText> findings();

  /** {@return the lessons drawn, for this partnership and for others} */
  public abstract List<LocalizedText> lessons();

  /**
   * Rejects a score without a rating scale or off it; checked on {@code build()}, not meant to be
   * called directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if a criterion is scored but no rating scale
   *     is given, or a score is off the rating scale
   */
  @Value.Check
  protected void check() {
    ratings()
        .forEach(
            (criterion, rating) -> rating.score().ifPresent(score -> checkScore(criterion, score)));
  }

  // The message and path are only made for a failing score: most evaluations pass.
  private void checkScore(DacCriterion criterion, int score) {
    if (ratingScale().isEmpty()) {
      Checks.require(
          false,
          "evaluation.ratingScale.missing",
          DataPath.of("ratingScale"),
          criterion + " is scored " + score + " but no rating scale is given");
    }
    RatingScale scale = ratingScale().get();
    if (!scale.contains(score)) {
      Checks.require(
          false,
          "evaluation.rating.range",
          DataPath.of("ratings", criterion.name(), "score"),
          criterion
              + " score "
              + score
              + " is off the "
              + scale
              + " scale of "
              + scale.min()
              + " to "
              + scale.max());
    }
  }

  /** {@return an empty builder of {@link Evaluation}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Evaluation}; {@code builder().from(evaluation)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the type,
   * independence or date is not set, if a criterion is scored but no rating scale is given, or if a
   * score is off the rating scale.
   */
  public static final class Builder extends ImmutableEvaluation.Builder {
    Builder() {}
  }
}
