package org.ksmodel.funding;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a budget (or a planned disbursement) is the original one or a revision: the IATI
 * BudgetType codelist, each constant with its code ({@link #iatiCode()}).
 */
public enum BudgetType {
  /** The original budget allocated to the period (IATI {@code 1}). */
  ORIGINAL("1"),
  /** The budget of the period as revised (IATI {@code 2}). */
  REVISED("2");

  private final String iatiCode;

  BudgetType(String iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** {@return the IATI BudgetType code, {@code 1} or {@code 2}} */
  public String iatiCode() {
    return iatiCode;
  }

  /**
   * {@return the type of an IATI BudgetType code; empty for another code}
   *
   * @param code the code, e.g. {@code 2}
   */
  public static Optional<BudgetType> fromIatiCode(String code) {
    Objects.requireNonNull(code, "code");
    for (BudgetType type : values()) {
      if (type.iatiCode.equals(code)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
