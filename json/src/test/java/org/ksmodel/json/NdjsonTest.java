package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;
import org.ksmodel.testkit.Rng;

/** Reading NDJSON line by line, bad lines included. */
class NdjsonTest {
  private static final String GOOD =
      "{\"kind\":\"institution\",\"id\":\"A\",\"name\":{\"defaultLanguage\":\"en\",\"texts\":"
          + "{\"en\":\"A\"}},\"country\":\"CO\",\"type\":\"LINE_MINISTRY\"}";

  private static List<NdjsonRecord> read(KsJson json, String text) {
    try (NdjsonReader reader =
        json.ndjsonReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      return reader.stream().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aBadLineIsReportedWithItsNumberAndTextAndReadingGoesOn() {
    String text =
        GOOD
            + "\n"
            + "{\"kind\":\"institution\",\"id\":\n"
            + "\n"
            + GOOD.replace("\"A\"", "\"B\"")
            + "\n";
    List<NdjsonRecord> records = read(KsJson.lenient(), text);
    assertThat(records).extracting(NdjsonRecord::lineNumber).containsExactly(1L, 2L, 4L);
    NdjsonRecord bad = records.get(1);
    assertThat(bad.isSuccess()).isFalse();
    assertThat(bad.rawText()).contains("{\"kind\":\"institution\",\"id\":");
    assertThat(bad.problems())
        .extracting(Violation::code)
        .contains("json.truncated", "json.entity.dropped");
    assertThat(bad.problems()).allSatisfy(p -> assertThat(Located.line(p)).isEqualTo(2));
    assertThat(records.get(2).entity(Institution.class).orElseThrow().id().value()).isEqualTo("B");
  }

  @Test
  void strictReadingStopsAfterTheFirstBadLine() {
    String text = GOOD + "\n" + "not json\n" + GOOD + "\n";
    List<NdjsonRecord> records = read(KsJson.strict(), text);
    assertThat(records).hasSize(2);
    assertThat(records.get(1).problems()).extracting(Violation::code).contains("json.syntax");
    assertThat(KsJson.strict().readNdjson(text).isSuccess()).isFalse();
    assertThat(KsJson.lenient().readNdjson(text).orElseThrow().institutions()).hasSize(2);
  }

  @Test
  void theKindMayComeAnywhereButMustBeKnown() {
    String last = "{" + GOOD.substring(GOOD.indexOf("\"id\"")).replace("}}", "}}");
    last = last.substring(0, last.length() - 1) + ",\"kind\":\"institution\"}";
    String text =
        last
            + "\r\n"
            + GOOD.replace("\"institution\"", "\"embassy\"")
            + "\n"
            + GOOD.replace("\"kind\":\"institution\",", "")
            + "\n";
    List<NdjsonRecord> records = read(KsJson.lenient(), text);
    assertThat(records.get(0).kind()).contains(EntityKind.INSTITUTION);
    assertThat(records.get(0).problems()).isEmpty();
    assertThat(records.get(1).problems()).extracting(Violation::code).contains("json.kind.unknown");
    assertThat(records.get(2).problems()).extracting(Violation::code).contains("json.kind.missing");
  }

  @Test
  void aLineLongerThanTheLimitIsSkippedWithoutBeingHeld() {
    KsJson json =
        KsJson.builder()
            .mode(ReadMode.LENIENT)
            .limits(JsonLimits.builder().maxDocumentLength(1_000).build())
            .build();
    String text =
        GOOD
            + "\n"
            + "{\"kind\":\"institution\",\"x\":\""
            + "y".repeat(5_000)
            + "\"}\n"
            + GOOD
            + "\n";
    List<NdjsonRecord> records = read(json, text);
    assertThat(records).hasSize(3);
    assertThat(records.get(1).problems())
        .extracting(Violation::code)
        .contains("json.limit.document");
    assertThat(records.get(1).rawText().orElseThrow()).hasSizeLessThanOrEqualTo(200);
    assertThat(records.get(2).isSuccess()).isTrue();
  }

  @Test
  void problemsInsideALinePointIntoTheLineAndNameTheEntity() {
    String text = GOOD.replace("\"LINE_MINISTRY\"", "\"LINE_MINISTRY\",\"extra\":1") + "\n";
    NdjsonRecord record = read(KsJson.lenient(), text).get(0);
    Violation problem = record.problems().get(0);
    assertThat(problem.path().toJsonPointer()).isEqualTo("/extra");
    assertThat(problem.subjectId()).contains("A");
    assertThat(record.unboundMembers()).containsEntry("/extra", "1");
  }

  @Test
  void filesAreWrittenAndReadIncrementally(@TempDir Path directory) throws Exception {
    Dataset dataset = DatasetGen.dataset(5).next(Rng.seeded(3));
    Path file = directory.resolve("data.ndjson");
    try (NdjsonWriter writer = KsJson.strict().ndjsonWriter(file)) {
      writer.writeAll(dataset);
    }
    assertThat(Files.readAllLines(file)).hasSize(dataset.size());
    assertThat(KsJson.strict().readNdjson(file).orElseThrow()).isEqualTo(dataset);
    assertThat(KsJson.strict().readNdjson(directory.resolve("missing")).problems())
        .extracting(Violation::code)
        .containsExactly("json.io");
  }

  @Test
  void aClosedWriterRefusesToWriteAndClosesOnce() throws Exception {
    Dataset dataset = DatasetGen.dataset(1).next(Rng.seeded(4));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    NdjsonWriter writer = KsJson.strict().ndjsonWriter(out);
    writer.writeAll(dataset);
    writer.close();
    int written = out.size();
    writer.close(); // a second close does nothing
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> writer.write(dataset.partnerships().get(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    org.assertj.core.api.Assertions.assertThatThrownBy(writer::flush)
        .isInstanceOf(IllegalStateException.class);
    assertThat(out.size()).isEqualTo(written);
  }
}
