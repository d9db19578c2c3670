package org.ksmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.Role;
import org.ksmodel.reference.CountryClassification;

/** The roles and modality heuristics, and the programme/project hierarchy. */
class IatiModalityTest {
  private static IatiImport result;

  @BeforeAll
  static void importFile() {
    result = Resources.importResource("modalities.xml");
    assertThat(result.rejected()).isZero();
  }

  private static Partnership partnership(String id) {
    return result.dataset().partnership(PartnershipId.of(id)).orElseThrow();
  }

  private static Set<Role> roles(Partnership partnership, String institution) {
    return partnership.participations().stream()
        .filter(p -> p.institution().equals(InstitutionId.of(institution)))
        .findFirst()
        .orElseThrow()
        .roles();
  }

  @Test
  void southSouthBetweenDevelopingCountries() {
    Partnership p = partnership("XM-EXAMPLE-SS");
    assertThat(p.modality()).isEqualTo(Modality.SOUTH_SOUTH);
    assertThat(roles(p, "BR-1")).containsExactly(Role.PROVIDER);
    assertThat(roles(p, "MZ-1")).containsExactly(Role.RECIPIENT);
    assertThat(result.dataset().institution(InstitutionId.of("BR-1")).orElseThrow().country())
        .contains(CountryCode.of("BR"));
  }

  @Test
  void triangularWhenANorthernFunderSupportsASouthSouthExchange() {
    Partnership p = partnership("XM-EXAMPLE-TRI");
    assertThat(p.modality()).isEqualTo(Modality.TRIANGULAR);
    assertThat(roles(p, "DE-1")).containsExactlyInAnyOrder(Role.FUNDER, Role.FACILITATOR);
    assertThat(roles(p, "BR-1")).containsExactly(Role.PROVIDER);
  }

  @Test
  void triangularWhenDeclaredAsCollaborationType8() {
    Partnership p = partnership("XM-EXAMPLE-TRI8");
    assertThat(p.modality()).isEqualTo(Modality.TRIANGULAR);
    assertThat(roles(p, "JP-1")).contains(Role.FACILITATOR);
    assertThat(roles(p, "TH-1")).containsExactly(Role.PROVIDER);
    assertThat(roles(p, "LA-1")).containsExactly(Role.RECIPIENT);
  }

  @Test
  void northSouthWhenTheFunderIsTheProvider() {
    Partnership p = partnership("XM-EXAMPLE-NS");
    assertThat(p.modality()).isEqualTo(Modality.NORTH_SOUTH);
    assertThat(roles(p, "NO-1")).containsExactlyInAnyOrder(Role.FUNDER, Role.PROVIDER);
    // A local implementer in the recipient country is a recipient too.
    assertThat(roles(p, "KE-RCO-777")).containsExactlyInAnyOrder(Role.IMPLEMENTER, Role.RECIPIENT);
  }

  @Test
  void southNorth() {
    assertThat(partnership("XM-EXAMPLE-SN").modality()).isEqualTo(Modality.SOUTH_NORTH);
  }

  @Test
  void domesticWhenEveryoneIsInTheRecipientCountry() {
    assertThat(partnership("XM-EXAMPLE-DOM").modality()).isEqualTo(Modality.DOMESTIC);
  }

  @Test
  void multilateralCollaborationType() {
    Partnership p = partnership("XM-EXAMPLE-MULTI");
    assertThat(p.modality()).isEqualTo(Modality.MULTILATERAL);
    assertThat(roles(p, "XM-DAC-41114")).containsExactly(Role.PROVIDER);
  }

  @Test
  void programmeAndItsProjectsInOneFile() {
    assertThat(partnership("XM-EXAMPLE-PROG").form()).isEqualTo(PartnershipForm.PROGRAMME);
    assertThat(partnership("XM-EXAMPLE-SS").parent()).contains(PartnershipId.of("XM-EXAMPLE-PROG"));
    assertThat(partnership("XM-EXAMPLE-TRI").parent())
        .contains(PartnershipId.of("XM-EXAMPLE-PROG"));
    assertThat(partnership("XM-EXAMPLE-SS").form()).isEqualTo(PartnershipForm.PROJECT);
  }

  @Test
  void institutionsAreMergedAcrossActivities() {
    assertThat(result.dataset().institutions())
        .extracting(i -> i.id().value())
        .containsOnlyOnce("BR-1", "MZ-1");
    assertThat(result.dataset().duplicateIds()).isEmpty();
  }

  @Test
  void theClassificationDecidesWhatIsSouth() {
    // With a classification in which Brazil is not developing, Brazil to Mozambique is North-South.
    IatiImporter importer =
        IatiImporter.withClassification(CountryClassification.of(Set.of(CountryCode.of("MZ"))));
    IatiImport other;
    try (var in = Resources.class.getResourceAsStream("/iati/modalities.xml")) {
      other = importer.read(in, "modalities.xml");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(
            other.dataset().partnership(PartnershipId.of("XM-EXAMPLE-SS")).orElseThrow().modality())
        .isEqualTo(Modality.NORTH_SOUTH);
  }
}
