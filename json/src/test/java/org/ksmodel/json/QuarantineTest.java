package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;

/** The records that cannot be built are quarantined with their raw text, place and problems. */
class QuarantineTest {
  private static String institution(String id, String extra) {
    return "{\"id\":\""
        + id
        + "\",\"name\":{\"defaultLanguage\":\"en\",\"texts\":{\"en\":\"Ágora ñ\"}}"
        + ",\"country\":\"CO\",\"type\":\"LINE_MINISTRY\""
        + extra
        + "}";
  }

  private static String document(List<String> institutions) {
    return "{\"ksmodel\":\"1.0\",\"institutions\":[" + String.join(",\n", institutions) + "]}";
  }

  @Test
  void aBadRecordAfterMoreInputThanTheStreamCopyHoldsKeepsItsExactText() {
    // 200 good records (over 64 KiB) before the bad one: its start is found in the copy's ring.
    List<String> records = new java.util.ArrayList<>();
    for (int i = 0; i < 800; i++) {
      records.add(institution("I-" + i, ""));
    }
    String bad =
        institution("BAD", ",\"country\":\"Colombia\"")
            .replace(",\"country\":\"CO\"", "")
            .replace("\"id\":\"BAD\"", "\"id\":\" BAD\"");
    records.add(bad);
    records.add(institution("LAST", ""));
    String json = document(records);
    assertThat(json.length()).isGreaterThan(1 << 16);
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    List<ReadResult<Dataset>> reads =
        List.of(
            KsJson.lenient().readDataset(json),
            KsJson.lenient().readDataset(bytes),
            KsJson.lenient().readDataset(new ByteArrayInputStream(bytes)),
            KsJson.lenient().readDataset(new StringReader(json)));
    for (ReadResult<Dataset> read : reads) {
      assertThat(read.orElseThrow().institutions()).hasSize(801);
      QuarantinedRecord record = read.quarantine().get(0);
      assertThat(read.quarantine()).hasSize(1);
      assertThat(record.rawText()).isEqualTo(bad);
      assertThat(record.rawTextCut()).isFalse();
      assertThat(record.index()).isEqualTo(800);
      assertThat(record.line()).isEqualTo(801);
      assertThat(record.column()).isEqualTo(1);
      assertThat(record.problems())
          .extracting(Violation::code)
          .containsExactly("value.whitespace", "value.form", "json.entity.dropped");
    }
    int at = json.indexOf(bad);
    assertThat(reads.get(0).quarantine().get(0).offset()).isEqualTo(at);
    assertThat(reads.get(2).quarantine().get(0).offset())
        .isEqualTo(json.substring(0, at).getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void aLongRecordIsKeptCutAtTheLimitOnACharacterBoundary() {
    String bad = institution("", ",\"acronym\":\"ñññññññññññññññññññ\"");
    KsJson json =
        KsJson.builder()
            .mode(ReadMode.LENIENT)
            .limits(JsonLimits.builder().maxQuarantinedLength(91).build())
            .build();
    String document = document(List.of(bad));
    for (ReadResult<Dataset> read :
        List.of(
            json.readDataset(document),
            json.readDataset(document.getBytes(StandardCharsets.UTF_8)),
            json.readDataset(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))))) {
      QuarantinedRecord record = read.quarantine().get(0);
      assertThat(record.rawTextCut()).isTrue();
      assertThat(bad).startsWith(record.rawText());
      assertThat(record.rawText().length()).isBetween(40, 91);
      assertThat(record.rawText()).doesNotContain("\uFFFD");
    }
  }

  @Test
  void aBrokenLimitInsideARecordQuarantinesWhatWasReadOfIt() {
    String bad = institution("BAD", ",\"acronym\":\"" + "x".repeat(50) + "\"");
    KsJson json =
        KsJson.builder()
            .mode(ReadMode.LENIENT)
            .limits(JsonLimits.builder().maxStringLength(20).build())
            .build();
    ReadResult<Dataset> read = json.readDataset(document(List.of(institution("A", ""), bad)));
    assertThat(read.isSuccess()).isFalse();
    QuarantinedRecord record = read.quarantine().get(0);
    assertThat(read.quarantine()).hasSize(1);
    assertThat(record.index()).isEqualTo(1);
    assertThat(record.rawTextCut()).isTrue();
    // Where the parser stopped may be past the record's end: the rest of the input is shown.
    assertThat(bad + "]}").startsWith(record.rawText());
    assertThat(record.rawText()).startsWith(bad.substring(0, bad.indexOf("xxx")));
    assertThat(record.problems()).extracting(Violation::code).containsExactly("json.limit.string");
  }

