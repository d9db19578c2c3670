package org.ksmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
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
    assertThat(organisation.name().orElseThrow().texts())
        .containsExactly(
            Map.entry(LanguageCode.of("en"), "Organisation name"),
            Map.entry(LanguageCode.of("fr"), "Nom de l'organisme"));
    assertThat(organisation.type()).contains(InstitutionType.MULTILATERAL);
    assertThat(organisation.iatiOrganisationType()).contains(Code.of("OrganisationType", "40"));
    // AA-AAA is not a registration agency on the list: no country is told, none is made up.
    assertThat(organisation.country()).isEmpty();
    ImportWarning unmapped =
        result.warnings().stream()
            .filter(w -> w.code().equals("iati.organisation.unmapped"))
            .findFirst()
            .orElseThrow();
    assertThat(unmapped.message()).contains("total-budget", "total-expenditure", "document-link");
  }

  @Test
  void organisationsWithoutIdentifierAreRejectedAndThoseWithoutNameKeptWithoutOne() {
    IatiImport result = Resources.importResource("organisations-messy.xml");
    assertThat(result.organisations()).isEqualTo(4);
    assertThat(result.imported()).isEqualTo(3);
    assertThat(result.rejections()).extracting(Rejection::label).containsExactly("#2");
    Institution noName =
        result.dataset().institution(InstitutionId.of("XM-EXAMPLE-NONAME")).orElseThrow();
    assertThat(noName.name()).isEmpty();
    assertThat(noName.type()).isEmpty();
    assertThat(noName.country()).isEmpty();
    assertThat(result.warnings())
        .filteredOn(w -> w.message().contains("XM-EXAMPLE-NONAME"))
        .extracting(ImportWarning::code)
        .containsExactly(
            "iati.org.name.missing", "iati.org.type.missing", "iati.org.country.missing");
    Institution fcdo = result.dataset().institutions().get(0);
    assertThat(fcdo.id().value()).isEqualTo("GB-GOV-1");
    assertThat(fcdo.displayName()).isEqualTo("Foreign, Commonwealth and Development Office");
    assertThat(fcdo.country()).contains(CountryCode.of("GB"));
    // 10 Government: a ministry, an agency or a planning body; the IATI type alone is kept.
    assertThat(fcdo.type()).isEmpty();
    assertThat(fcdo.iatiOrganisationType()).contains(Code.of("OrganisationType", "10"));
    Institution undp = result.dataset().institutions().get(1);
    // Without a name element, the reporting organisation's name (the same organisation) is used.
    assertThat(undp.displayName()).isEqualTo("United Nations Development Programme");
    assertThat(undp.type()).contains(InstitutionType.MULTILATERAL);
  }
}
