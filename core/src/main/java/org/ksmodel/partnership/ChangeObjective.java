package org.ksmodel.partnership;

import java.util.Set;
import org.immutables.value.Value;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.KsStyle;
import org.ksmodel.result.IntermediateOutcome;

/**
 * A change the partnership aims at in one capacity area (the <i>Capacity Development Results
 * Framework</i>'s change objective), with the intermediate outcomes through which the exchange is
 * meant to bring it about (the <i>Art of Knowledge Exchange</i>'s five).
 */
@Value.Immutable
@KsStyle
public abstract class ChangeObjective {
  // Package-private: only the generated implementation extends a value type.
  ChangeObjective() {}

  /** The change sought, e.g. {@code The ministry adopts a single registry of beneficiaries}. */
  public abstract LocalizedText description();

  /** The institutional characteristic the change concerns. */
  public abstract CapacityArea capacityArea();

  /** The intermediate outcomes the exchange targets to reach this objective. */
  public abstract Set<IntermediateOutcome> targetedOutcomes();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChangeObjective}; {@code builder().from(c)} copies one. */
  public static final class Builder extends ImmutableChangeObjective.Builder {
    Builder() {}
  }
}
