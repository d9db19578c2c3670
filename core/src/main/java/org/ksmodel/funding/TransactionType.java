package org.ksmodel.funding;

import java.util.Objects;
import java.util.Optional;

/**
 * The kind of a financial transaction, mapped to the IATI TransactionType codelist ({@link
 * #iatiCode()}): INCOMING_FUNDS {@code 1}, COMMITMENT {@code 2 Outgoing Commitment}, DISBURSEMENT
 * {@code 3}, EXPENDITURE {@code 4}.
 *
 * <p>{@link #fromIatiCode(String)} also reads {@code 11 Incoming Commitment} as COMMITMENT (a firm
 * obligation of funds for the partnership, only reported by the receiving side) and {@code 7
 * Reimbursement} as DISBURSEMENT (IATI defines it as a type of disbursement). Pledges ({@code 12},
 * {@code 13}) are not binding and the loan and equity codes ({@code 5}, {@code 6}, {@code 8} to
 * {@code 10}) do not occur in knowledge sharing: they map to nothing, so an importer reports them
 * instead of guessing.
 */
public enum TransactionType {
  /** Funds received for use on the partnership or programme. */
  INCOMING_FUNDS("1"),
  /** A firm written obligation to provide funds. */
  COMMITMENT("2"),
  /** Funds placed at the disposal of a recipient or implementer. */
  DISBURSEMENT("3"),
  /** Funds spent directly on goods and services for the partnership. */
  EXPENDITURE("4");

  private final String iatiCode;

  TransactionType(String iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** {@return the IATI TransactionType code, e.g. {@code 3} for a disbursement} */
  public String iatiCode() {
    return iatiCode;
  }

  /**
   * {@return the type for an IATI TransactionType code (see the class comment); empty for the
   * others}
   *
   * @param code the code, e.g. {@code 3}
   */
  public static Optional<TransactionType> fromIatiCode(String code) {
    switch (Objects.requireNonNull(code, "code")) {
      case "1":
        return Optional.of(INCOMING_FUNDS);
      case "2":
      case "11":
        return Optional.of(COMMITMENT);
      case "3":
      case "7":
        return Optional.of(DISBURSEMENT);
      case "4":
        return Optional.of(EXPENDITURE);
      default:
        return Optional.empty();
    }
  }

  /**
   * {@return whether the transaction takes money out of what was committed: a disbursement or
   * expenditure}
   */
  public boolean isSpending() {
    return this == DISBURSEMENT || this == EXPENDITURE;
  }
}
