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
 */
@Value.Immutable
@KsStyle
public abstract class CriterionAssessment {
  // Package-private: only the generated implementation extends a value type.
  CriterionAssessment() {}

  /**
   * The criterion: a default one ({@link Criterion#code()}) or one of the catalogue's own
   * vocabulary.
   */
  public abstract Code criterion();

  /**
   * Whether the catalogue requires this criterion to be met before a solution is validated. False
   * unless stated.
   */
  @Value.Default
  public boolean mandatory() {
    return false;
  }

  /** Whether the criterion is met, when the assessor said so in as many words. */
  public abstract Optional<Boolean> met();

  /** The score given, when the catalogue scores its criteria. */
  public abstract Optional<Score> score();

  /** What the judgement rests on. */
  public abstract Optional<String> evidence();

  /** The institution that assessed, when known. */
  public abstract Optional<InstitutionId> assessor();

  /** The day of the assessment, when known. */
  public abstract Optional<LocalDate> date();

  /**
   * Whether the criterion is met: {@link #met()} when given, otherwise whether the score reaches
   * its pass mark; empty when neither tells.
   */
  public Optional<Boolean> verdict() {
    return met().isPresent() ? met() : score().flatMap(Score::isPassing);
  }

  /** Whether the criterion is known to be met; false when undecided. */
  public boolean isMet() {
    return verdict().orElse(false);
  }

  /** The default criterion assessed; empty for a catalogue's own criterion. */
  public Optional<Criterion> defaultCriterion() {
    return Criterion.fromCode(criterion());
  }

  /** An empty builder of {@link CriterionAssessment}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CriterionAssessment}; {@code builder().from(assessment)} copies one. */
  public static final class Builder extends ImmutableCriterionAssessment.Builder {
    Builder() {}

    /** Sets the criterion to one of the default criteria. */
    public Builder criterion(Criterion criterion) {
      return criterion(criterion.code());
    }
  }
}
