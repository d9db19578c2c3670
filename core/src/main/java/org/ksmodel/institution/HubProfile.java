package org.ksmodel.institution;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.KsStyle;

/**
 * How an institution acts as a knowledge hub: an institution that identifies, packages and shares
 * development solutions. A {@link HubScope#THEMATIC} hub's themes are the sectors of its {@link
 * Institution}.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class HubProfile {
  // Package-private: only the generated implementation extends a value type.
  HubProfile() {}

  /** {@return the reach of the hub} */
  public abstract HubScope scope();

  /** {@return whether the hub shares, seeks, or both} */
  public abstract HubStance stance();

  /**
   * {@return whether the hub is also a resource centre} A resource centre helps other hubs to set
   * up (methods, training, tools), beyond sharing its own solutions. False unless stated.
   */
  @Value.Default
  public boolean resourceCentre() {
    return false;
  }

  /** {@return how the hub is set up, when known} */
  public abstract Optional<InstitutionalModel> institutionalModel();

  /** {@return an empty builder of {@link HubProfile}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a hub of the given scope and stance, with nothing else stated}
   *
   * @param scope the reach of the hub
   * @param stance whether the hub shares, seeks, or both
   */
  public static HubProfile of(HubScope scope, HubStance stance) {
    return builder().scope(scope).stance(stance).build();
  }

  /**
   * Builds a {@link HubProfile}; {@code builder().from(profile)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the scope or the
   * stance is not set.
   */
  public static final class Builder extends ImmutableHubProfile.Builder {
    Builder() {}
  }
}
