package org.ksmodel.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.PartnershipId;

class AdoptionTest {
  private static final CountryCode PERU = CountryCode.of("PE");

  static Adoption inPeru() {
    return Adoption.builder()
        .country(PERU)
        .institution(InstitutionId.of("PE-RUC-20504915523"))
        .partnership(PartnershipId.of("P-2019-017"))
        .year(2019)
        .build();
  }

  @ParameterizedTest
  @ValueSource(ints = {1900, 1950, 2024, 2100})
  void acceptsAYearThatMakesSense(int year) {
    assertThat(Adoption.of(PERU, Year.of(year)).year()).isEqualTo(Year.of(year));
  }

  @ParameterizedTest
  @ValueSource(ints = {1899, 0, -5, 2101, 20019})
  void rejectsAMeaninglessYear(int year) {
    assertThatThrownBy(() -> Adoption.of(PERU, Year.of(year)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("solution.adoption.year");
              assertThat(e.path()).isEqualTo(DataPath.of("year"));
            });
  }

  @Test
  void requiresACountryAndAYear() {
    assertThatThrownBy(() -> Adoption.builder().year(2019).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("value.required");
              assertThat(e.path()).isEqualTo(DataPath.of("country"));
            });
  }

  @Test
  void roundTripsThroughTheBuilder() {
    assertThat(Adoption.builder().from(inPeru()).build()).isEqualTo(inPeru());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(inPeru(), inPeru())
        .addEqualityGroup(Adoption.of(PERU, Year.of(2019)))
        .addEqualityGroup(Adoption.builder().from(inPeru()).year(2020).build())
        .addEqualityGroup(Adoption.builder().from(inPeru()).country(CountryCode.of("BO")).build())
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester()
        .setDefault(Year.class, Year.of(2019))
        .setDefault(CountryCode.class, PERU)
        .testAllPublicStaticMethods(Adoption.class);
  }
}
