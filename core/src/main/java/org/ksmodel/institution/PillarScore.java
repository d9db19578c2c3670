package org.ksmodel.institution;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * The maturity of an institution on one {@link Pillar}: a level from 1 to 4, with evidence.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class PillarScore {
  // Package-private: only the generated implementation extends a value type.
  PillarScore() {}

  /** The lowest maturity level: knowledge sharing is ad hoc. */
  public static final int MIN_LEVEL = 1;

  /** The highest maturity level: knowledge sharing is embedded and improving. */
  public static final int MAX_LEVEL = 4;

  /**
   * {@return the maturity level, from {@value #MIN_LEVEL} (nascent) to {@value #MAX_LEVEL}
   * (mature)}
   */
  public abstract int level();

  /** {@return what the level rests on: documents seen, people interviewed, examples} */
  public abstract Optional<String> evidence();

  /**
   * Rejects a level out of range; checked on {@code build()}, not meant to be called directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if the level is not between {@value
   *     #MIN_LEVEL} and {@value #MAX_LEVEL}
   */
  @Value.Check
  protected void check() {
    Checks.require(
        level() >= MIN_LEVEL && level() <= MAX_LEVEL,
        "institution.assessment.level",
        "level",
        () -> "maturity level must be between 1 and 4, got " + level());
  }

  /** {@return an empty builder of {@link PillarScore}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a score without evidence}
   *
   * @param level the maturity level
   * @throws org.ksmodel.common.InvalidValueException if the level is not between 1 and 4
   */
  public static PillarScore of(int level) {
    return builder().level(level).build();
  }

  /**
   * {@return a score with its evidence}
   *
   * @param level the maturity level
   * @param evidence what the level rests on
   * @throws org.ksmodel.common.InvalidValueException if the level is not between 1 and 4
   */
  public static PillarScore of(int level, String evidence) {
    return builder().level(level).evidence(evidence).build();
  }

  /**
   * Builds a {@link PillarScore}; {@code builder().from(score)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the level is not
   * set or not between {@value PillarScore#MIN_LEVEL} and {@value PillarScore#MAX_LEVEL}.
   */
  public static final class Builder extends ImmutablePillarScore.Builder {
    Builder() {}
  }
}
