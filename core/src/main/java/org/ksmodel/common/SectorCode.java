package org.ksmodel.common;

import java.util.Objects;

/**
 * An OECD DAC sector: a five-digit purpose code ({@code 15110}, IATI sector vocabulary 1) or a
 * three-digit sector category ({@code 151}, vocabulary 2).
 *
 * <p>Only the form is checked here; whether the code exists is a reference-data question that the
 * validator answers, so an unknown but well-formed code is kept and reported, never lost.
 *
 * <p>Immutable and safe to share between threads. Codes order by their text, so a category comes
 * just before its purpose codes.
 */
public final class SectorCode extends CodeValue implements Comparable<SectorCode> {

  private SectorCode(String value) {
    super(value);
  }

  /**
   * Returns the sector for a value of the right form.
   *
   * @param value the code as written, e.g. {@code 15110} or {@code 151}
   * @return the sector code
   * @throws InvalidValueException if the value is not three or five ASCII digits
   */
  public static SectorCode of(String value) {
    return new SectorCode(
        CodeValues.requireForm(
            value, SectorCode::hasForm, "sector code", "three or five digits (DAC)"));
  }

  /**
   * Tells whether text has the form of a sector code, without creating it or throwing.
   *
   * @param value the text to test
   * @return whether {@link #of} would accept {@code value}
   */
  public static boolean isWellFormed(String value) {
    return hasForm(Objects.requireNonNull(value, "value"));
  }

  /** {@return whether this is a three-digit category rather than a five-digit purpose code} */
  public boolean isCategory() {
    return value().length() == 3;
  }

  /**
   * {@return the three-digit category this code belongs to: its first three digits, or itself for a
   * category}
   */
  public SectorCode category() {
    return isCategory() ? this : new SectorCode(value().substring(0, 3));
  }

  @Override
  public int compareTo(SectorCode other) {
    return value().compareTo(other.value());
  }

  /** {@code [0-9]{3}|[0-9]{5}}. */
  private static boolean hasForm(String value) {
    return CodeValues.isRun(value, 3, '0', '9') || CodeValues.isRun(value, 5, '0', '9');
  }
}
