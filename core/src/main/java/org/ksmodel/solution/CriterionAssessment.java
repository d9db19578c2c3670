package org.ksmodel.solution;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.Code;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.internal.KsStyle;

/**
 * The judgement of a solution against one validation criterion: whether it is met (a yes or no, or
 * a {@link Score} with a pass mark), on what evidence, by whom, when.
 *
 * <p>When both a yes-or-no and a score are given and they disagree, the yes-or-no decides; the
 * validator can flag the disagreement.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class CriterionAssessment {
  // Package-private: only the generated implementation extends a value type.
  CriterionAssessment() {}

  /**
   * {@return the criterion: a default one ({@link Criterion#code()}) or one of the catalogue's own
   * vocabulary}
   */
  public abstract Code criterion();

  /**
   * {@return whether the catalogue requires this criterion to be met before a solution is
   * validated} False unless stated.
   */
  @Value.Default
  public boolean mandatory() {
    return false;
  }

  /** {@return whether the criterion is met, when the assessor said so in as many words} */
  public abstract Optional<Boolean> met();

  /** {@return the score given, when the catalogue scores its criteria} */
  public abstract Optional<Score> score();

  /** {@return what the judgement rests on} */
  public abstract Optional<String> evidence();

  /** {@return the institution that assessed, when known} */
  public abstract Optional<InstitutionId> assessor();

  /** {@return the day of the assessment, when known} */
  public abstract Optional<LocalDate> date();

  /**
   * {@return whether the criterion is met: {@link #met()} when given, otherwise whether the score
   * reaches its pass mark; empty when neither tells}
   */
  public Optional<Boolean> verdict() {
    return met().isPresent() ? met() : score().flatMap(Score::isPassing);
  }

  /** {@return whether the criterion is known to be met; false when undecided} */
  public boolean isMet() {
    return verdict().orElse(false);
  }

  /** {@return the default criterion assessed; empty for a catalogue's own criterion} */
  public Optional<Criterion> defaultCriterion() {
    return Criterion.fromCode(criterion());
  }

  /** {@return an empty builder of {@link CriterionAssessment}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CriterionAssessment}; {@code builder().from(assessment)} copies one. Not
   * thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the criterion is
   * not set.
   */
  public static final class Builder extends ImmutableCriterionAssessment.Builder {
    Builder() {}

    /**
     * Sets the criterion to one of the default criteria.
     *
     * @param criterion the default criterion, stored as its {@link Criterion#code()}
     * @return this builder
     */
    public Builder criterion(Criterion criterion) {
      return criterion(criterion.code());
    }
  }
}
