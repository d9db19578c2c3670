package org.ksmodel.partnership;

import java.util.Set;
import org.immutables.value.Value;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * An institution's part in a partnership: which institution, and the roles it holds (IATI's
 * participating organisation with its roles).
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Participation {
  // Package-private: only the generated implementation extends a value type.
  Participation() {}

  /** {@return the participating institution} */
  public abstract InstitutionId institution();

  /**
   * {@return the roles it holds} At least one, since a participation without a role says nothing.
   */
  public abstract Set<Role> roles();

  /**
   * {@return whether the institution holds {@code role} in this participation}
   *
   * @param role the role to look for
   */
  public boolean has(Role role) {
    return roles().contains(role);
  }

  /**
   * Rejects a participation without any role; checked on {@code build()}, not meant to be called
   * directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if no role is given
   */
  @Value.Check
  protected void check() {
    Checks.require(
        !roles().isEmpty(),
        "participation.roles.empty",
        "roles",
        () -> "participation of " + institution() + " names no role");
  }

  /**
   * {@return a participation of {@code institution} with the given roles}
   *
   * @param institution the participating institution
   * @param roles the roles it holds, at least one; a repeated role counts once
   * @throws org.ksmodel.common.InvalidValueException if no role is given
   */
  public static Participation of(InstitutionId institution, Role... roles) {
    return builder().institution(institution).addRoles(roles).build();
  }

  /** {@return an empty builder of {@link Participation}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Participation}; {@code builder().from(participation)} copies one. Not
   * thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the institution
   * is not set or no role is added.
   */
  public static final class Builder extends ImmutableParticipation.Builder {
    Builder() {}
  }
}
