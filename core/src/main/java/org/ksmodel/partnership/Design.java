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
 */
@Value.Immutable
@KsStyle
public abstract class Design {
  // Package-private: only the generated implementation extends a value type.
  Design() {}

  /** The development goal the partnership contributes to; may be missing while it is drafted. */
  public abstract Optional<LocalizedText> developmentGoal();

  /** What keeps the recipient's institutions from reaching the goal. */
  public abstract List<LocalizedText> institutionalChallenges();

  /** The changes sought, each with its capacity area and targeted outcomes. */
  public abstract List<ChangeObjective> changeObjectives();

  /**
   * Every intermediate outcome targeted by a change objective, in the order of {@link
   * IntermediateOutcome}; unmodifiable.
   */
  public Set<IntermediateOutcome> allTargetedOutcomes() {
    Set<IntermediateOutcome> outcomes = EnumSet.noneOf(IntermediateOutcome.class);
    changeObjectives().forEach(objective -> outcomes.addAll(objective.targetedOutcomes()));
    return Collections.unmodifiableSet(outcomes);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Design}; {@code builder().from(d)} copies one. */
  public static final class Builder extends ImmutableDesign.Builder {
    Builder() {}
  }
}
