package org.ksmodel.institution;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.ksmodel.common.Code;

class InstitutionTypeTest {
  /** The codes of IATI's OrganisationType codelist (version 2.03). */
  private static final Set<String> IATI_CODES =
      Set.of(
          "10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80",
          "90");

  @Test
  void eachTypeMapsToTheExpectedIatiCode() {
    Map<InstitutionType, String> expected =
        Map.ofEntries(
            Map.entry(InstitutionType.NATIONAL_COOPERATION_AGENCY, "10"),
            Map.entry(InstitutionType.PLANNING_OR_COORDINATION_BODY, "10"),
            Map.entry(InstitutionType.LINE_MINISTRY, "10"),
            Map.entry(InstitutionType.SECTOR_AGENCY, "15"),
            Map.entry(InstitutionType.PUBLIC_PRIVATE_COMPANY, "30"),
            Map.entry(InstitutionType.DEVELOPMENT_BANK, "15"),
            Map.entry(InstitutionType.MULTILATERAL, "40"),
            Map.entry(InstitutionType.BILATERAL_AGENCY, "10"),
            Map.entry(InstitutionType.REGIONAL_NETWORK, "23"),
            Map.entry(InstitutionType.ACADEMIA_OR_THINK_TANK, "80"),
            Map.entry(InstitutionType.CIVIL_SOCIETY_ORGANISATION, "22"),
            Map.entry(InstitutionType.FOUNDATION, "60"),
            Map.entry(InstitutionType.PRIVATE_COMPANY, "70"),
            Map.entry(InstitutionType.SUBNATIONAL_GOVERNMENT, "11"),
            Map.entry(InstitutionType.OTHER, "90"));
    assertThat(InstitutionType.values()).hasSize(15);
    for (InstitutionType type : InstitutionType.values()) {
      assertThat(type.iatiCode()).as(type.name()).isEqualTo(expected.get(type));
    }
  }

  @ParameterizedTest
  @EnumSource(InstitutionType.class)
  void iatiCodeIsOnTheCodelistAndMapsBackToATypeWithTheSameCode(InstitutionType type) {
    assertThat(IATI_CODES).contains(type.iatiCode());
    assertThat(type.iatiOrganisationType()).isEqualTo(Code.of("OrganisationType", type.iatiCode()));
    assertThat(InstitutionType.fromIatiCode(type.iatiCode()))
        .hasValueSatisfying(back -> assertThat(back.iatiCode()).isEqualTo(type.iatiCode()));
  }

  @ParameterizedTest
  @CsvSource({
    "10, LINE_MINISTRY",
    "11, SUBNATIONAL_GOVERNMENT",
    "15, SECTOR_AGENCY",
    "21, CIVIL_SOCIETY_ORGANISATION",
    "22, CIVIL_SOCIETY_ORGANISATION",
    "23, REGIONAL_NETWORK",
    "24, CIVIL_SOCIETY_ORGANISATION",
    "30, PUBLIC_PRIVATE_COMPANY",
    "40, MULTILATERAL",
    "60, FOUNDATION",
    "70, PRIVATE_COMPANY",
    "71, PRIVATE_COMPANY",
    "72, PRIVATE_COMPANY",
    "73, PRIVATE_COMPANY",
    "80, ACADEMIA_OR_THINK_TANK",
    "90, OTHER"
  })
  void iatiCodeMapsToTheMostFittingType(String code, InstitutionType expected) {
    assertThat(InstitutionType.fromIatiCode(code)).contains(expected);
    assertThat(InstitutionType.fromIatiCode(Code.of("OrganisationType", code))).contains(expected);
  }

  @Test
  void unknownCodesHaveNoType() {
    assertThat(InstitutionType.fromIatiCode("99")).isEmpty();
    assertThat(InstitutionType.fromIatiCode("")).isEmpty();
    assertThat(InstitutionType.fromIatiCode(" 10")).isEmpty();
  }

  @Test
  void everyCodeOfTheCodelistHasAType() {
    for (String code : IATI_CODES) {
      assertThat(InstitutionType.fromIatiCode(code)).as(code).isPresent();
    }
  }

  @Test
  void codeOfAnotherVocabularyHasNoType() {
    assertThat(InstitutionType.fromIatiCode(Code.of("SomethingElse", "10")))
        .isEqualTo(Optional.empty());
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(InstitutionType.class);
  }
}
