package org.ksmodel.common;

import java.util.Objects;

/**
 * A currency: ISO 4217 alphabetic code.
 *
 * <p>Only the form is checked here; whether the code exists is a reference-data question that the
 * validator answers, so an unknown but well-formed code is kept and reported, never lost.
 */
public final class CurrencyCode extends CodeValue implements Comparable<CurrencyCode> {

  private CurrencyCode(String value) {
    super(value);
  }

  /**
   * Returns the code for a value of the right form.
   *
   * @throws InvalidValueException if the value is not three upper-case letters (ISO 4217)
   */
  public static CurrencyCode of(String value) {
    return new CurrencyCode(
        CodeValues.requireForm(
            value, CurrencyCode::hasForm, "currency code", "three upper-case letters (ISO 4217)"));
  }

  /** Whether {@code value} has the form of this code, without creating it. */
  public static boolean isWellFormed(String value) {
    return hasForm(Objects.requireNonNull(value, "value"));
  }

  @Override
  public int compareTo(CurrencyCode other) {
    return value().compareTo(other.value());
  }

  /** {@code [A-Z]{3}}. */
  private static boolean hasForm(String value) {
    return CodeValues.isRun(value, 3, 'A', 'Z');
  }
}
