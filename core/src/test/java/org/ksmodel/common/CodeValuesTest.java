package org.ksmodel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodeValuesTest {

  static Stream<Arguments> forms() {
    return Stream.of(
        Arguments.of(
            (Function<String, Object>) CountryCode::of,
            List.of("CO", "XK"),
            List.of("co", "COL", "C", "")),
        Arguments.of(
            (Function<String, Object>) CurrencyCode::of,
            List.of("USD", "XDR"),
            List.of("usd", "US", "US1")),
        Arguments.of(
            (Function<String, Object>) LanguageCode::of,
            List.of("en", "es"),
            List.of("EN", "eng", "e")),
        Arguments.of(
            (Function<String, Object>) SectorCode::of,
            List.of("15110", "151"),
            List.of("1511", "151100", "15a10")),
        Arguments.of(
            (Function<String, Object>) SdgTarget::of,
            List.of("17.9", "6.a", "1.1", "10.7"),
            List.of("18.1", "0.1", "17", "17.", "6.A", "17.09", "17.100")));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void acceptsWellFormedAndRejectsMalformedCodes(
      Function<String, Object> factory, List<String> good, List<String> bad) {
    for (String value : good) {
      assertThat(factory.apply(value)).hasToString(value);
    }
    for (String value : bad) {
      assertThatThrownBy(() -> factory.apply(value))
          .as(value)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.violation().code()).isEqualTo("value.form"));
    }
  }

  @Test
  void unknownButWellFormedCodesAreKept() {
    assertThat(CountryCode.of("QQ").value()).isEqualTo("QQ");
    assertThat(CurrencyCode.of("ABC").value()).isEqualTo("ABC");
    assertThat(SectorCode.of("99999").value()).isEqualTo("99999");
    assertThat(SdgTarget.of("17.99").value()).isEqualTo("17.99");
  }

  @Test
  void sectorCategories() {
    assertThat(SectorCode.of("15110").category()).isEqualTo(SectorCode.of("151"));
    assertThat(SectorCode.of("151").isCategory()).isTrue();
    assertThat(SectorCode.of("151").category()).isEqualTo(SectorCode.of("151"));
  }

  @Test
  void sdgTargetsKnowTheirGoalAndSortAsTheUnLists() {
    assertThat(SdgTarget.of("17.9").goal()).isEqualTo(17);
    assertThat(
            Stream.of("6.a", "6.10", "17.1", "6.2", "6.b", "1.1")
                .map(SdgTarget::of)
                .sorted()
                .map(SdgTarget::value))
        .containsExactly("1.1", "6.2", "6.10", "6.a", "6.b", "17.1");
  }

  @Test
  void openVocabularyCodes() {
    Code type = Code.of("OrganisationType", "10");
    assertThat(type).hasToString("OrganisationType:10");
    assertThatThrownBy(() -> Code.of("OrganisationType", " 10"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violation().code()).isEqualTo("value.whitespace"));
    assertThatThrownBy(() -> Code.of("", "10"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violation().code()).isEqualTo("value.blank"));
    new EqualsTester()
        .addEqualityGroup(type, Code.of("OrganisationType", "10"))
        .addEqualityGroup(Code.of("OrganisationType", "11"))
        .addEqualityGroup(Code.of("Other", "10"))
        .testEquals();
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(CountryCode.of("CO"), CountryCode.of("CO"))
        .addEqualityGroup(CountryCode.of("MX"))
        .addEqualityGroup(CurrencyCode.of("COP"))
        .testEquals();
    NullPointerTester tester = new NullPointerTester();
    for (Class<?> type :
        List.of(
            CountryCode.class,
            CurrencyCode.class,
            LanguageCode.class,
            SectorCode.class,
            SdgTarget.class,
            Code.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }
}
