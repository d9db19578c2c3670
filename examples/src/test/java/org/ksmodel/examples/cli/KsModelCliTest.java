package org.ksmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ksmodel.testkit.RealData;

class KsModelCliTest {
  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  private String out() {
    return cli.out();
  }

  private String err() {
    return cli.err();
  }

  @Test
  void demoValidatesAndSummarisesTheShowcase() {
    assertThat(run("demo")).isZero();
    assertThat(out()).contains("Validation: valid, 0 violations");
    assertThat(out()).contains("Partnerships by modality").contains("TRIANGULAR");
    assertThat(out()).contains("Most connected institutions");
    assertThat(out()).contains("Knowledge requests by status").contains("SERVED");
    assertThat(err()).isEmpty();
    // By default the dataset goes to the temporary directory, not the directory the demo runs in.
    java.nio.file.Path written =
        java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "ksmodel-demo.json");
    assertThat(out()).contains("Dataset written to " + written);
    assertThat(written).exists();
    assertThat(java.nio.file.Path.of("ksmodel-demo.json")).doesNotExist();
  }

  @Test
  void wrongCommandLinesExitWithTwoAndOneLine() {
    assertThat(run("nonsense")).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "ksmodel: unknown command 'nonsense'; try ksmodel --help" + System.lineSeparator());
    cli.resetErr();
    assertThat(run("valdate", "x.json")).isEqualTo(2);
    assertThat(err()).contains("did you mean validate?").doesNotContain("Exception");
    cli.resetErr();
    assertThat(run("demo", "--frobnicate")).isEqualTo(2);
    assertThat(err().lines()).hasSize(1).first().asString().contains("unknown option --frobnicate");
    assertThat(run()).isEqualTo(2);
    assertThat(out()).contains("usage:");
  }

  @Test
  void validateExitsZeroForTheDemoDataset(@TempDir Path dir) {
    Path demo = dir.resolve("demo.json");
    assertThat(run("demo", "-o", demo.toString())).isZero();
    cli.resetOut();
    assertThat(run("validate", demo.toString())).isZero();
    assertThat(out()).contains("valid, 0 violations");
  }

  @Test
  void validateExitsTwoWithOneLineForMalformedJson(@TempDir Path dir) throws IOException {
    Path bad =
        Files.writeString(dir.resolve("bad.json"), "{\"ksmodel\": \"1.0\", \"institutions\": [");
    assertThat(run("validate", bad.toString())).isEqualTo(2);
    assertThat(err().lines()).hasSize(1);
    assertThat(err())
        .contains("json.truncated")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    cli.resetErr();
    assertThat(run("validate", dir.resolve("missing.json").toString())).isEqualTo(2);
    assertThat(err()).contains("no such file");
  }

  @Test
  void validateExitsOneAndNamesEachCodeAndPathInJson(@TempDir Path dir) throws IOException {
    String dataset =
        "{\"ksmodel\": \"1.0\", \"partnerships\": [{\"id\": \"P-1\","
            + " \"title\": {\"defaultLanguage\": \"en\", \"texts\": {\"en\": \"Peer learning\"}},"
            + " \"modality\": \"TRIANGULAR\", \"form\": \"PROJECT\", \"status\": \"PLANNED\","
            + " \"participations\": [{\"institution\": \"CO-APC\", \"roles\": [\"PROVIDER\"]}],"
            + " \"surprise\": 1}]}";
    Path file = Files.writeString(dir.resolve("errors.json"), dataset);
    assertThat(run("validate", file.toString(), "--format", "json")).as("%s", err()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(out());
    assertThat(report.get("valid").asBoolean()).isFalse();
    List<String> found = new ArrayList<>();
    report
        .get("violations")
        .forEach(v -> found.add(v.get("code").asText() + " " + v.get("path").asText()));
    assertThat(found)
        .contains(
            "partnership.triangular.facilitator /partnerships/0/participations",
            "partnership.reference.unresolved /partnerships/0/participations/0/institution");
    JsonNode unknown = report.get("violations").get(0);
    assertThat(unknown.get("code").asText()).isEqualTo("json.member.unknown");
    assertThat(unknown.get("location").get("line").asInt()).isEqualTo(1);
    assertThat(unknown.get("location").has("column")).isTrue();
    // A finding of the rules was not read from the input: it has no location.
    assertThat(report.get("violations").get(found.size() - 1).has("location")).isFalse();
    cli.resetOut();
    assertThat(run("validate", file.toString(), "--strict")).isEqualTo(2);
  }

  @Test
  void validateCountsAndListsTheQuarantinedRecords(@TempDir Path dir) throws IOException {
    String bad = "{\"id\": \"P-2\"}";
    String dataset = "{\"ksmodel\": \"1.0\", \"partnerships\": [\n" + bad + ",\n null]}";
    Path file = Files.writeString(dir.resolve("bad-records.json"), dataset);
    assertThat(run("validate", file.toString())).isEqualTo(1);
    assertThat(out()).contains(", 2 records quarantined");
    cli.resetOut();
    assertThat(run("validate", file.toString(), "--format", "json")).as("%s", err()).isEqualTo(1);
    JsonNode quarantined = new ObjectMapper().readTree(out()).get("quarantined");
    assertThat(quarantined).hasSize(2);
    assertThat(quarantined.get(0).get("rawText").asText()).isEqualTo(bad);
    assertThat(quarantined.get(0).get("path").asText()).isEqualTo("/partnerships/0");
    assertThat(quarantined.get(0).get("line").asInt()).isEqualTo(2);
    assertThat(quarantined.get(0).get("problems").toString()).contains("json.entity.dropped");
    assertThat(quarantined.get(1).get("rawText").asText()).isEqualTo("null");
  }

  @Test
  void importIatiAccountsForEveryActivityAndItsOutputValidates(@TempDir Path dir)
      throws IOException {
    List<Path> files = RealData.iatiFiles();
    assertThat(files).hasSizeGreaterThanOrEqualTo(3);
    for (Path xml : files) {
      Path json = dir.resolve(xml.getFileName() + ".json");
      Path reportFile = dir.resolve(xml.getFileName() + ".report.json");
      cli.resetOut();
      assertThat(
              run(
                  "import-iati",
                  xml.toString(),
                  "-o",
                  json.toString(),
                  "--report",
                  reportFile.toString()))
          .as(xml.toString())
          .isZero();
      JsonNode report = new ObjectMapper().readTree(reportFile.toFile());
      int activities = count(Files.readString(xml), "<iati-activity");
      assertThat(report.get("activities").asInt()).isEqualTo(activities);
      assertThat(report.get("imported").asInt() + report.get("rejected").asInt())
          .isEqualTo(activities == 0 ? report.get("imported").asInt() : activities);
      assertThat(report.get("rejections").size()).isEqualTo(report.get("rejected").asInt());
      cli.resetErr();
      assertThat(run("validate", json.toString())).as(xml.toString()).isIn(0, 1);
      assertThat(err()).isEmpty();
    }
  }

  private static int count(String text, String needle) {
    int count = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      char next = text.charAt(i + needle.length());
      if (next == ' ' || next == '>' || next == '\n' || next == '\r' || next == '\t') {
        count++;
      }
    }
    return count;
  }

  @Test
  void everyCommandHasHelp() {
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("demo");
    cli.resetOut();
    assertThat(run("demo", "--help")).isZero();
    assertThat(out()).startsWith("usage: ksmodel demo");
    for (String command : List.of("validate", "import-iati", "report")) {
      cli.resetOut();
      assertThat(run(command, "--help")).isZero();
      assertThat(out()).startsWith("usage: ksmodel " + command);
    }
  }
}
