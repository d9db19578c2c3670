package org.ksmodel.institution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.internal.KsStyle;

/**
 * An assessment of an institution's capacity to share knowledge: on a date, by itself, a peer or an
 * outside party, a maturity level from 1 to 4 on each of the eight {@link Pillar}s, with evidence.
 *
 * <p>An assessment that leaves a pillar out can be built (real assessments are sometimes partial);
 * the validator reports it.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class CapacityAssessment {
  // Package-private: only the generated implementation extends a value type.
  CapacityAssessment() {}

  /** {@return the day the assessment was completed} */
  public abstract LocalDate date();

  /** {@return who assessed: the institution itself, a peer or an outside party} */
  public abstract AssessorType assessor();

  /** {@return the institution that assessed, for a peer or external assessment, when known} */
  public abstract Optional<InstitutionId> assessorInstitution();

  /** {@return the maturity found on each pillar that was assessed} */
  public abstract Map<Pillar, PillarScore> scores();

  /**
   * {@return the level on {@code pillar}, or empty when that pillar was not assessed}
   *
   * @param pillar the pillar to look up
   */
  public OptionalInt level(Pillar pillar) {
    PillarScore score = scores().get(Objects.requireNonNull(pillar, "pillar"));
    return score == null ? OptionalInt.empty() : OptionalInt.of(score.level());
  }

  /** {@return the pillars this assessment does not score, in pillar order; unmodifiable} */
  public Set<Pillar> missingPillars() {
    Set<Pillar> missing = EnumSet.allOf(Pillar.class);
    missing.removeAll(scores().keySet());
    return Collections.unmodifiableSet(missing);
  }

  /** {@return whether every one of the eight pillars is scored} */
  public boolean isComplete() {
    return scores().keySet().containsAll(EnumSet.allOf(Pillar.class));
  }

  /**
   * {@return the mean level over the pillars scored, to two decimals (half up); empty when no
   * pillar is scored}
   */
  public Optional<BigDecimal> averageLevel() {
    if (scores().isEmpty()) {
      return Optional.empty();
    }
    int sum = scores().values().stream().mapToInt(PillarScore::level).sum();
    return Optional.of(
        BigDecimal.valueOf(sum)
            .divide(BigDecimal.valueOf(scores().size()), 2, RoundingMode.HALF_UP));
  }

  /** {@return an empty builder of {@link CapacityAssessment}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CapacityAssessment}; {@code builder().from(assessment)} copies one and {@code
   * putScores(pillar, score)} adds a pillar's score. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the date or the
   * assessor is not set.
   */
  public static final class Builder extends ImmutableCapacityAssessment.Builder {
    Builder() {}
  }
}
