package org.ksmodel.common;

import java.util.Objects;

/**
 * A currency: ISO 4217 alphabetic code.
 *
 * <p>Only the form is checked here; whether the code exists is a reference-data question that the
 * validator answers, so an unknown but well-formed code is kept and reported, never lost.
 *
 * <p>Immutable and safe to share between threads. Codes order alphabetically.
 */
public final class CurrencyCode extends CodeValue implements Comparable<CurrencyCode> {

  private CurrencyCode(String value) {
    super(value);
  }

  /**
   * Returns the code for a value of the right form.
   *
   * @param value the code as written, e.g. {@code USD}
   * @return the code
   * @throws InvalidValueException if the value is not three upper-case letters (ISO 4217)
   */
  public static CurrencyCode of(String value) {
    return new CurrencyCode(
        CodeValues.requireForm(
            value, CurrencyCode::hasForm, "currency code", "three upper-case letters (ISO 4217)"));
  }

  /**
   * Tells whether text has the form of this code, without creating it or throwing.
   *
   * @param value the text to test
   * @return whether {@link #of} would accept {@code value}
   */
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
