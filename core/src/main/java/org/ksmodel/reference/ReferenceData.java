package org.ksmodel.reference;

import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.SdgTarget;

/**
 * The code lists bundled with ksmodel, converted from the IATI Standard's codelists (CC BY 4.0,
 * credited in {@code META-INF/NOTICE}).
 *
 * <p>Whether a country counts as developing (the South) is a separate, pluggable question: see
 * {@link CountryClassification}, which also gives a country's category on the DAC List of ODA
 * Recipients.
 *
 * <p>Each list is loaded on first use, once, whichever thread asks first, and only the lists used
 * are loaded; calling an accessor again returns the same instance, from any thread. The lists are
 * immutable and safe to share across threads.
 */
public final class ReferenceData {
  /** The vocabulary of the {@link Code}s in {@link #organisationTypes()}. */
  public static final String ORGANISATION_TYPE_VOCABULARY = "OrganisationType";

  /**
   * The vocabulary of the {@link Code}s in {@link #regions()}: IATI's Region codelist (the OECD DAC
   * regions, IATI region vocabulary 1).
   */
  public static final String REGION_VOCABULARY = "Region";

  private ReferenceData() {}

  /**
   * {@return the countries: ISO 3166-1 alpha-2, plus {@code XK} (Kosovo), a user-assigned code that
   * IATI uses}
   */
  public static Codelist<CountryCode> countries() {
    return Countries.LIST;
  }

  /** {@return the currencies: ISO 4217 alphabetic codes} */
  public static Codelist<CurrencyCode> currencies() {
    return Currencies.LIST;
  }

  /**
   * {@return the OECD DAC sectors: five-digit purpose codes and three-digit categories, in one
   * list}
   */
  public static SectorCodelist sectors() {
    return Sectors.LIST;
  }

  /**
   * {@return the 17 Sustainable Development Goals, by number (1 to 17), with their titles as names}
   */
  public static Codelist<Integer> sdgGoals() {
    return SdgGoals.LIST;
  }

  /**
   * {@return the 169 SDG targets, {@code 1.1} to {@code 17.19}, lettered ones such as {@code 6.a}
   * included}
   */
  public static Codelist<SdgTarget> sdgTargets() {
    return SdgTargets.LIST;
  }

  /** {@return the languages: ISO 639-1 two-letter codes} */
  public static Codelist<LanguageCode> languages() {
    return Languages.LIST;
  }

  /**
   * {@return the IATI organisation types ({@code 10} Government, {@code 21} International NGO,
   * {@code 40} Multilateral, ...), as codes of the vocabulary {@value
   * #ORGANISATION_TYPE_VOCABULARY}}
   */
  public static Codelist<Code> organisationTypes() {
    return OrganisationTypes.LIST;
  }

  /**
   * {@return the OECD DAC regions of IATI's Region codelist ({@code 289} South of Sahara, regional,
   * {@code 998} Developing countries, unspecified, ...), as codes of the vocabulary {@value
   * #REGION_VOCABULARY}}
   */
  public static Codelist<Code> regions() {
    return Regions.LIST;
  }

  /**
   * {@return the IATI organisation registration agencies: the prefixes of organisation identifiers,
   * such as {@code XM-DAC}}
   */
  public static RegistrationAgencyCodelist registrationAgencies() {
    return RegistrationAgencies.LIST;
  }

  // One holder class per list: the JVM initialises each on first use, exactly once and safely
  // published to every thread, so a caller pays only for the lists it touches.

  private static final class Countries {
    static final Codelist<CountryCode> LIST =
        Codelist.load("IATI Country", "countries.tsv", CountryCode::of);
  }

  private static final class Currencies {
    static final Codelist<CurrencyCode> LIST =
        Codelist.load("IATI Currency", "currencies.tsv", CurrencyCode::of);
  }

  private static final class Sectors {
    static final SectorCodelist LIST = SectorCodelist.load("sectors.tsv");
  }

  private static final class SdgGoals {
    static final Codelist<Integer> LIST =
        Codelist.load("IATI UNSDG-Goals", "sdg-goals.tsv", Integer::valueOf);
  }

  private static final class SdgTargets {
    static final Codelist<SdgTarget> LIST =
        Codelist.load("IATI UNSDG-Targets", "sdg-targets.tsv", SdgTarget::of);
  }

  private static final class Languages {
    static final Codelist<LanguageCode> LIST =
        Codelist.load("IATI Language", "languages.tsv", LanguageCode::of);
  }

  private static final class OrganisationTypes {
    static final Codelist<Code> LIST =
        Codelist.load(
            "IATI OrganisationType",
            "organisation-types.tsv",
            code -> Code.of(ORGANISATION_TYPE_VOCABULARY, code));
  }

  private static final class Regions {
    static final Codelist<Code> LIST =
        Codelist.load("IATI Region", "regions.tsv", code -> Code.of(REGION_VOCABULARY, code));
  }

  private static final class RegistrationAgencies {
    static final RegistrationAgencyCodelist LIST =
        RegistrationAgencyCodelist.load("registration-agencies.tsv");
  }
}
