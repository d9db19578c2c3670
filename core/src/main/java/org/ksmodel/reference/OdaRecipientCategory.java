package org.ksmodel.reference;

/**
 * The column of the OECD DAC List of ODA Recipients a country is on. A country that is on none of
 * them is not an ODA recipient.
 */
public enum OdaRecipientCategory {
  /** Least Developed Countries: the UN's LDC group. */
  LDC("Least Developed Countries"),
  /** Other Low Income Countries: low income, but not in the LDC group. */
  OTHER_LIC("Other Low Income Countries"),
  /** Lower Middle Income Countries and Territories. */
  LMIC("Lower Middle Income Countries and Territories"),
  /** Upper Middle Income Countries and Territories. */
  UMIC("Upper Middle Income Countries and Territories");

  private final String dacName;

  OdaRecipientCategory(String dacName) {
    this.dacName = dacName;
  }

  /**
   * {@return the heading of the category's column on the DAC list, e.g. "Least Developed
   * Countries"}
   */
  public String dacName() {
    return dacName;
  }
}
