package org.ksmodel.common;

import java.util.Objects;

/**
 * A language: ISO 639-1 two-letter code.
 *
 * <p>Only the form is checked here; whether the code exists is a reference-data question that the
 * validator answers, so an unknown but well-formed code is kept and reported, never lost.
 */
public final class LanguageCode extends CodeValue implements Comparable<LanguageCode> {

  private LanguageCode(String value) {
    super(value);
  }

  /**
   * Returns the code for a value of the right form.
   *
   * @throws InvalidValueException if the value is not two lower-case letters (ISO 639-1)
   */
  public static LanguageCode of(String value) {
    return new LanguageCode(
        CodeValues.requireForm(
            value, LanguageCode::hasForm, "language code", "two lower-case letters (ISO 639-1)"));
  }

  /** Whether {@code value} has the form of this code, without creating it. */
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
