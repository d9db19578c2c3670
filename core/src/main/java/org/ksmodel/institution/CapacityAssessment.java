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
 */
@Value.Immutable
@KsStyle
public abstract class CapacityAssessment {
  // Package-private: only the generated implementation extends a value type.
  CapacityAssessment() {}

  /** The day the assessment was completed. */
  public abstract LocalDate date();

  /** Who assessed: the institution itself, a peer or an outside party. */
  public abstract AssessorType assessor();

  /** The institution that assessed, for a peer or external assessment, when known. */
  public abstract Optional<InstitutionId> assessorInstitution();

  /** The maturity found on each pillar that was assessed. */
  public abstract Map<Pillar, PillarScore> scores();

  /** The level on {@code pillar}, or empty when that pillar was not assessed. */
  public OptionalInt level(Pillar pillar) {
    PillarScore score = scores().get(Objects.requireNonNull(pillar, "pillar"));
    return score == null ? OptionalInt.empty() : OptionalInt.of(score.level());
  }

  /** The pillars this assessment does not score, in pillar order; unmodifiable. */
  public Set<Pillar> missingPillars() {
    Set<Pillar> missing = EnumSet.allOf(Pillar.class);
    missing.removeAll(scores().keySet());
    return Collections.unmodifiableSet(missing);
  }

  /** Whether every one of the eight pillars is scored. */
  public boolean isComplete() {
    return scores().keySet().containsAll(EnumSet.allOf(Pillar.class));
  }

  /**
   * The mean level over the pillars scored, to two decimals (half up); empty when no pillar is
   * scored.
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

  /** An empty builder of {@link CapacityAssessment}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CapacityAssessment}; {@code builder().from(assessment)} copies one and {@code
   * putScores(pillar, score)} adds a pillar's score.
   */
  public static final class Builder extends ImmutableCapacityAssessment.Builder {
    Builder() {}
  }
}
