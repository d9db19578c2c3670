package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ksmodel.common.Entity;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;
import org.ksmodel.testkit.ForeignEntity;
import org.ksmodel.testkit.Rng;

/** The facade's own logic: limits at their edge, the builder, every route in and out. */
class KsJsonFacadeTest {
  /** An integrator's class that claims to be an entity: the format has no form for it. */
  private static final Entity FOREIGN_ENTITY = new ForeignEntity();

  private static final String INSTITUTION =
      "{\"id\":\"A\",\"name\":{\"defaultLanguage\":\"en\",\"texts\":{\"en\":\"A\"}},"
          + "\"country\":\"CO\",\"type\":\"LINE_MINISTRY\"}";
  private static final String DOCUMENT =
      "{\"ksmodel\":\"1.0\",\"institutions\":[" + INSTITUTION + "]}";

  /** A dataset with at least one entity of each kind (the seed is checked, not assumed). */
  private static Dataset everyKind() {
    for (long seed = 1; ; seed++) {
      Dataset dataset = DatasetGen.dataset(3).next(Rng.seeded(seed));
      if (!dataset.institutions().isEmpty()
          && !dataset.solutions().isEmpty()
          && !dataset.partnerships().isEmpty()
          && !dataset.fundings().isEmpty()
          && !dataset.resultsFrameworks().isEmpty()
          && !dataset.knowledgeRequests().isEmpty()) {
        return dataset;
      }
    }
  }

  private static List<String> codes(ReadResult<?> result) {
    return result.problems().stream().map(Violation::code).toList();
  }

  private static KsJson limitedTo(long length) {
    return KsJson.builder().limits(JsonLimits.builder().maxDocumentLength(length).build()).build();
  }

  @Test
  void aDocumentExactlyAtTheLengthLimitIsReadOnEveryRoute() {
    byte[] bytes = DOCUMENT.getBytes(StandardCharsets.UTF_8);
    KsJson exact = limitedTo(bytes.length);
    assertThat(exact.readDataset(DOCUMENT).problems()).isEmpty();
    assertThat(exact.readDataset(bytes).problems()).isEmpty();
    assertThat(exact.readDataset(new ByteArrayInputStream(bytes)).problems()).isEmpty();
    assertThat(exact.readDataset(new StringReader(DOCUMENT)).problems()).isEmpty();
    KsJson oneShort = limitedTo(bytes.length - 1);
    assertThat(codes(oneShort.readDataset(DOCUMENT))).containsExactly("json.limit.document");
    assertThat(codes(oneShort.readDataset(bytes))).containsExactly("json.limit.document");
    assertThat(codes(oneShort.readDataset(new ByteArrayInputStream(bytes))))
        .containsExactly("json.limit.document");
    ReadResult<Dataset> tooLong = oneShort.readDataset(DOCUMENT);
    assertThat(tooLong.isSuccess()).isFalse();
    assertThat(tooLong.problems().get(0).severity()).isEqualTo(Severity.FATAL);
    assertThat(tooLong.problems().get(0).message())
        .startsWith("the document is longer than the limit of " + (bytes.length - 1));
  }

  @Test
  void aFileIsReadWithinTheLimitAndAMissingFileIsReported(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("d.json");
    Files.writeString(file, DOCUMENT);
    assertThat(limitedTo(DOCUMENT.length()).readDataset(file).orElseThrow().institutions())
        .hasSize(1);
    assertThat(codes(limitedTo(DOCUMENT.length() - 1).readDataset(file)))
        .containsExactly("json.limit.document");
    ReadResult<Dataset> missing = KsJson.lenient().readDataset(dir.resolve("none.json"));
    assertThat(missing.isSuccess()).isFalse();
    assertThat(codes(missing)).containsExactly("json.io");
  }

