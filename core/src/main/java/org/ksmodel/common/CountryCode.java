package org.ksmodel.common;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A country: ISO 3166-1 alpha-2, plus the user-assigned codes IATI uses (XK for Kosovo).
 *
 * <p>Only the form is checked here; whether the code exists is a reference-data question that the
 * validator answers, so an unknown but well-formed code is kept and reported, never lost.
 */
public final class CountryCode implements Comparable<CountryCode> {
  private static final Pattern FORM = Pattern.compile("[A-Z]{2}");

  private final String value;

  private CountryCode(String value) {
    this.value = value;
  }

  /**
   * Returns the code for a value of the right form.
   *
   * @throws InvalidValueException if the value is not two upper-case letters (ISO 3166-1 alpha-2)
   */
  public static CountryCode of(String value) {
    return new CountryCode(
        CodeValues.requireForm(
            value, FORM, "country code", "two upper-case letters (ISO 3166-1 alpha-2)"));
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
  public int compareTo(CountryCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CountryCode && value.equals(((CountryCode) other).value);
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
