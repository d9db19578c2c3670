package org.ksmodel.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.SectorCode;

class InstitutionTest {
  private static final InstitutionId APC = InstitutionId.of("CO-RUE-900484852");
  private static final InstitutionId DNP = InstitutionId.of("CO-RUE-899999011");
  private static final InstitutionId WORLD_BANK = InstitutionId.of("XM-DAC-44000");

  static Institution apc() {
    return Institution.builder()
        .id(APC)
        .name(LocalizedText.of("Presidential Agency of International Cooperation of Colombia"))
        .acronym("APC-Colombia")
        .country(CountryCode.of("CO"))
        .type(InstitutionType.NATIONAL_COOPERATION_AGENCY)
        .website("https://www.apccolombia.gov.co")
        .addSectors(SectorCode.of("15110"))
        .hubProfile(HubProfile.of(HubScope.NATIONAL, HubStance.DUAL))
        .ksBudget(KsBudget.ofShare(new BigDecimal("0.5")))
        .build();
  }

  @Test
  void buildsAMinimalInstitution() {
    Institution minimal =
        Institution.builder()
            .id(DNP)
            .name(LocalizedText.of("National Planning Department"))
            .country(CountryCode.of("CO"))
            .type(InstitutionType.PLANNING_OR_COORDINATION_BODY)
            .build();
    assertThat(minimal.isKnowledgeHub()).isFalse();
    assertThat(minimal.sectors()).isEmpty();
    assertThat(minimal.latestAssessment()).isEmpty();
    assertThat(minimal.averageMaturity()).isEmpty();
    assertThat(minimal.referencedInstitutions()).isEmpty();
  }

  @Test
  void keepsAMalformedWebsiteForTheValidator() {
    Institution messy = Institution.builder().from(apc()).website("www apc colombia").build();
    assertThat(messy.website()).contains("www apc colombia");
  }

  @Test
  void requiresIdNameCountryAndType() {
    assertThatThrownBy(() -> Institution.builder().build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("value.required");
              assertThat(e.path()).isEqualTo(DataPath.of("id"));
            });
  }

  @Test
  void rejectsBeingItsOwnParent() {
    assertThatThrownBy(() -> Institution.builder().from(apc()).parent(APC).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("institution.parent.self");
              assertThat(e.path()).isEqualTo(DataPath.of("parent"));
            });
  }

  @Test
  void rejectsAnIatiTypeOfAnotherVocabulary() {
    assertThatThrownBy(
            () ->
                Institution.builder()
                    .from(apc())
                    .iatiOrganisationType(Code.of("Sector", "10"))
                    .build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code())
                  .isEqualTo("institution.iatiOrganisationType.vocabulary");
              assertThat(e.path()).isEqualTo(DataPath.of("iatiOrganisationType"));
            });
  }

  @Test
  void keepsAnUnknownIatiTypeCode() {
    Code unknown = Code.of("OrganisationType", "99");
    Institution institution =
        Institution.builder().from(apc()).iatiOrganisationType(unknown).build();
    assertThat(institution.effectiveIatiOrganisationType()).contains(unknown);
  }

  @Test
  void effectiveIatiTypeFallsBackToTheType() {
    assertThat(apc().effectiveIatiOrganisationType()).contains(Code.of("OrganisationType", "10"));
  }

  @Test
  void nameCountryAndTypeMayBeLeftOut() {
    // Format 1.1: published data leaves them out; nothing is made up in their place.
    Institution bare = Institution.builder().id(InstitutionId.of("XM-DAC-41114")).build();
    assertThat(bare.name()).isEmpty();
    assertThat(bare.country()).isEmpty();
    assertThat(bare.type()).isEmpty();
    assertThat(bare.effectiveIatiOrganisationType()).isEmpty();
    assertThat(bare.displayName()).isEqualTo("XM-DAC-41114");
    Institution typedByIati =
        Institution.builder()
            .from(bare)
            .iatiOrganisationType(Code.of("OrganisationType", "40"))
            .build();
    assertThat(typedByIati.effectiveIatiOrganisationType())
        .contains(Code.of("OrganisationType", "40"));
    assertThat(apc().displayName()).isEqualTo(apc().name().orElseThrow().text());
  }

  @Test
  void isAKnowledgeHubWhenItHasAHubProfile() {
    assertThat(apc().isKnowledgeHub()).isTrue();
  }

  @Test
  void latestAssessmentIsTheMostRecentAndTheLastOfTheSameDay() {
    CapacityAssessment old = CapacityAssessmentTest.complete(LocalDate.of(2018, 1, 1), 1);
    CapacityAssessment recent = CapacityAssessmentTest.complete(LocalDate.of(2023, 1, 1), 3);
    CapacityAssessment sameDay =
        CapacityAssessment.builder().from(recent).assessor(AssessorType.EXTERNAL).build();
    Institution institution =
        Institution.builder().from(apc()).addCapacityAssessments(recent, old).build();
    assertThat(institution.latestAssessment()).contains(recent);
    assertThat(institution.averageMaturity()).contains(new BigDecimal("3.00"));
    assertThat(institution.assessmentsByDate()).containsExactly(old, recent);

    Institution twoOnOneDay =
        Institution.builder().from(institution).addCapacityAssessments(sameDay).build();
    assertThat(twoOnOneDay.latestAssessment()).contains(sameDay);
  }

  @Test
  void referencedInstitutionsAreTheParentAndTheAssessors() {
    CapacityAssessment external =
        CapacityAssessment.builder()
            .from(CapacityAssessmentTest.complete(LocalDate.of(2020, 5, 1), 2))
            .assessor(AssessorType.EXTERNAL)
            .assessorInstitution(WORLD_BANK)
            .build();
    Institution institution =
        Institution.builder().from(apc()).parent(DNP).addCapacityAssessments(external).build();
    assertThat(institution.referencedInstitutions()).containsExactly(DNP, WORLD_BANK);
  }

  @Test
  void roundTripsThroughTheBuilder() {
    assertThat(Institution.builder().from(apc()).build()).isEqualTo(apc());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(apc(), apc())
        .addEqualityGroup(Institution.builder().from(apc()).acronym("APC").build())
        .addEqualityGroup(Institution.builder().from(apc()).country(CountryCode.of("PE")).build())
        .addEqualityGroup(
            Institution.builder().from(apc()).type(InstitutionType.LINE_MINISTRY).build())
        .addEqualityGroup(
            Institution.builder().from(apc()).addSectors(SectorCode.of("15111")).build())
        .addEqualityGroup(Institution.builder().from(apc()).parent(DNP).build())
        .testEquals();
  }

  @Test
  void sectorsAreUnmodifiable() {
    assertThatThrownBy(() -> apc().sectors().add(SectorCode.of("11110")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Institution.class);
    new NullPointerTester().testAllPublicInstanceMethods(apc());
  }
}
