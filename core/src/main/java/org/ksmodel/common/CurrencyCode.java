package org.ksmodel.common;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A currency: ISO 4217 alphabetic code.
 *
 * <p>Only the form is checked here; whether the code exists is a reference-data question that the
 * validator answers, so an unknown but well-formed code is kept and reported, never lost.
 */
public final class CurrencyCode implements Comparable<CurrencyCode> {
  private static final Pattern FORM = Pattern.compile("[A-Z]{3}");

  private final String value;

  private CurrencyCode(String value) {
    this.value = value;
  }

  /**
   * Returns the code for a value of the right form.
   *
   * @throws InvalidValueException if the value is not three upper-case letters (ISO 4217)
   */
  public static CurrencyCode of(String value) {
    return new CurrencyCode(
        CodeValues.requireForm(
            value, FORM, "currency code", "three upper-case letters (ISO 4217)"));
  }

  /** Whether {@code value} has the form of this code, without creating it. */
  public static boolean isWellFormed(String value) {
    return FORM.matcher(Objects.requireNonNull(value, "value")).matches();
  }

  /** The code as written, e.g. in IATI files and on the wire. */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(CurrencyCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CurrencyCode && value.equals(((CurrencyCode) other).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
