package org.ksmodel.partnership;

import java.util.Objects;
import java.util.Optional;

/**
 * What an institution does in a partnership; one institution may hold several roles (a provider
 * that also funds). SEGIB calls the provider the first provider and the facilitator the second
 * provider.
 *
 * <p>Each role maps to one code of the IATI OrganisationRole codelist ({@link #iatiCode()}):
 *
 * <ul>
 *   <li>{@link #FUNDER}: {@code 1 Funding}, the organisation that provides the funds;
 *   <li>{@link #RECIPIENT}: {@code 2 Accountable}, because in a knowledge exchange the recipient
 *       owns the change the partnership aims at and answers for its outcomes (IATI also lists
 *       partner-country governments as accountable);
 *   <li>{@link #PROVIDER} and {@link #FACILITATOR}: {@code 3 Extending}, the organisations that
 *       manage the exchange and its direction;
 *   <li>{@link #IMPLEMENTER}: {@code 4 Implementing}, the organisation that carries it out.
 * </ul>
 *
 * {@link #fromIatiCode(String)} goes the other way: {@code 3} becomes {@link #PROVIDER}, since the
 * code alone cannot tell a first provider from a broker.
 */
public enum Role {
  /** Shares its solution with the recipient (SEGIB's first provider, oferente). */
  PROVIDER("3"),
  /** Takes up the solution and owns the change it should bring (SEGIB's receptor). */
  RECIPIENT("2"),
  /**
   * Supports or brokers the exchange between provider and recipient: SEGIB's second provider in
   * triangular cooperation, or a broker such as a multilateral bank in a reverse linkage.
   */
  FACILITATOR("3"),
  /** Pays for the partnership, in whole or in part. */
  FUNDER("1"),
  /** Carries out the exchange activities. */
  IMPLEMENTER("4");

  private final String iatiCode;

  Role(String iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** {@return the IATI OrganisationRole code of this role, e.g. {@code 1} for a funder} */
  public String iatiCode() {
    return iatiCode;
  }

  /**
   * {@return the role that fits an IATI OrganisationRole code: {@code 1} FUNDER, {@code 2}
   * RECIPIENT, {@code 3} PROVIDER, {@code 4} IMPLEMENTER; empty for any other code}
   *
   * @param code the code, e.g. {@code 1}
   */
  public static Optional<Role> fromIatiCode(String code) {
    switch (Objects.requireNonNull(code, "code")) {
      case "1":
        return Optional.of(FUNDER);
      case "2":
        return Optional.of(RECIPIENT);
      case "3":
        return Optional.of(PROVIDER);
      case "4":
        return Optional.of(IMPLEMENTER);
      default:
        return Optional.empty();
    }
  }
}
