package org.ksmodel.partnership;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.KsStyle;
import org.ksmodel.result.IntermediateOutcome;

/**
 * The results chain a partnership is designed around, after the <i>Art of Knowledge Exchange</i>: a
 * development goal, the institutional challenges that stand in its way, and the change objectives
 * (each in a capacity area, each targeting intermediate outcomes). The validator expects a
 * partnership past PLANNED to have a development goal and at least one change objective: the
 * exchange is anchored before it is designed.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Design {
  // Package-private: only the generated implementation extends a value type.
  Design() {}

  /**
   * {@return the development goal the partnership contributes to} It may be missing while the
   * design is drafted.
   */
  public abstract Optional<LocalizedText> developmentGoal();

  /** {@return what keeps the recipient's institutions from reaching the goal} */
  public abstract List<LocalizedText> institutionalChallenges();

  /** {@return the changes sought, each with its capacity area and targeted outcomes} */
  public abstract List<ChangeObjective> changeObjectives();

  /**
   * {@return every intermediate outcome targeted by a change objective, in the order of {@link
   * IntermediateOutcome}; unmodifiable}
   */
  public Set<IntermediateOutcome> allTargetedOutcomes() {
    Set<IntermediateOutcome> outcomes = EnumSet.noneOf(IntermediateOutcome.class);
    changeObjectives().forEach(objective -> outcomes.addAll(objective.targetedOutcomes()));
    return Collections.unmodifiableSet(outcomes);
  }

  /** {@return an empty builder of {@link Design}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Design}; {@code builder().from(design)} copies one. Every attribute is
   * optional, so {@code build()} does not throw. Not thread-safe.
   */
  public static final class Builder extends ImmutableDesign.Builder {
    Builder() {}
  }
}
