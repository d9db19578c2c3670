package org.ksmodel.institution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.testkit.CommonGen;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.InstitutionGen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.Rng;

/** Properties of generated institutions: the values behave, and the generators keep the rules. */
class InstitutionPropertiesTest {
  private static final InstitutionId ID = InstitutionId.of("XM-DAC-12345");
  private static final CountryCode COUNTRY = CountryCode.of("ID");
  private static final List<InstitutionId> OTHERS =
      List.of(InstitutionId.of("XM-DAC-41114"), InstitutionId.of("XM-DAC-44000"));

  @Test
  void copiesAreEqualWithTheSameHash() {
    Property.forAll(
        "institution copies",
        InstitutionGen.any(),
        institution -> {
          Institution copy = Institution.builder().from(institution).build();
          assertThat(copy).isEqualTo(institution).hasSameHashCodeAs(institution);
          assertThat(copy.toString()).isEqualTo(institution.toString());
        });
  }

  @Test
  void partsRoundTripThroughTheirBuilders() {
    Property.forAll(
        "hub profile copies",
        InstitutionGen.hubProfile(),
        profile -> assertThat(HubProfile.builder().from(profile).build()).isEqualTo(profile));
    Property.forAll(
        "ks budget copies",
        InstitutionGen.ksBudget(),
        budget -> {
          KsBudget copy = KsBudget.builder().from(budget).build();
          assertThat(copy).isEqualTo(budget).hasSameHashCodeAs(budget);
        });
    Property.forAll(
        "capacity assessment copies",
        InstitutionGen.capacityAssessment(OTHERS),
        assessment ->
            assertThat(CapacityAssessment.builder().from(assessment).build())
                .isEqualTo(assessment));
  }

  @Test
  void generatedInstitutionsKeepTheInstitutionRules() {
    Gen<Institution> all =
        rng ->
            rng.chance(0.5)
                ? InstitutionGen.any().next(rng)
                : InstitutionGen.hub(ID, COUNTRY, OTHERS).next(rng);
    Property.forAll("institution rules", all, InstitutionPropertiesTest::keepsTheRules);
  }

  static void keepsTheRules(Institution institution) {
    institution
        .country()
        .ifPresent(
            country ->
                assertThat(CommonGen.SOUTH.contains(country) || CommonGen.NORTH.contains(country))
                    .isTrue());
    assertThat(CommonGen.SECTORS).containsAll(institution.sectors());
    assertThat(institution.sectors()).doesNotHaveDuplicates();
    institution
        .hubProfile()
        .filter(profile -> profile.scope() == HubScope.THEMATIC)
        .ifPresent(profile -> assertThat(institution.sectors()).isNotEmpty());
    for (CapacityAssessment assessment : institution.capacityAssessments()) {
      assertThat(assessment.isComplete()).isTrue();
      assertThat(assessment.date()).isBefore(InstitutionGen.ASSESSED_BEFORE);
      if (assessment.assessor() == AssessorType.SELF) {
        assertThat(assessment.assessorInstitution()).isEmpty();
      }
      assertThat(assessment.assessorInstitution().filter(institution.id()::equals)).isEmpty();
    }
    institution
        .ksBudget()
        .flatMap(KsBudget::sharePercent)
        .ifPresent(share -> assertThat(share).isBetween(BigDecimal.ZERO, new BigDecimal(100)));
    institution
        .iatiOrganisationType()
        .ifPresent(
            code ->
                institution
                    .type()
                    .ifPresent(
                        type ->
                            assertThat(
                                    InstitutionType.fromIatiCode(code)
                                        .map(InstitutionType::iatiCode))
                                .contains(type.iatiCode())));
    assertThat(institution.parent().filter(institution.id()::equals)).isEmpty();
  }

  @Test
  void institutionForAGivenIdUsesItAndLinksOnlyToTheOthers() {
    Property.forAll(
        "institution with given id",
        InstitutionGen.institution(ID, COUNTRY, OTHERS),
        institution -> {
          assertThat(institution.id()).isEqualTo(ID);
          assertThat(institution.country()).contains(COUNTRY);
          assertThat(institution.parent()).isEmpty();
          assertThat(OTHERS).containsAll(institution.referencedInstitutions());
          keepsTheRules(institution);
        });
    Property.forAll(
        "institution without others",
        InstitutionGen.institution(ID, COUNTRY),
        institution -> assertThat(institution.referencedInstitutions()).isEmpty());
  }

  @Test
  void hubsAreKnowledgeHubs() {
    Property.forAll(
        "hubs",
        InstitutionGen.hub(ID, COUNTRY, OTHERS),
        institution -> assertThat(institution.isKnowledgeHub()).isTrue());
  }

  @Test
  void generatorsCoverTheVariants() {
    Gen<List<Institution>> batch = InstitutionGen.any().list(500, 500);
    List<Institution> institutions = batch.next(Rng.seeded(42));
    assertThat(institutions).anyMatch(Institution::isKnowledgeHub);
    assertThat(institutions).anyMatch(i -> !i.isKnowledgeHub());
    assertThat(institutions).anyMatch(i -> i.parent().isPresent());
    assertThat(institutions).anyMatch(i -> i.iatiOrganisationType().isPresent());
    assertThat(institutions).anyMatch(i -> i.ksBudget().isPresent());
    assertThat(institutions)
        .anyMatch(i -> i.hubProfile().map(p -> p.scope() == HubScope.THEMATIC).orElse(false));
    assertThat(institutions).anyMatch(i -> i.capacityAssessments().size() > 1);
    assertThat(institutions)
        .anyMatch(
            i ->
                i.capacityAssessments().stream()
                    .anyMatch(a -> a.assessorInstitution().isPresent()));
  }

  @Test
  void queriesAgreeWithTheData() {
    Property.forAll(
        "institution queries",
        InstitutionGen.any(),
        institution -> {
          assertThat(institution.isKnowledgeHub()).isEqualTo(institution.hubProfile().isPresent());
          institution
              .latestAssessment()
              .ifPresentOrElse(
                  latest ->
                      assertThat(institution.capacityAssessments())
                          .allMatch(a -> !a.date().isAfter(latest.date())),
                  () -> assertThat(institution.capacityAssessments()).isEmpty());
          institution
              .averageMaturity()
              .ifPresent(
                  average -> assertThat(average).isBetween(BigDecimal.ONE, new BigDecimal(4)));
          assertThat(institution.assessmentsByDate())
              .containsExactlyInAnyOrderElementsOf(institution.capacityAssessments());
        });
  }
}
