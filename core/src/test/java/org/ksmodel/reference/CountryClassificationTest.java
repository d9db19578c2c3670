package org.ksmodel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.testkit.CommonGen;
import org.ksmodel.testkit.Property;

class CountryClassificationTest {
  private static final CountryClassification DAC = CountryClassification.dacOdaRecipients();
  private static final CountryClassification M49 = CountryClassification.unM49Developing2020();

  private static final CountryCode COLOMBIA = CountryCode.of("CO");
  private static final CountryCode KOREA = CountryCode.of("KR");
  private static final CountryCode UKRAINE = CountryCode.of("UA");
  private static final CountryCode KOSOVO = CountryCode.of("XK");

  @Test
  void dacListGivesCategories() {
    assertThat(DAC.odaCategory(COLOMBIA)).hasValue(OdaRecipientCategory.UMIC);
    assertThat(DAC.isDeveloping(COLOMBIA)).isTrue();
    assertThat(DAC.odaCategory(CountryCode.of("AF"))).hasValue(OdaRecipientCategory.LDC);
    assertThat(DAC.odaCategory(CountryCode.of("BO"))).hasValue(OdaRecipientCategory.LMIC);
    assertThat(DAC.odaCategory(KOSOVO)).isPresent();
  }

  @Test
  void koreaIsNotAnOdaRecipient() {
    assertThat(DAC.isDeveloping(KOREA)).isFalse();
    assertThat(DAC.odaCategory(KOREA)).isEmpty();
  }

  @Test
  void everyCategoryIsUsed() {
    for (OdaRecipientCategory category : OdaRecipientCategory.values()) {
      assertThat(ReferenceData.countries().codes())
          .as(category.dacName())
          .anyMatch(country -> DAC.odaCategory(country).equals(java.util.Optional.of(category)));
    }
  }

  @Test
  void unknownCountriesAreNotDeveloping() {
    CountryCode unknown = CountryCode.of("QQ");
    assertThat(DAC.isDeveloping(unknown)).isFalse();
    assertThat(DAC.odaCategory(unknown)).isEmpty();
    assertThat(M49.isDeveloping(unknown)).isFalse();
    assertThat(M49.odaCategory(unknown)).isEmpty();
  }

  @Test
  void dacAndM49Disagree() {
    // Korea was "developing" for the UN's M49 in 2020 but is a DAC member, not a recipient.
    assertThat(M49.isDeveloping(KOREA)).isTrue();
    assertThat(DAC.isDeveloping(KOREA)).isFalse();
    // Ukraine is an ODA recipient (LMIC) but M49 counted Europe as developed.
    assertThat(DAC.isDeveloping(UKRAINE)).isTrue();
    assertThat(M49.isDeveloping(UKRAINE)).isFalse();
    // Kosovo is on the DAC list but has no M49 code.
    assertThat(DAC.isDeveloping(KOSOVO)).isTrue();
    assertThat(M49.isDeveloping(KOSOVO)).isFalse();
    assertThat(M49.isDeveloping(COLOMBIA)).isTrue();
  }

  @Test
  void theGeneratorKitSplitsSouthAndNorthAsTheDacListDoes() {
    CommonGen.SOUTH.forEach(c -> assertThat(DAC.isDeveloping(c)).as("%s is South", c).isTrue());
    CommonGen.NORTH.forEach(c -> assertThat(DAC.isDeveloping(c)).as("%s is North", c).isFalse());
    Property.forAll(
        "a generated country is developing exactly when it is in SOUTH",
        CommonGen.country(),
        c -> assertThat(DAC.isDeveloping(c)).isEqualTo(CommonGen.SOUTH.contains(c)));
  }

  @Test
  void integratorsSubstituteTheirOwn() {
    CountryClassification hubPolicy =
        CountryClassification.of("our hub's partner countries", Set.of(KOREA, COLOMBIA));
    assertThat(hubPolicy.isDeveloping(KOREA)).isTrue();
    assertThat(hubPolicy.isDeveloping(UKRAINE)).isFalse();
    assertThat(hubPolicy.odaCategory(COLOMBIA)).isEmpty();
    assertThat(hubPolicy.description()).isEqualTo("our hub's partner countries");

    CountryClassification lambda = country -> country.value().startsWith("C");
    assertThat(lambda.isDeveloping(COLOMBIA)).isTrue();
    assertThat(lambda.isDeveloping(KOREA)).isFalse();
    assertThat(lambda.description()).isNotBlank();

    assertThat(CountryClassification.of(Set.of(UKRAINE)).isDeveloping(UKRAINE)).isTrue();
  }

  @Test
  void describesItsBasis() {
    assertThat(DAC.description()).contains("ODA Recipients");
    assertThat(M49.description()).contains("M49");
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(CountryClassification.class);
    tester.testAllPublicInstanceMethods(DAC);
    tester.testAllPublicInstanceMethods(M49);
    tester.testAllPublicInstanceMethods(CountryClassification.of(Set.of(KOREA)));
  }
}
