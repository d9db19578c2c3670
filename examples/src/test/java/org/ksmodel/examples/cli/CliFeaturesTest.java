package org.ksmodel.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ksmodel.examples.showcase.Showcase;
import org.ksmodel.json.KsJson;
import org.ksmodel.testkit.RealData;

/** What a shell user expects of the tool: a version, standard input, clear refusals. */
class CliFeaturesTest {
  private final CliRun cli = new CliRun();

  /** Three read problems: two unknown members and a duplicate key. */
  private static final String THREE_PROBLEMS =
      "{\"ksmodel\": \"1.0\", \"institutions\": [{\"id\": \"A\", \"nickname\": 1,"
          + " \"name\": {\"defaultLanguage\": \"en\", \"texts\": {\"en\": \"Agency\"}},"
          + " \"country\": \"CO\", \"country\": \"PE\", \"type\": \"LINE_MINISTRY\","
          + " \"motto\": \"x\"}]}";

  @Test
  void printsTheVersionOfTheBuild() {
    String version = System.getProperty("ksmodel.examples.version");
    assertThat(version).isNotBlank();
    assertThat(cli.run("--version")).isZero();
    assertThat(cli.out().strip()).isEqualTo("ksmodel " + version);
  }

  @Test
  void validateReadsStandardInput() {
    byte[] demo = KsJson.strict().writeBytes(Showcase.dataset());
    assertThat(cli.runWithInput(demo, "validate", "-")).isZero();
    assertThat(cli.out()).contains("<stdin>: valid");
    byte[] invalid =
        "{\"ksmodel\":\"1.0\",\"partnerships\":[{\"id\":\"P\",\"title\":{\"defaultLanguage\":\"en\",\"texts\":{\"en\":\"T\"}},\"modality\":\"SOUTH_SOUTH\",\"form\":\"PROJECT\",\"status\":\"PLANNED\"}]}"
            .getBytes(UTF_8);
    assertThat(cli.runWithInput(invalid, "validate", "-")).isEqualTo(1);
    byte[] ndjson = KsJson.strict().writeNdjson(Showcase.dataset()).getBytes(UTF_8);
    cli.resetOut();
    assertThat(cli.runWithInput(ndjson, "validate", "--ndjson", "-")).isZero();
  }

  @Test
  void standardInputIsNdjsonOrADocumentAsItsContentShows() {
    byte[] ndjson = KsJson.strict().writeNdjson(Showcase.dataset()).getBytes(UTF_8);
    assertThat(cli.runWithInput(ndjson, "validate", "-")).isZero();
    assertThat(cli.out()).contains("<stdin>: valid, 0 violations");
    byte[] invalidLine =
        "{\"kind\":\"partnership\",\"id\":\"P\",\"title\":{\"defaultLanguage\":\"en\",\"texts\":{\"en\":\"T\"}},\"modality\":\"SOUTH_SOUTH\",\"form\":\"PROJECT\",\"status\":\"PLANNED\"}\n"
            .getBytes(UTF_8);
    assertThat(cli.runWithInput(invalidLine, "validate", "-")).isEqualTo(1);
    assertThat(cli.runWithInput(invalidLine, "validate", "--strict", "-")).isEqualTo(1);

    cli.resetOut();
    byte[] pretty = KsJson.builder().prettyPrint(true).build().writeBytes(Showcase.dataset());
    assertThat(cli.runWithInput(pretty, "report", "-")).isZero();
    String fromDocument = cli.out();
    cli.resetOut();
    assertThat(cli.runWithInput(ndjson, "report", "-")).isZero();
    assertThat(cli.out()).isEqualTo(fromDocument).contains("Partnerships by modality");
  }

