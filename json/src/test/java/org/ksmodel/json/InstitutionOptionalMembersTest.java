package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;

/**
 * Format 1.1: an institution's name, country and type may be left out (published data leaves them
 * out), and nothing is written in their place.
 */
class InstitutionOptionalMembersTest {
  private static final String BARE =
      "{\"ksmodel\": \"1.1\", \"institutions\": [{\"id\": \"XM-DAC-41114\","
          + " \"iatiOrganisationType\": {\"vocabulary\": \"OrganisationType\", \"code\": \"40\"}}]}";

  @Test
  void anInstitutionWithoutNameCountryOrTypeReadsStrictlyAndWritesNothingInTheirPlace() {
    ReadResult<Dataset> read = KsJson.strict().readDataset(BARE);
    assertThat(read.problems()).isEmpty();
    Institution institution = read.orElseThrow().institutions().get(0);
    assertThat(institution.name()).isEmpty();
    assertThat(institution.country()).isEmpty();
    assertThat(institution.type()).isEmpty();
    assertThat(institution.iatiOrganisationType()).contains(Code.of("OrganisationType", "40"));

    String written = KsJson.strict().writeString(read.orElseThrow());
    assertThat(written).doesNotContain("\"name\"", "\"country\"", "\"type\"");
    assertThat(KsJson.strict().readDataset(written).orElseThrow()).isEqualTo(read.orElseThrow());
  }
}
