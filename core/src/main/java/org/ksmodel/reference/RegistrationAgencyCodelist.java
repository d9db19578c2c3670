package org.ksmodel.reference;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ksmodel.common.IatiOrganisationIdentifier;

/**
 * IATI's list of organisation registration agencies: the prefixes of IATI organisation identifiers
 * ({@code XM-DAC} for the OECD DAC's list of donors and agencies, {@code GB-COH} for Companies
 * House, ...), with the agency's name.
 *
 * <p>Instances are immutable and safe to share across threads.
 */
public final class RegistrationAgencyCodelist extends Codelist<String> {
  /** No agency code is longer, so no longer prefix needs a look-up, however long the text. */
  private final int longestCode;

  private RegistrationAgencyCodelist(Map<String, Entry> entries) {
    super("IATI OrganisationRegistrationAgency", entries);
    this.longestCode = entries.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  static RegistrationAgencyCodelist load(String resource) {
    return new RegistrationAgencyCodelist(
        Codelist.entries(resource, Tsv.read(resource, Tsv.CODE_NAME_STATUS), agency -> agency));
  }

  /**
   * Tells whether an identifier's agency is known.
   *
   * @param identifier the identifier
   * @return whether its agency is on the list, withdrawn agencies included
   */
  public boolean isKnownAgency(IatiOrganisationIdentifier identifier) {
    return contains(identifier.agency());
  }

  /**
   * The known agency an identifier starts with, e.g. {@code XM-DAC} for {@code XM-DAC-41114}: the
   * longest agency code on the list that is followed by a hyphen and at least one more character.
   * Works on raw text, so it also finds agencies whose codes hold an underscore ({@code
   * CA_AB-ABT}). Withdrawn agencies count as known.
   *
   * @param identifier the identifier as written, of any form
   * @return the longest known agency code the identifier starts with, or empty when none matches
   */
  public Optional<String> agencyOf(String identifier) {
    Objects.requireNonNull(identifier, "identifier");
    Optional<String> found = Optional.empty();
    for (int dash = identifier.indexOf('-');
        dash >= 0 && dash <= longestCode && dash < identifier.length() - 1;
        dash = identifier.indexOf('-', dash + 1)) {
      String prefix = identifier.substring(0, dash);
      if (contains(prefix)) {
        found = Optional.of(prefix);
      }
    }
    return found;
  }
}
