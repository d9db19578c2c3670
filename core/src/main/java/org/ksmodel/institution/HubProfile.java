package org.ksmodel.institution;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.KsStyle;

/**
 * How an institution acts as a knowledge hub: an institution that identifies, packages and shares
 * development solutions. A {@link HubScope#THEMATIC} hub's themes are the sectors of its {@link
 * Institution}.
 */
@Value.Immutable
@KsStyle
public abstract class HubProfile {
  // Package-private: only the generated implementation extends a value type.
  HubProfile() {}

  /** The reach of the hub. */
  public abstract HubScope scope();

  /** Whether the hub shares, seeks, or both. */
  public abstract HubStance stance();

  /**
   * Whether the hub is also a resource centre: it helps other hubs to set up (methods, training,
   * tools), beyond sharing its own solutions. False unless stated.
   */
  @Value.Default
  public boolean resourceCentre() {
    return false;
  }

  /** How the hub is set up, when known. */
  public abstract Optional<InstitutionalModel> institutionalModel();

  /** An empty builder of {@link HubProfile}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A hub of the given scope and stance, with nothing else stated. */
  public static HubProfile of(HubScope scope, HubStance stance) {
    return builder().scope(scope).stance(stance).build();
  }

  /** Builds a {@link HubProfile}; {@code builder().from(profile)} copies one. */
  public static final class Builder extends ImmutableHubProfile.Builder {
    Builder() {}
  }
}
