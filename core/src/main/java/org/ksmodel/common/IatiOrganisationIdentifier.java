package org.ksmodel.common;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IATI organisation identifier, {@code {agency}-{number}}, where the agency is the code of a
 * registration agency ({@code XM-DAC}, {@code GB-COH}, {@code NL-KVK}, ...): a country or {@code
 * XI}/{@code XM} prefix, sometimes with a subdivision as in {@code CA_AB}, and the agency's own
 * code, which may hold an underscore as in {@code BE-BCE_KBO}.
 *
 * <p>Only the form is checked; whether the agency is on IATI's list of registration agencies is
 * answered by the reference data.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param agency the registration agency's code, e.g. {@code XM-DAC}
 * @param number the organisation's number at that agency, e.g. {@code 41114}
 */
public record IatiOrganisationIdentifier(String agency, String number) {
  private static final Pattern FORM =
      Pattern.compile(
          "([A-Z]{2}(?:_[A-Z]{2})?-[A-Za-z0-9_]{2,})-(\\S*[A-Za-z0-9])", Pattern.DOTALL);

  /**
   * Makes an identifier from its two parts; use {@link #parse} for text of unknown form.
   *
   * @param agency the registration agency's code, e.g. {@code XM-DAC}
   * @param number the organisation's number at that agency, e.g. {@code 41114}
   * @throws InvalidValueException if {@code agency-number} is not of the form of an IATI
   *     organisation identifier
   */
  public IatiOrganisationIdentifier {
    if (!FORM.matcher(agency + "-" + number).matches()) {
      throw new InvalidValueException(
          Violation.construction(
              "value.form",
              DataPath.root(),
              "not an IATI organisation identifier: '" + agency + "-" + number + "'"));
    }
  }

  /**
   * Reads text such as {@code XM-DAC-41114}. Never throws: text of another form, and null, give an
   * empty result.
   *
   * @param text the identifier as written, or null
   * @return the identifier, or empty when the text does not have its form
   */
  public static Optional<IatiOrganisationIdentifier> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = FORM.matcher(text);
    return matcher.matches()
        ? Optional.of(new IatiOrganisationIdentifier(matcher.group(1), matcher.group(2)))
        : Optional.empty();
  }

  /**
   * {@return the country part of the agency code, e.g. {@code GB} for {@code GB-COH}} It is {@code
   * XI} or {@code XM} for international agencies.
   */
  public String agencyCountry() {
    return agency.substring(0, 2);
  }

  /** {@return the identifier as written, {@code agency-number}, e.g. {@code XM-DAC-41114}} */
  @Override
  public String toString() {
    return agency + "-" + number;
  }
}
