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
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class ChangeObjective {
  // Package-private: only the generated implementation extends a value type.
  ChangeObjective() {}

  /**
   * {@return the change sought, e.g. {@code The ministry adopts a single registry of
   * beneficiaries}}
   */
  public abstract LocalizedText description();

  /** {@return the institutional characteristic the change concerns} */
  public abstract CapacityArea capacityArea();

  /** {@return the intermediate outcomes the exchange targets to reach this objective} */
  public abstract Set<IntermediateOutcome> targetedOutcomes();

  /** {@return an empty builder of {@link ChangeObjective}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ChangeObjective}; {@code builder().from(objective)} copies one. Not
   * thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the description
   * or the capacity area is not set.
   */
  public static final class Builder extends ImmutableChangeObjective.Builder {
    Builder() {}
  }
}
