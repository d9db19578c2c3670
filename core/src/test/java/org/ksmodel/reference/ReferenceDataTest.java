package org.ksmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.IatiOrganisationIdentifier;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.testkit.CommonGen;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.Property;

class ReferenceDataTest {
  @Test
  void countries() {
    Codelist<CountryCode> countries = ReferenceData.countries();
    for (String code : new String[] {"XK", "CO", "KR", "ID"}) {
      assertThat(countries.contains(CountryCode.of(code))).as(code).isTrue();
      assertThat(countries.isWithdrawn(CountryCode.of(code))).as(code).isFalse();
    }
    assertThat(countries.name(CountryCode.of("CO"))).hasValue("Colombia");
    assertThat(countries.name(CountryCode.of("XK"))).hasValue("Kosovo");
    assertThat(countries.size()).isGreaterThan(240);
  }

  @Test
  void withdrawnCodesAreKeptAndMarked() {
    assertThat(ReferenceData.countries().contains(CountryCode.of("AN"))).isTrue();
    assertThat(ReferenceData.countries().isWithdrawn(CountryCode.of("AN"))).isTrue();
    assertThat(ReferenceData.currencies().isWithdrawn(CurrencyCode.of("VEF"))).isTrue();
    assertThat(ReferenceData.sectors().isWithdrawn(SectorCode.of("230"))).isTrue();
    assertThat(ReferenceData.registrationAgencies().isWithdrawn("GB-GOVUK")).isTrue();
  }

  @Test
  void currencies() {
    Codelist<CurrencyCode> currencies = ReferenceData.currencies();
    assertThat(currencies.contains(CurrencyCode.of("USD"))).isTrue();
    assertThat(currencies.contains(CurrencyCode.of("EUR"))).isTrue();
    assertThat(currencies.name(CurrencyCode.of("USD"))).hasValue("US Dollar");
    assertThat(currencies.contains(CurrencyCode.of("XYZ"))).isFalse();
  }

  @Test
  void sectorsAndTheirCategories() {
    SectorCodelist sectors = ReferenceData.sectors();
    SectorCode publicSector = SectorCode.of("15110");
    SectorCode government = SectorCode.of("151");

    assertThat(sectors.contains(publicSector)).isTrue();
    assertThat(sectors.contains(government)).isTrue();
    assertThat(sectors.name(publicSector))
        .hasValue("Public sector policy and administrative management");
    assertThat(sectors.category(publicSector)).hasValue(government);
    assertThat(sectors.category(government)).hasValue(government);
    assertThat(sectors.categoryName(publicSector)).hasValue("Government & Civil Society-general");
    assertThat(sectors.categories()).contains(government).doesNotContain(publicSector);
    assertThat(sectors.categories()).allMatch(SectorCode::isCategory).hasSizeGreaterThan(40);
  }

  @Test
  void everyPurposeCodeHasAKnownCategory() {
    SectorCodelist sectors = ReferenceData.sectors();
    for (SectorCode code : sectors.codes()) {
      assertThat(sectors.category(code)).as(code.value()).hasValueSatisfying(sectors::contains);
    }
  }

  @Test
  void sdgGoalsAndTargets() {
    assertThat(ReferenceData.sdgGoals().size()).isEqualTo(17);
    assertThat(ReferenceData.sdgGoals().name(17).orElseThrow())
        .startsWith("Strengthen the means of implementation");
    assertThat(ReferenceData.sdgGoals().contains(18)).isFalse();

    Codelist<SdgTarget> targets = ReferenceData.sdgTargets();
    assertThat(targets.size()).isEqualTo(169);
    assertThat(targets.contains(SdgTarget.of("17.9"))).isTrue();
    assertThat(targets.contains(SdgTarget.of("6.a"))).isTrue();
    assertThat(targets.contains(SdgTarget.of("17.99"))).isFalse();
    assertThat(targets.name(SdgTarget.of("17.9")).orElseThrow()).contains("capacity-building");
    assertThat(targets.codes()).first().isEqualTo(SdgTarget.of("1.1"));
    assertThat(targets.codes()).last().isEqualTo(SdgTarget.of("17.19"));
  }

  @Test
  void languages() {
    assertThat(ReferenceData.languages().contains(LanguageCode.of("en"))).isTrue();
    assertThat(ReferenceData.languages().contains(LanguageCode.of("es"))).isTrue();
    assertThat(ReferenceData.languages().name(LanguageCode.of("es")))
        .hasValue("Spanish; Castilian");
    assertThat(ReferenceData.languages().contains(LanguageCode.of("qq"))).isFalse();
  }

  @Test
  void regions() {
    Code southOfSahara = Code.of(ReferenceData.REGION_VOCABULARY, "289");
    assertThat(ReferenceData.regions().contains(southOfSahara)).isTrue();
    assertThat(ReferenceData.regions().name(southOfSahara)).hasValue("South of Sahara, regional");
    assertThat(ReferenceData.regions().contains(Code.of(ReferenceData.REGION_VOCABULARY, "1")))
        .isFalse();
    assertThat(ReferenceData.regions().contains(Code.of("UN-M49", "289"))).isFalse();
  }

