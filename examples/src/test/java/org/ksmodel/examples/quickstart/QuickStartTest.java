package org.ksmodel.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Violation;
import org.ksmodel.validation.ValidationReport;

/** The README's example does what the README says. */
class QuickStartTest {
  @Test
  void theReportNamesTheTwoMissingInstitutions() {
    ValidationReport report = QuickStart.validate();
    assertThat(report.isValid()).isFalse();
    assertThat(report.violations())
        .extracting(Violation::toString)
        .containsExactly(
            "ERROR partnership.reference.unresolved at /partnerships/0/participations/1/institution"
                + " [CO-APC-2024-017]: no institution has the id 'ID-BNPB'",
            "ERROR partnership.reference.unresolved at /partnerships/0/participations/2/institution"
                + " [CO-APC-2024-017]: no institution has the id 'KR-KOICA'");
  }

  @Test
  void theReadmeShowsTheSameCode() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String source =
        Files.readString(Path.of("src/main/java/org/ksmodel/examples/quickstart/QuickStart.java"));
    for (String line :
        List.of(
            ".modality(Modality.TRIANGULAR)",
            ".addSectors(SectorCode.of(\"43060\")) // disaster risk reduction",
            "Participation.of(InstitutionId.of(\"KR-KOICA\"), Role.FACILITATOR, Role.FUNDER))",
            ".hubProfile(HubProfile.of(HubScope.NATIONAL, HubStance.DUAL))")) {
      assertThat(readme).contains(line);
      assertThat(source).contains(line);
    }
    assertThat(readme).contains("no institution has the id 'KR-KOICA'");
  }
}
