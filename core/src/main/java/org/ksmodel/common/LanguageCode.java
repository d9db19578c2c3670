package org.ksmodel.common;

import java.util.Objects;

/**
 * A language: ISO 639-1 two-letter code.
 *
 * <p>Only the form is checked here; whether the code exists is a reference-data question that the
 * validator answers, so an unknown but well-formed code is kept and reported, never lost.
 *
 * <p>Immutable and safe to share between threads. Codes order alphabetically.
 */
public final class LanguageCode extends CodeValue implements Comparable<LanguageCode> {

  private LanguageCode(String value) {
    super(value);
  }

  /**
   * Returns the code for a value of the right form.
   *
   * @param value the code as written, e.g. {@code es}
   * @return the code
   * @throws InvalidValueException if the value is not two lower-case letters (ISO 639-1)
   */
  public static LanguageCode of(String value) {
    return new LanguageCode(
        CodeValues.requireForm(
            value, LanguageCode::hasForm, "language code", "two lower-case letters (ISO 639-1)"));
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
  public int compareTo(LanguageCode other) {
    return value().compareTo(other.value());
  }

  /** {@code [a-z]{2}}. */
  private static boolean hasForm(String value) {
    return CodeValues.isRun(value, 2, 'a', 'z');
  }
}
