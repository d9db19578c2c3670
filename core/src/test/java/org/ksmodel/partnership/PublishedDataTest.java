package org.ksmodel.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.testkit.Invariants.assertInvalid;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;

/** What model 1.1 keeps of published (IATI) data: participations as published, sites, links. */
class PublishedDataTest {
  private static final InstitutionId ABC = InstitutionId.of("BR-ABC");

  @Test
  void aParticipationMayHaveIatiRolesAlone() {
    Participation p = Participation.ofIati(ABC, "1", "4", "1");
    assertThat(p.roles()).isEmpty();
    assertThat(p.iatiRoles())
        .containsExactly(
            Code.of(Participation.IATI_ROLE_VOCABULARY, "1"),
            Code.of(Participation.IATI_ROLE_VOCABULARY, "4"));
    assertThat(p.hasIatiRole("4")).isTrue();
    assertThat(p.hasIatiRole("2")).isFalse();
    assertThat(p.has(Role.FUNDER)).isFalse();
  }

  @Test
  void anIatiRoleOfAnotherVocabularyIsNotAnOrganisationRole() {
    Participation p =
        Participation.builder().institution(ABC).addIatiRoles(Code.of("Other", "1")).build();
    assertThat(p.hasIatiRole("1")).isFalse();
  }

  @Test
  void aParticipationWithNeitherKsNorIatiRoleIsMeaningless() {
    assertInvalid(
        () ->
            Participation.builder().institution(ABC).publishedName(LocalizedText.of("ABC")).build(),
        "participation.roles.empty",
        "/roles");
  }

  @Test
  void anInferredRoleIsHeld() {
    Participation p =
        Participation.builder()
            .institution(ABC)
            .addRoles(Role.FUNDER)
            .addInferredRoles(Role.PROVIDER)
            .build();
    assertThat(p.roles()).containsExactly(Role.PROVIDER, Role.FUNDER);
    assertThat(p.inferredRoles()).containsExactly(Role.PROVIDER);
    assertThat(p.hasPublished(Role.FUNDER)).isTrue();
    assertThat(p.hasPublished(Role.PROVIDER)).isFalse();
    assertThat(p.has(Role.PROVIDER)).isTrue();
    assertThat(p)
        .isEqualTo(
            Participation.builder()
                .institution(ABC)
                .addRoles(Role.FUNDER, Role.PROVIDER)
                .addInferredRoles(Role.PROVIDER)
                .build());
    assertThat(Participation.builder().from(p).build()).isEqualTo(p);
  }

  @Test
  void inferredRolesAloneMakeAParticipation() {
    Participation p =
        Participation.builder().institution(ABC).addInferredRoles(Role.RECIPIENT).build();
    assertThat(p.roles()).containsExactly(Role.RECIPIENT);
    assertThat(p.hasPublished(Role.RECIPIENT)).isFalse();
  }

  @Test
  void publishedFactsOfAParticipationAreKept() {
    Participation p =
        Participation.builder()
            .institution(ABC)
            .addIatiRoles(Code.of(Participation.IATI_ROLE_VOCABULARY, "3"))
            .publishedName(LocalizedText.of("Agência Brasileira de Cooperação"))
            .publishedType(Code.of("OrganisationType", "10"))
            .activityId("BR-ABC-2023-01")
            .crsChannelCode("11000")
            .build();
    assertThat(p.publishedName()).contains(LocalizedText.of("Agência Brasileira de Cooperação"));
    assertThat(p.publishedType()).contains(Code.of("OrganisationType", "10"));
    assertThat(p.activityId()).contains("BR-ABC-2023-01");
    assertThat(p.crsChannelCode()).contains("11000");
  }

  @Test
  void aPartnershipHasNoPublishedDataByDefault() {
    Partnership p =
        Partnership.builder()
            .id(PartnershipId.of("P-1"))
            .title(LocalizedText.of("t"))
            .modality(Modality.SOUTH_SOUTH)
            .form(PartnershipForm.PROJECT)
            .status(PartnershipStatus.PLANNED)
            .build();
    assertThat(p.modalityInferred()).isFalse();
    assertThat(p.secondaryReporter()).isFalse();
    assertThat(p.reportingInstitution()).isEmpty();
    assertThat(p.otherIdentifiers()).isEmpty();
    assertThat(p.relatedPartnerships()).isEmpty();
    assertThat(p.documentLinks()).isEmpty();
    assertThat(p.locations()).isEmpty();
    assertThat(p.contacts()).isEmpty();
    Partnership inferred = Partnership.builder().from(p).modalityInferred(true).build();
    assertThat(inferred.modalityInferred()).isTrue();
    assertThat(inferred).isNotEqualTo(p);
  }

  @Test
  void relatedPartnershipsAndOtherIdentifiersCarryTheirVocabulary() {
    RelatedPartnership sibling = RelatedPartnership.of(PartnershipId.of("XM-DAC-41114-1"), "3");
    assertThat(sibling.type()).isEqualTo(Code.of("RelatedActivityType", "3"));
    OtherIdentifier other = OtherIdentifier.of("CRS-2023-77", "A1");
    assertThat(other.type()).isEqualTo(Code.of("OtherIdentifierType", "A1"));
    assertInvalid(() -> OtherIdentifier.of(" ", "A1"), "value.blank", "/ref");
  }

  @Test
  void aNegativeAdministrativeLevelIsMeaningless() {
    assertInvalid(
        () -> AdministrativeArea.builder().vocabulary("G1").code("123").level(-1).build(),
        "site.administrativeArea.level",
        "/level");
    assertThat(AdministrativeArea.builder().vocabulary("G1").code("123").level(0).build().level())
        .contains(0);
  }

  @Test
  void aPointReadsItsPositionAndKeepsAMalformedOne() {
    GeoPoint point = GeoPoint.of("31.616944 65.716944");
    assertThat(point.latitude()).contains(new BigDecimal("31.616944"));
    assertThat(point.longitude()).contains(new BigDecimal("65.716944"));
    GeoPoint malformed = GeoPoint.of("31,6 65,7");
    assertThat(malformed.pos()).isEqualTo("31,6 65,7");
    assertThat(malformed.latitude()).isEmpty();
    assertThat(malformed.longitude()).isEmpty();
    assertThat(GeoPoint.of("31.6").latitude()).isEmpty();
    assertThat(GeoPoint.of("31.6 x").latitude()).isEmpty();
    assertThat(GeoPoint.of("x 31.6").longitude()).isEmpty();
  }
}