  @Test
  void strictReadingQuarantinesTooButGivesNoValue() {
    String bad = "{\"acronym\":\"B\"}";
    ReadResult<Dataset> read =
        KsJson.strict().readDataset(document(List.of(institution("A", ""), bad, "null")));
    assertThat(read.isSuccess()).isFalse();
    assertThat(read.quarantine())
        .extracting(QuarantinedRecord::rawText, QuarantinedRecord::index)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(bad, 1),
            org.assertj.core.groups.Tuple.tuple("null", 2));
    assertThat(read.quarantine().get(1).problems())
        .extracting(Violation::code)
        .containsExactly("json.null");
  }

  @Test
  void aCollectionThatIsNotAnArrayIsKeptRaw() {
    ReadResult<Dataset> read =
        KsJson.lenient().readDataset("{\"ksmodel\":\"1.0\",\"solutions\":{\"id\":\"S\"}}");
    assertThat(read.orElseThrow()).isEqualTo(Dataset.empty());
    assertThat(read.unboundMembers()).containsEntry("/solutions", "{\"id\":\"S\"}");
    assertThat(read.problems()).extracting(Violation::code).containsExactly("json.type");
  }

  @Test
  void utf16InputIsQuarantinedWithoutItsText() {
    String bad = "{\"acronym\":\"B\"}";
    byte[] utf16 = document(List.of(bad)).getBytes(StandardCharsets.UTF_16BE);
    for (ReadResult<Dataset> read :
        List.of(
            KsJson.lenient().readDataset(utf16),
            KsJson.lenient().readDataset(new ByteArrayInputStream(utf16)))) {
      QuarantinedRecord record = read.quarantine().get(0);
      assertThat(read.quarantine()).hasSize(1);
      assertThat(record.rawText()).isEmpty();
      assertThat(record.rawTextCut()).isTrue();
      assertThat(record.offset()).isEqualTo(-1);
      assertThat(record.line()).isEqualTo(1);
    }
  }

  @Test
  void aSingleValueHasNoQuarantine() {
    ReadResult<Institution> read = KsJson.lenient().read(Institution.class, "{\"acronym\":\"A\"}");
    assertThat(read.isSuccess()).isFalse();
    assertThat(read.quarantine()).isEmpty();
  }

  @Test
  void everyNdjsonLineIsInTheDatasetOrInTheQuarantine() {
    String good = "{\"kind\":\"institution\"," + institution("A", "").substring(1);
    String missing = "{\"kind\":\"institution\",\"acronym\":\"B\"}";
    String noKind = institution("C", "");
    String notJson = "{\"kind\":\"institution\",";
    String tooLong = "{\"kind\":\"institution\",\"id\":\"" + "y".repeat(300) + "\"}";
    String text = String.join("\n", good, missing, "", noKind, notJson, tooLong, good) + "\n";
    KsJson json =
        KsJson.builder()
            .mode(ReadMode.LENIENT)
            .limits(JsonLimits.builder().maxDocumentLength(250).maxQuarantinedLength(200).build())
            .build();
    ReadResult<Dataset> read = json.readNdjson(text);
    assertThat(read.orElseThrow().institutions()).hasSize(2);
    List<QuarantinedRecord> quarantine = read.quarantine();
    assertThat(quarantine).extracting(QuarantinedRecord::line).containsExactly(2L, 4L, 5L, 6L);
    assertThat(quarantine)
        .extracting(QuarantinedRecord::rawText)
        .containsExactly(missing, noKind, notJson, tooLong.substring(0, 200));
    assertThat(quarantine)
        .extracting(QuarantinedRecord::rawTextCut)
        .containsExactly(false, false, false, true);
    assertThat(quarantine.get(0).kind()).contains(EntityKind.INSTITUTION);
    assertThat(quarantine.get(1).kind()).isEmpty();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (QuarantinedRecord record : quarantine) {
      String from =
          new String(
              bytes,
              (int) record.offset(),
              bytes.length - (int) record.offset(),
              StandardCharsets.UTF_8);
      assertThat(from).startsWith(record.rawText());
      assertThat(record.index()).isEqualTo(-1);
      assertThat(read.problems()).containsAll(record.problems());
      assertThat(record.problems())
          .last()
          .extracting(Violation::code)
          .isEqualTo("json.entity.dropped");
    }
  }
}
