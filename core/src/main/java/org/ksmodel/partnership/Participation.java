package org.ksmodel.partnership;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ksmodel.common.Code;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * An institution's part in a partnership: which institution, the knowledge-sharing roles it holds
 * and, for published data, what IATI's {@code participating-org} says (its IATI roles, the name and
 * type it was published under in that activity, its own activity id and CRS channel code).
 *
 * <p>KS roles ({@link #roles()}) and IATI roles ({@link #iatiRoles()}) are two vocabularies side by
 * side: IATI's Funding, Accountable, Extending and Implementing do not say who provides and who
 * receives knowledge. A participation needs at least one of either, so that imported data keeps the
 * IATI role without inventing a KS role. A KS role that an importer derived, rather than found
 * published, is in {@link #inferredRoles()} as well.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Participation {
  /** The vocabulary of {@link #iatiRoles()}: IATI's {@code OrganisationRole} codelist. */
  public static final String IATI_ROLE_VOCABULARY = "OrganisationRole";

  // Package-private: only the generated implementation extends a value type.
  Participation() {}

  /** {@return the participating institution} */
  public abstract InstitutionId institution();

  /**
   * {@return the knowledge-sharing roles it holds, published or inferred} Empty only when the
   * participation has IATI roles.
   */
  public abstract Set<Role> roles();

  /**
   * {@return the roles of {@link #roles()} that were inferred (derived by an importer from other
   * data, such as the IATI roles and the countries), not published} A role added here is held: the
   * builder adds it to {@link #roles()} too. Empty for roles as published.
   */
  public abstract Set<Role> inferredRoles();

  /**
   * {@return the roles IATI published for the organisation in this activity, codes of the {@value
   * #IATI_ROLE_VOCABULARY} vocabulary ({@code 1} Funding, {@code 2} Accountable, {@code 3}
   * Extending, {@code 4} Implementing), in the order published} An organisation listed with several
   * roles has them all here.
   */
  public abstract Set<Code> iatiRoles();

  /**
   * {@return the name the organisation was published under in this activity} It may differ from the
   * institution's name, and from one activity to the next.
   */
  public abstract Optional<LocalizedText> publishedName();

  /**
   * {@return the organisation type published for it in this activity, a code of IATI's {@code
   * OrganisationType} vocabulary}
   */
  public abstract Optional<Code> publishedType();

  /**
   * {@return the identifier of the organisation's own IATI activity for this partnership (IATI's
   * {@code activity-id}), as published; it need not be in the dataset}
   */
  public abstract Optional<String> activityId();

  /** {@return the CRS channel code of the organisation (IATI's {@code crs-channel-code})} */
  public abstract Optional<String> crsChannelCode();

  /**
   * {@return whether the institution holds {@code role} in this participation}
   *
   * @param role the role to look for
   */
  public boolean has(Role role) {
    return roles().contains(role);
  }

  /**
   * {@return whether the institution holds {@code role} as published, not inferred}
   *
   * @param role the role to look for
   */
  public boolean hasPublished(Role role) {
    return roles().contains(role) && !inferredRoles().contains(role);
  }

  /**
   * {@return whether IATI published the organisation with the role of {@code code} of the {@value
   * #IATI_ROLE_VOCABULARY} vocabulary, e.g. {@code "1"} for Funding}
   *
   * @param code the code of the role
   */
  public boolean hasIatiRole(String code) {
    for (Code role : iatiRoles()) {
      if (role.code().equals(code) && role.vocabulary().equals(IATI_ROLE_VOCABULARY)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rejects a participation without any KS or IATI role, and adds each inferred role to the roles
   * held; run on {@code build()}, not meant to be called directly.
   *
   * @return this participation, or a copy whose roles include the inferred ones
   * @throws org.ksmodel.common.InvalidValueException if neither a KS role nor an IATI role is given
   */
  @Value.Check
  protected Participation check() {
    Checks.require(
        !roles().isEmpty() || !inferredRoles().isEmpty() || !iatiRoles().isEmpty(),
        "participation.roles.empty",
        "roles",
        () -> "participation of " + institution() + " names no KS role and no IATI role");
    if (roles().containsAll(inferredRoles())) {
      return this;
    }
    Set<Role> held = EnumSet.noneOf(Role.class);
    held.addAll(roles());
    held.addAll(inferredRoles());
    return builder().from(this).roles(held).build();
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

  /**
   * {@return a participation of {@code institution} as IATI published it: with IATI roles and no KS
   * role}
   *
   * @param institution the participating institution
   * @param iatiRoles the codes of its IATI roles ({@code "1"} to {@code "4"}), at least one
   * @throws org.ksmodel.common.InvalidValueException if no role is given, or a code is blank
   */
  public static Participation ofIati(InstitutionId institution, String... iatiRoles) {
    Builder builder = builder();
    builder.institution(institution);
    for (String code : iatiRoles) {
      builder.addIatiRoles(Code.of(IATI_ROLE_VOCABULARY, code));
    }
    return builder.build();
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
   * is not set or neither a KS role nor an IATI role is added.
   */
  public static final class Builder extends ImmutableParticipation.Builder {
    Builder() {}
  }
}
