package org.ksmodel.funding;

import java.util.Objects;
import java.util.Optional;

/**
 * The kind of a financial transaction: every code of the IATI TransactionType codelist, each
 * constant with its code ({@link #iatiCode()}), the one place an importer or an exporter finds it.
 *
 * <p>The first four constants are those of format 1.0: INCOMING_FUNDS {@code 1}, COMMITMENT {@code
 * 2 Outgoing Commitment}, DISBURSEMENT {@code 3}, EXPENDITURE {@code 4}. Format 1.1 adds the rest
 * of the codelist, in code order. An incoming commitment ({@code 11}, reported by the recipient) is
 * not a commitment ({@code 2}, made by the provider), and a pledge ({@code 12}, {@code 13}) is not
 * binding: they are kept apart, so that no sum mixes them.
 */
public enum TransactionType {
  /** Funds received for use on the partnership or programme (IATI {@code 1}). */
  INCOMING_FUNDS("1"),
  /**
   * A firm written obligation of the provider to provide funds (IATI {@code 2 Outgoing
   * Commitment}).
   */
  COMMITMENT("2"),
  /** Funds placed at the disposal of a recipient or implementer (IATI {@code 3}). */
  DISBURSEMENT("3"),
  /** Funds spent directly on goods and services for the partnership (IATI {@code 4}). */
  EXPENDITURE("4"),
  /** Interest paid on a loan or line of credit, including fees (IATI {@code 5}). */
  INTEREST_PAYMENT("5"),
  /** Principal of a loan repaid, including arrears (IATI {@code 6}). */
  LOAN_REPAYMENT("6"),
  /**
   * A disbursement covering funds the recipient has already spent, as agreed in the terms of the
   * grant or loan (IATI {@code 7}).
   */
  REIMBURSEMENT("7"),
  /** Outgoing funds used to purchase equity in a business (IATI {@code 8}). */
  PURCHASE_OF_EQUITY("8"),
  /** Incoming funds from the sale of equity (IATI {@code 9}). */
  SALE_OF_EQUITY("9"),
  /**
   * A commitment to underwrite a loan or line of credit entered into by a third party (IATI {@code
   * 10}).
   */
  CREDIT_GUARANTEE("10"),
  /**
   * A firm written obligation to provide funds, reported by the recipient for its activity (IATI
   * {@code 11}); not a {@link #COMMITMENT}, which the provider reports.
   */
  INCOMING_COMMITMENT("11"),
  /** Indicative, non-binding advice of an intended outgoing commitment (IATI {@code 12}). */
  OUTGOING_PLEDGE("12"),
  /** Indicative, non-binding advice of an intended incoming commitment (IATI {@code 13}). */
  INCOMING_PLEDGE("13");

  private final String iatiCode;

  TransactionType(String iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** {@return the IATI TransactionType code, e.g. {@code 3} for a disbursement} */
  public String iatiCode() {
    return iatiCode;
  }

  /**
   * {@return the type of an IATI TransactionType code; empty for a code not on the codelist}
   *
   * @param code the code, e.g. {@code 3}
   */
  public static Optional<TransactionType> fromIatiCode(String code) {
    Objects.requireNonNull(code, "code");
    for (TransactionType type : values()) {
      if (type.iatiCode.equals(code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return whether the transaction takes money out of what was committed: a disbursement, an
   * expenditure or a reimbursement (a kind of disbursement)}
   */
  public boolean isSpending() {
    return this == DISBURSEMENT || this == EXPENDITURE || this == REIMBURSEMENT;
  }

  /**
   * {@return whether the transaction promises money rather than moves it: a commitment, an incoming
   * commitment, a pledge or a credit guarantee} Such transactions may be dated before the
   * partnership starts.
   */
  public boolean isPromise() {
    return this == COMMITMENT
        || this == INCOMING_COMMITMENT
        || this == OUTGOING_PLEDGE
        || this == INCOMING_PLEDGE
        || this == CREDIT_GUARANTEE;
  }
}
