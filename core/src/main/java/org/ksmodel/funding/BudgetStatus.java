package org.ksmodel.funding;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a budget is indicative or formally committed: the IATI BudgetStatus codelist, each
 * constant with its code ({@link #iatiCode()}).
 */
public enum BudgetStatus {
  /** A non-binding estimate (IATI {@code 1}); IATI reads a budget without a status so. */
  INDICATIVE("1"),
  /** A binding, formally approved budget (IATI {@code 2}). */
  COMMITTED("2");

  private final String iatiCode;

  BudgetStatus(String iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** {@return the IATI BudgetStatus code, {@code 1} or {@code 2}} */
  public String iatiCode() {
    return iatiCode;
  }

  /**
   * {@return the status of an IATI BudgetStatus code; empty for another code}
   *
   * @param code the code, e.g. {@code 2}
   */
  public static Optional<BudgetStatus> fromIatiCode(String code) {
    Objects.requireNonNull(code, "code");
    for (BudgetStatus status : values()) {
      if (status.iatiCode.equals(code)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
