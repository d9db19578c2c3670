package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Severity;
import org.ksmodel.common.SourceLocation;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.testkit.DatasetCorruptions;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.Property;
import org.ksmodel.validation.ValidationReport;
import org.ksmodel.validation.Validator;

/** The JSON form of violations and validation reports: written by the facade, read back equal. */
class ReportJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final com.networknt.schema.JsonSchema REPORT_SCHEMA = reportSchema();
  private static final ObjectMapper WITH_MODULE =
      new ObjectMapper().registerModule(new KsJsonModule());

  @Test
  void everyReportOfACorruptedDatasetReadsBackEqual() {
    Property.forAll(
        "json.report.roundtrip",
        200,
        DatasetCorruptions.corrupted(DatasetGen.dataset(1, 6)),
        (Dataset dataset) -> {
          ValidationReport report = Validator.standard().validate(dataset);
          String json = KsJson.strict().writeString(ValidationReport.class, report);
          assertThat(SchemaTest.validate(REPORT_SCHEMA, json)).isEmpty();
          assertThat(KsJson.strict().read(ValidationReport.class, json).orElseThrow())
              .isEqualTo(report);
          try {
            assertThat(WITH_MODULE.readValue(json, ValidationReport.class)).isEqualTo(report);
            assertThat(WITH_MODULE.writeValueAsString(report)).isEqualTo(json);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @Test
  void aLocatedProblemKeepsItsLocationAndAFindingHasNone() throws Exception {
    Violation located =
        Violation.builder()
            .code("json.type")
            .severity(Severity.ERROR)
            .path(DataPath.of("institutions").index(0).member("id"))
            .location(SourceLocation.of(2, 25, 40))
            .message("expected text")
            .build();
    Violation finding =
        Violation.builder()
            .code("institution.ksBudget.share")
            .severity(Severity.ERROR)
            .path(DataPath.of("institutions").index(0).member("ksBudget"))
            .subjectId("A")
            .message("share 150 is above 100")
            .addArguments("150")
            .build();
    ValidationReport report = ValidationReport.of(java.util.List.of(located, finding));
    JsonNode tree = MAPPER.readTree(KsJson.strict().writeString(ValidationReport.class, report));
    assertThat(tree.get("valid").asBoolean()).isFalse();
    assertThat(tree.get("violations").get(0).get("location").toString())
        .isEqualTo("{\"line\":2,\"column\":25,\"offset\":40}");
    assertThat(tree.get("violations").get(0).get("path").asText()).isEqualTo("/institutions/0/id");
    assertThat(tree.get("violations").get(1).has("location")).isFalse();
    assertThat(tree.get("violations").get(1).get("arguments").get(0).asText()).isEqualTo("150");
  }

  @Test
  void aReportWhoseStatedValidityContradictsItsViolationsIsRefused() {
    String lying =
        "{\"valid\":true,\"violations\":[{\"code\":\"x\",\"severity\":\"ERROR\",\"path\":\"\","
            + "\"message\":\"m\"}]}";
    ReadResult<ValidationReport> read = KsJson.lenient().read(ValidationReport.class, lying);
    assertThat(read.problems()).extracting(Violation::code).contains("report.valid.mismatch");
    assertThat(read.value()).isEmpty();
  }

  private static com.networknt.schema.JsonSchema reportSchema() {
    com.fasterxml.jackson.databind.node.ObjectNode schema =
        (com.fasterxml.jackson.databind.node.ObjectNode) SchemaTest.shipped().deepCopy();
    schema.retain("$schema", "$defs");
    schema.put("$ref", "#/$defs/ValidationReport");
    return com.networknt.schema.JsonSchemaFactory.getInstance(
            com.networknt.schema.SpecVersion.VersionFlag.V202012)
        .getSchema(schema);
  }
}
