package org.ksmodel.examples.iati;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.ksmodel.iati.IatiImport;
import org.ksmodel.iati.IatiImporter;

/** The import report, as an object and as JSON. */
class IatiImportReportTest {
  @Test
  void reportJsonAccountsForEveryActivity() throws Exception {
    IatiImport result = importResource("messy-identifiers.xml");
    JsonNode report = new ObjectMapper().readTree(result.reportJson());
    assertThat(report.get("source").asText()).isEqualTo("messy-identifiers.xml");
    assertThat(report.get("fileType").asText()).isEqualTo("ACTIVITIES");
    assertThat(report.get("iatiVersion").asText()).isEqualTo("2.03");
    assertThat(report.get("activities").asInt()).isEqualTo(6);
    assertThat(report.get("imported").asInt()).isEqualTo(2);
    assertThat(report.get("rejected").asInt()).isEqualTo(4);
    JsonNode rejections = report.get("rejections");
    assertThat(rejections).hasSize(4);
    assertThat(rejections.get(0).get("identifier").isNull()).isTrue();
    assertThat(rejections.get(0).get("position").asInt()).isEqualTo(2);
    assertThat(rejections.get(0).get("reasons").get(0).asText()).isEqualTo("no iati-identifier");
    assertThat(rejections.get(2).get("identifier").asText()).isEqualTo("XM-EXAMPLE-OK-1");
    assertThat(report.get("warnings")).hasSize(result.warnings().size());
    assertThat(report.get("warnings").get(0).get("code").asText())
        .isEqualTo(result.warnings().get(0).code());
  }

  @Test
  void reportJsonEscapesText() throws Exception {
    IatiImport result = importResource("unknown-codes.xml");
    JsonNode report = new ObjectMapper().readTree(result.reportJson());
    assertThat(report.get("warnings")).hasSize(result.warnings().size());
    assertThat(report.get("rejections")).isEmpty();
  }

  @Test
  void summaryLine() throws IOException {
    IatiImport result = importResource("messy-identifiers.xml");
    assertThat(result.toString())
        .startsWith("messy-identifiers.xml: 6 activities, 2 imported, 4 rejected, ");
    assertThat(result.rejections().get(2).toString())
        .isEqualTo(
            "XM-EXAMPLE-OK-1 (line 17): iati-identifier already used by activity #1 of the file");
  }

  /** The hand-made files are core's test resources, served by core's test jar. */
  private static IatiImport importResource(String name) throws IOException {
    try (InputStream in = IatiImportReportTest.class.getResourceAsStream("/iati/" + name)) {
      return IatiImporter.importStream(in, name);
    }
  }
}
