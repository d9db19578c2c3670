package org.ksmodel.partnership;

import java.util.Set;
import org.immutables.value.Value;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * An institution's part in a partnership: which institution, and the roles it holds (IATI's
 * participating organisation with its roles).
 */
@Value.Immutable
@KsStyle
public abstract class Participation {
  // Package-private: only the generated implementation extends a value type.
  Participation() {}

  /** The participating institution. */
  public abstract InstitutionId institution();

  /** The roles it holds; at least one, since a participation without a role says nothing. */
  public abstract Set<Role> roles();

  /** Whether the institution holds {@code role} in this participation. */
  public boolean has(Role role) {
    return roles().contains(role);
  }

  /** Rejects a participation without any role. */
  @Value.Check
  protected void check() {
    Checks.require(
        !roles().isEmpty(),
        "participation.roles.empty",
        "roles",
        () -> "participation of " + institution() + " names no role");
  }

  /** A participation of {@code institution} with the given roles. */
  public static Participation of(InstitutionId institution, Role... roles) {
    return builder().institution(institution).addRoles(roles).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Participation}; {@code builder().from(p)} copies one. */
  public static final class Builder extends ImmutableParticipation.Builder {
    Builder() {}
  }
}