  @Test
  void ndjsonIsToldFromADocumentByItsFirstObject() {
    assertThat(DatasetFiles.looksLikeNdjson(bytes("{\"kind\":\"institution\",\"id\":\"A\"}\n")))
        .isTrue();
    assertThat(DatasetFiles.looksLikeNdjson(bytes("\n\n  {\"id\":\"A\",\"kind\":\"solution\"}")))
        .isTrue();
    // Neither a kind nor a member of a document: two objects are two lines.
    assertThat(DatasetFiles.looksLikeNdjson(bytes("{\"id\":\"A\"}\n{\"id\":\"B\"}"))).isTrue();
    assertThat(DatasetFiles.looksLikeNdjson(bytes("{\"id\":\"A\"}\n{oops"))).isTrue();
    assertThat(
            DatasetFiles.looksLikeNdjson(
                bytes("{\n  \"ksmodel\": \"1.0\",\n  \"institutions\": []\n}")))
        .isFalse();
    assertThat(
            DatasetFiles.looksLikeNdjson(
                bytes("{\"institutions\": [{\"kind\": \"x\"}], \"ksmodel\": \"1.0\"}")))
        .isFalse();
    assertThat(DatasetFiles.looksLikeNdjson(bytes("{\"partnerships\": [{\"id\": \"P\""))).isFalse();
    assertThat(DatasetFiles.looksLikeNdjson(bytes(""))).isFalse();
    assertThat(DatasetFiles.looksLikeNdjson(bytes("not json"))).isFalse();
    assertThat(DatasetFiles.looksLikeNdjson(bytes("[1, 2]"))).isFalse();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  @Test
  void reportAndImportReadStandardInput() throws IOException {
    assertThat(cli.runWithInput(KsJson.strict().writeBytes(Showcase.dataset()), "report", "-"))
        .isZero();
    assertThat(cli.out()).contains("Partnerships by modality");
    cli.resetOut();
    byte[] iati = Files.readAllBytes(RealData.iati("dportal-foodsecurity-7-activities.xml"));
    assertThat(cli.runWithInput(iati, "import-iati", "-")).isZero();
    assertThat(KsJson.strict().readDataset(cli.out()).orElseThrow().partnerships()).hasSize(7);
    assertThat(cli.err()).contains("<stdin>: 7 activities");
  }

  @Test
  void aDirectoryIsNamedAsOne(@TempDir Path dir) {
    for (String command : new String[] {"validate", "report", "import-iati"}) {
      cli.resetErr();
      assertThat(cli.run(command, dir.toString())).as(command).isEqualTo(2);
      assertThat(cli.err()).as(command).contains("is a directory").doesNotContain("no such file");
    }
    cli.resetErr();
    assertThat(cli.run("validate", dir.resolve("missing.json").toString())).isEqualTo(2);
    assertThat(cli.err()).contains("no such file");
  }

  @Test
  void strictValidationPrintsEveryProblem(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("three.json"), THREE_PROBLEMS);
    assertThat(cli.run("validate", "--strict", file.toString())).isEqualTo(2);
    assertThat(cli.out().lines().filter(line -> line.startsWith("ERROR ")))
        .hasSize(3)
        .anySatisfy(
            line -> assertThat(line).contains("json.member.unknown at /institutions/0/nickname"))
        .anySatisfy(
            line -> assertThat(line).contains("json.member.unknown at /institutions/0/motto"))
        .anySatisfy(line -> assertThat(line).contains("json.key.duplicate"));
    cli.resetOut();
    assertThat(cli.run("validate", "--strict", "--format", "json", file.toString())).isEqualTo(2);
    JsonNode report = new ObjectMapper().readTree(cli.out());
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("violations")).hasSize(3);
  }

  @Test
  void aFindingOfTheRulesHasNoLineEvenWhenItsArgumentIsANumber(@TempDir Path dir)
      throws IOException {
    String share =
        "{\"ksmodel\": \"1.0\", \"institutions\": [{\"id\": \"A\","
            + " \"name\": {\"defaultLanguage\": \"en\", \"texts\": {\"en\": \"Agency\"}},"
            + " \"country\": \"CO\", \"type\": \"LINE_MINISTRY\","
            + " \"ksBudget\": {\"sharePercent\": 150}}]}";
    Path file = Files.writeString(dir.resolve("share.json"), share);
    cli.run("validate", "--format", "json", file.toString());
    JsonNode violations = new ObjectMapper().readTree(cli.out()).get("violations");
    assertThat(violations).isNotEmpty();
    violations.forEach(
        v -> {
          assertThat(v.has("line")).isFalse();
          assertThat(v.has("location")).as(v.toString()).isFalse();
        });
  }

  @Test
  void unknownOptionsAreRefusedInOneLineAndCompletionIsGenerated() {
    assertThat(cli.run("validate", "--strcit", "x.json")).isEqualTo(2);
    assertThat(cli.err().lines()).hasSize(1);
    assertThat(cli.err()).contains("unknown option --strcit").contains("--strict");
    assertThat(cli.run("generate-completion")).isZero();
    assertThat(cli.out()).contains("complete").contains("validate").contains("import-iati");
  }
}
