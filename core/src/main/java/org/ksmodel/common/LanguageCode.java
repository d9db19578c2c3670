package org.ksmodel.common;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A language: ISO 639-1 two-letter code.
 *
 * <p>Only the form is checked here; whether the code exists is a reference-data question that the
 * validator answers, so an unknown but well-formed code is kept and reported, never lost.
 */
public final class LanguageCode extends CodeValue implements Comparable<LanguageCode> {
  private static final Pattern FORM = Pattern.compile("[a-z]{2}");

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
        CodeValues.requireForm(value, FORM, "language code", "two lower-case letters (ISO 639-1)"));
  }

  /** Whether {@code value} has the form of this code, without creating it. */
  public static boolean isWellFormed(String value) {
    return FORM.matcher(Objects.requireNonNull(value, "value")).matches();
  }

  @Override
  public int compareTo(LanguageCode other) {
    return value().compareTo(other.value());
  }
}