  @Test
  void organisationTypes() {
    Code government = Code.of(ReferenceData.ORGANISATION_TYPE_VOCABULARY, "10");
    assertThat(ReferenceData.organisationTypes().contains(government)).isTrue();
    assertThat(ReferenceData.organisationTypes().name(government)).hasValue("Government");
    assertThat(ReferenceData.organisationTypes().contains(Code.of("OrganisationRole", "10")))
        .as("same code, other vocabulary")
        .isFalse();
  }

  @Test
  void registrationAgencies() {
    RegistrationAgencyCodelist agencies = ReferenceData.registrationAgencies();
    assertThat(agencies.contains("XM-DAC")).isTrue();
    assertThat(agencies.isKnownAgency(IatiOrganisationIdentifier.parse("XM-DAC-41114").get()))
        .isTrue();
    assertThat(agencies.isKnownAgency(new IatiOrganisationIdentifier("ZZ-NOPE", "1"))).isFalse();
    assertThat(agencies.agencyOf("XM-DAC-41114")).hasValue("XM-DAC");
    assertThat(agencies.agencyOf("CA_AB-ABT-2012345")).hasValue("CA_AB-ABT");
    assertThat(agencies.agencyOf("XM-DAC-")).isEmpty();
    assertThat(agencies.agencyOf("XM-DAC")).isEmpty();
    assertThat(agencies.agencyOf("ZZ-NOPE-1")).isEmpty();
    assertThat(agencies.agencyOf("")).isEmpty();
    // Only prefixes up to the longest agency code are looked up, so a hostile ref stays linear.
    assertThat(agencies.agencyOf("XM-DAC-" + "-".repeat(200_000) + "1")).hasValue("XM-DAC");
    assertThat(agencies.agencyOf("-".repeat(200_000))).isEmpty();
  }

  @Test
  void unknownWellFormedCodesAnswerFalseOrEmpty() {
    CountryCode unknown = CountryCode.of("QQ");
    assertThat(ReferenceData.countries().contains(unknown)).isFalse();
    assertThat(ReferenceData.countries().name(unknown)).isEmpty();
    assertThat(ReferenceData.countries().isWithdrawn(unknown)).isFalse();
    assertThat(ReferenceData.sectors().contains(SectorCode.of("99999"))).isFalse();
    assertThat(ReferenceData.sectors().category(SectorCode.of("99999"))).isEmpty();
    assertThat(ReferenceData.sectors().categoryName(SectorCode.of("999"))).isEmpty();
    assertThat(ReferenceData.sdgGoals().name(0)).isEmpty();
    assertThat(ReferenceData.organisationTypes().name(Code.of("OrganisationType", "99"))).isEmpty();
  }

  @Test
  void anyWellFormedCountryCodeIsAnsweredConsistently() {
    Gen<CountryCode> twoLetters =
        rng -> CountryCode.of("" + (char) ('A' + rng.nextInt(26)) + (char) ('A' + rng.nextInt(26)));
    Codelist<CountryCode> countries = ReferenceData.countries();
    Property.forAll(
        "known codes have a name, unknown ones nothing",
        twoLetters,
        code -> {
          assertThat(countries.name(code).isPresent()).isEqualTo(countries.contains(code));
          assertThat(countries.codes().contains(code)).isEqualTo(countries.contains(code));
          if (!countries.contains(code)) {
            assertThat(countries.isWithdrawn(code)).isFalse();
          }
        });
  }

  @Test
  void codesAreSortedAndUnmodifiable() {
    assertThat(ReferenceData.countries().codes()).isSorted();
    assertThat(ReferenceData.sectors().codes()).isSorted();
    assertThat(ReferenceData.sdgGoals().codes()).isSorted().startsWith(1, 2, 3);
    assertThat(ReferenceData.countries().codes()).hasSize(ReferenceData.countries().size());
    assertThatThrownBy(() -> ReferenceData.countries().codes().add(CountryCode.of("QQ")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theGeneratorKitUsesOnlyActiveCodes() {
    CommonGen.CURRENCIES.forEach(c -> assertActive(ReferenceData.currencies(), c));
    CommonGen.SECTORS.forEach(c -> assertActive(ReferenceData.sectors(), c));
    CommonGen.SDG_TARGETS.forEach(c -> assertActive(ReferenceData.sdgTargets(), c));
    CommonGen.LANGUAGES.forEach(c -> assertActive(ReferenceData.languages(), c));
    CommonGen.SOUTH.forEach(c -> assertActive(ReferenceData.countries(), c));
    CommonGen.NORTH.forEach(c -> assertActive(ReferenceData.countries(), c));
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicInstanceMethods(ReferenceData.countries());
    tester.testAllPublicInstanceMethods(ReferenceData.sectors());
    tester.testAllPublicInstanceMethods(ReferenceData.registrationAgencies());
  }

  @Test
  void toStringNamesTheList() {
    assertThat(ReferenceData.countries()).hasToString("Codelist[IATI Country, 251 codes]");
  }

  private static <K extends Comparable<? super K>> void assertActive(Codelist<K> list, K code) {
    assertThat(list.contains(code)).as("%s on %s", code, list).isTrue();
    assertThat(list.isWithdrawn(code)).as("%s withdrawn", code).isFalse();
  }
}
