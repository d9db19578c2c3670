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
 */
public record IatiOrganisationIdentifier(String agency, String number) {
  private static final Pattern FORM =
      Pattern.compile(
          "([A-Z]{2}(?:_[A-Z]{2})?-[A-Za-z0-9_]{2,})-(\\S*[A-Za-z0-9])", Pattern.DOTALL);

  /** Validates the parts; use {@link #parse} for text of unknown form. */
  public IatiOrganisationIdentifier {
    if (!FORM.matcher(agency + "-" + number).matches()) {
      throw new InvalidValueException(
          Violation.construction(
              "value.form",
              Path.root(),
              "not an IATI organisation identifier: '" + agency + "-" + number + "'"));
    }
  }

  /** Reads text such as {@code XM-DAC-41114}; empty when it does not have that form. */
  public static Optional<IatiOrganisationIdentifier> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = FORM.matcher(text);
    return matcher.matches()
        ? Optional.of(new IatiOrganisationIdentifier(matcher.group(1), matcher.group(2)))
        : Optional.empty();
  }

  /** The country part of the agency code, e.g. {@code GB} for {@code GB-COH}. */
  public String agencyCountry() {
    return agency.substring(0, 2);
  }

  @Override
  public String toString() {
    return agency + "-" + number;
  }
}
