package org.ksmodel.examples.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.testkit.RealData;

/** Organisation files become institutions. */
class IatiOrganisationFileTest {
  @Test
  void annotatedExample() {
    IatiImport result =
        IatiImporter.importFile(RealData.iati("organisation-standard-example-annotated.xml"));
    assertThat(result.fileType()).isEqualTo(IatiFileType.ORGANISATIONS);
    assertThat(result.organisations()).isEqualTo(1);
    assertThat(result.activities()).isZero();
    assertThat(result.imported()).isEqualTo(1);
    assertThat(result.dataset().partnerships()).isEmpty();
    assertThat(result.dataset().institutions()).hasSize(1);
    Institution organisation = result.dataset().institutions().get(0);
    assertThat(organisation.id().value()).isEqualTo("AA-AAA-123456789");
    assertThat(organisation.name().texts())
        .containsExactly(
            Map.entry(LanguageCode.of("en"), "Organisation name"),
            Map.entry(LanguageCode.of("fr"), "Nom de l'organisme"));
    assertThat(organisation.type()).isEqualTo(InstitutionType.MULTILATERAL);
    assertThat(organisation.iatiOrganisationType()).contains(Code.of("OrganisationType", "40"));
    assertThat(organisation.country().value()).isEqualTo("XX");
    ImportWarning unmapped =
        result.warnings().stream()
            .filter(w -> w.code().equals("iati.organisation.unmapped"))
            .findFirst()
            .orElseThrow();
    assertThat(unmapped.message()).contains("total-budget", "total-expenditure", "document-link");
  }

  @Test
  void organisationsWithoutIdentifierOrNameAreRejected() {
    IatiImport result = Resources.importResource("organisations-messy.xml");
    assertThat(result.organisations()).isEqualTo(4);
    assertThat(result.imported()).isEqualTo(2);
    assertThat(result.rejections())
        .extracting(Rejection::label)
        .containsExactly("#2", "XM-EXAMPLE-NONAME");
    Institution fcdo = result.dataset().institutions().get(0);
    assertThat(fcdo.id().value()).isEqualTo("GB-GOV-1");
    assertThat(fcdo.name().text()).isEqualTo("Foreign, Commonwealth and Development Office");
    assertThat(fcdo.country().value()).isEqualTo("GB");
    assertThat(fcdo.type()).isEqualTo(InstitutionType.LINE_MINISTRY);
    Institution undp = result.dataset().institutions().get(1);
    // Without a name element, the reporting organisation's name (the same organisation) is used.
    assertThat(undp.name().text()).isEqualTo("United Nations Development Programme");
    assertThat(undp.type()).isEqualTo(InstitutionType.MULTILATERAL);
  }
}
