package org.ksmodel.common;

import java.util.Objects;

/**
 * A country: ISO 3166-1 alpha-2, plus the user-assigned codes IATI uses (XK for Kosovo).
 *
 * <p>Only the form is checked here; whether the code exists is a reference-data question that the
 * validator answers, so an unknown but well-formed code is kept and reported, never lost.
 *
 * <p>Immutable and safe to share between threads. Codes order alphabetically.
 */
public final class CountryCode extends CodeValue implements Comparable<CountryCode> {

  private CountryCode(String value) {
    super(value);
  }

  /**
   * Returns the code for a value of the right form.
   *
   * @param value the code as written, e.g. {@code CO}
   * @return the code
   * @throws InvalidValueException if the value is not two upper-case letters (ISO 3166-1 alpha-2)
   */
  public static CountryCode of(String value) {
    return new CountryCode(
        CodeValues.requireForm(
            value,
            CountryCode::hasForm,
            "country code",
            "two upper-case letters (ISO 3166-1 alpha-2)"));
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
  public int compareTo(CountryCode other) {
    return value().compareTo(other.value());
  }

  /** {@code [A-Z]{2}}. */
  private static boolean hasForm(String value) {
    return CodeValues.isRun(value, 2, 'A', 'Z');
  }
}