  @Test
  void oneEntityIsReadByItsTypeAndAnUnknownTypeIsRefused() {
    Institution institution = KsJson.strict().read(Institution.class, INSTITUTION).orElseThrow();
    assertThat(institution.id().value()).isEqualTo("A");
    byte[] bytes = INSTITUTION.getBytes(StandardCharsets.UTF_8);
    assertThat(KsJson.strict().read(Institution.class, bytes).orElseThrow()).isEqualTo(institution);
    assertThat(KsJson.strict().read(Institution.class, new StringReader(INSTITUTION)).orElseThrow())
        .isEqualTo(institution);
    assertThatThrownBy(() -> KsJson.strict().read(Thread.class, "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the ksmodel JSON format has no form for class java.lang.Thread");
    assertThatThrownBy(() -> KsJson.strict().writeString(Thread.class, Thread.currentThread()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the ksmodel JSON format has no form for class java.lang.Thread");
  }

  @Test
  void theBuilderStartsStrictCompactAndWithTheDefaultLimits() {
    KsJson json = KsJson.builder().build();
    assertThat(json.mode()).isEqualTo(ReadMode.STRICT);
    assertThat(json.limits()).isSameAs(JsonLimits.defaults());
    assertThat(KsJson.strict().mode()).isEqualTo(ReadMode.STRICT);
    assertThat(KsJson.lenient().mode()).isEqualTo(ReadMode.LENIENT);
    assertThat(json.toString())
        .isEqualTo(
            "KsJson{mode=STRICT, limits="
                + JsonLimits.defaults()
                + ", pretty=false, omitPersonalData=false}");
    assertThat(KsJson.builder().mode(ReadMode.LENIENT).prettyPrint(true).build().toString())
        .startsWith("KsJson{mode=LENIENT, ")
        .endsWith(", pretty=true, omitPersonalData=false}");
    assertThatThrownBy(() -> KsJson.builder().mode(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> KsJson.builder().limits(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void prettyPrintingIndentsAndCompactWritingDoesNot() {
    Institution institution = KsJson.strict().read(Institution.class, INSTITUTION).orElseThrow();
    String compact = KsJson.strict().writeString(institution);
    assertThat(compact).doesNotContain("\n").doesNotContain(": ").startsWith("{\"id\":\"A\"");
    String pretty = KsJson.builder().prettyPrint(true).build().writeString(institution);
    assertThat(pretty).contains("\n  \"id\": \"A\",\n");
    assertThat(KsJson.strict().read(Institution.class, pretty).orElseThrow())
        .isEqualTo(institution);
  }

  @Test
  void everyWritingRouteGivesTheSameText(@TempDir Path dir) throws IOException {
    Dataset dataset = everyKind();
    KsJson json = KsJson.strict();
    String text = json.writeString(dataset);
    assertThat(text).startsWith("{\"ksmodel\":\"1.1\",");
    assertThat(new String(json.writeBytes(dataset), StandardCharsets.UTF_8)).isEqualTo(text);
    AtomicBoolean closed = new AtomicBoolean();
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    json.write(dataset, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(closed).isFalse();
    StringWriter writer = new StringWriter();
    json.write(dataset, writer);
    assertThat(writer.toString()).isEqualTo(text);
    Path file = dir.resolve("d.json");
    json.write(dataset, file);
    assertThat(Files.readString(file)).isEqualTo(text);
    assertThat(json.readDataset(file).orElseThrow()).isEqualTo(dataset);
    assertThat(json.readDataset(text).orElseThrow()).isEqualTo(dataset);
  }

  @Test
  void ndjsonKeepsEveryKindOfEntityOnEveryRoute(@TempDir Path dir) throws IOException {
    Dataset dataset = everyKind();
    KsJson json = KsJson.strict();
    String ndjson = json.writeNdjson(dataset);
    int entities =
        dataset.institutions().size()
            + dataset.solutions().size()
            + dataset.partnerships().size()
            + dataset.fundings().size()
            + dataset.resultsFrameworks().size()
            + dataset.knowledgeRequests().size();
    assertThat(ndjson.split("\n", -1)).hasSize(entities + 1);
    assertThat(ndjson).endsWith("\n");
    byte[] bytes = ndjson.getBytes(StandardCharsets.UTF_8);
    assertThat(json.readNdjson(ndjson).orElseThrow()).isEqualTo(dataset);
    assertThat(json.readNdjson(bytes).orElseThrow()).isEqualTo(dataset);
    assertThat(json.readNdjson(new ByteArrayInputStream(bytes)).orElseThrow()).isEqualTo(dataset);
    Path file = dir.resolve("d.ndjson");
    try (NdjsonWriter writer = json.ndjsonWriter(file)) {
      assertThat(writer.writeAll(dataset)).isSameAs(writer);
      assertThat(writer.count()).isEqualTo(entities);
    }
    assertThat(Files.readString(file)).isEqualTo(ndjson);
    assertThat(json.readNdjson(file).orElseThrow()).isEqualTo(dataset);
  }

  @Test
  void ndjsonReadingKeysUnboundMembersByLineAndBlocksAsTheModeSays() {
    String line = "{\"kind\":\"institution\"," + INSTITUTION.substring(1);
    String extra = line.replace("\"country\"", "\"extra\":[1],\"country\"");
    String text = line + "\n" + extra + "\n";
    ReadResult<Dataset> lenient = KsJson.lenient().readNdjson(text);
    assertThat(lenient.orElseThrow().institutions()).hasSize(2);
    assertThat(lenient.unboundMembers()).containsExactly(java.util.Map.entry("2:/extra", "[1]"));
    assertThat(codes(lenient)).containsExactly("json.member.unknown");
    assertThat(KsJson.strict().readNdjson(text).isSuccess()).isFalse();
    ReadResult<Dataset> badLine = KsJson.lenient().readNdjson(line + "\nnot json\n");
    assertThat(badLine.orElseThrow().institutions()).hasSize(1);
    assertThat(badLine.hasErrors()).isTrue();
    assertThat(KsJson.strict().readNdjson(line + "\n").orElseThrow().institutions()).hasSize(1);
  }

  @Test
  void anNdjsonWriterRefusesWhatIsNotAnEntityAndLeavesACallersStreamOpen() throws IOException {
    AtomicBoolean closed = new AtomicBoolean();
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    Institution institution = KsJson.strict().read(Institution.class, INSTITUTION).orElseThrow();
    try (NdjsonWriter writer = KsJson.strict().ndjsonWriter(out)) {
      assertThatThrownBy(() -> writer.write(FOREIGN_ENTITY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("not an entity of the model: ");
      assertThatThrownBy(() -> KsJson.strict().writeString(FOREIGN_ENTITY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("not an entity of the model: ");
      assertThatThrownBy(() -> writer.write(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> KsJson.strict().ndjsonWriter((java.io.OutputStream) null))
          .isInstanceOf(NullPointerException.class);
      assertThat(writer.write(institution).write(institution).count()).isEqualTo(2);
      writer.flush();
      assertThat(out.toString(StandardCharsets.UTF_8).split("\n")).hasSize(2);
    }
    assertThat(closed).isFalse();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("{\"kind\":\"institution\",\"id\":\"A\"")
        .endsWith("}\n");
  }

  @Test
  void theSchemaIsOnTheClassPath() {
    String schema = KsJson.schema();
    assertThat(schema).startsWith("{").contains("https://json-schema.org/draft/2020-12/schema");
    assertThat(KsJson.class.getResource(KsJson.SCHEMA_RESOURCE)).isNotNull();
    assertThat(KsJson.FORMAT_VERSION).isEqualTo("1.1");
  }
}
