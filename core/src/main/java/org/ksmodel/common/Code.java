package org.ksmodel.common;

import java.util.Comparator;
import java.util.Objects;

/**
 * A value from an open vocabulary, such as an IATI organisation type ({@code
 * Code.of("OrganisationType", "10")}). Lists that change over time are modelled this way instead of
 * as Java enums, so a code the library does not know yet is kept, not rejected.
 *
 * <p>Immutable and safe to share between threads. Codes order by vocabulary, then by code.
 */
public final class Code implements Comparable<Code> {
  private static final Comparator<Code> ORDER =
      Comparator.comparing(Code::vocabulary).thenComparing(Code::code);

  private final String vocabulary;
  private final String code;

  private Code(String vocabulary, String code) {
    this.vocabulary = vocabulary;
    this.code = code;
  }

  /**
   * Returns a code of a vocabulary.
   *
   * @param vocabulary the name of the vocabulary, e.g. {@code OrganisationType}
   * @param code the code within the vocabulary, e.g. {@code 10}
   * @return the code
   * @throws InvalidValueException if the vocabulary or the code is blank or starts or ends with
   *     whitespace
   */
  public static Code of(String vocabulary, String code) {
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(code, "code");
    return new Code(
        Identifiers.requireTrimmed(vocabulary, "vocabulary"),
        Identifiers.requireTrimmed(code, "code"));
  }

  /** {@return the name of the vocabulary, e.g. {@code OrganisationType}} */
  public String vocabulary() {
    return vocabulary;
  }

  /** {@return the code within the vocabulary, e.g. {@code 10}} */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(Code other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Code
        && vocabulary.equals(((Code) other).vocabulary)
        && code.equals(((Code) other).code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vocabulary, code);
  }

  /** {@return {@code vocabulary:code}, e.g. {@code OrganisationType:10}} */
  @Override
  public String toString() {
    return vocabulary + ":" + code;
  }
}
