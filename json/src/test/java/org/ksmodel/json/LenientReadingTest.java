package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;

/** What strict and lenient reading do with input that is readable but not exactly right. */
class LenientReadingTest {
  private static final String NAME =
      "\"name\":{\"defaultLanguage\":\"en\",\"texts\":{\"en\":\"A\"}}";

  private static String institution(String id, String extra) {
    return "{\"id\":\""
        + id
        + "\","
        + NAME
        + ",\"country\":\"CO\",\"type\":\"LINE_MINISTRY\""
        + extra
        + "}";
  }

  private static String document(String... institutions) {
    return "{\"ksmodel\":\"1.0\",\"institutions\":[" + String.join(",", institutions) + "]}";
  }

  @Test
  void unknownMembersFailStrictReadingAndAreKeptByLenientReading() {
    String json = document(institution("A", ",\"nickname\":{\"short\":\"A\"}"));
    ReadResult<Dataset> strict = KsJson.strict().readDataset(json);
    assertThat(strict.isSuccess()).isFalse();
    assertThat(strict.problems()).extracting(Violation::severity).containsExactly(Severity.ERROR);

    ReadResult<Dataset> lenient = KsJson.lenient().readDataset(json);
    assertThat(lenient.orElseThrow().institutions()).hasSize(1);
    Violation warning = lenient.problems().get(0);
    assertThat(warning.code()).isEqualTo("json.member.unknown");
    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    assertThat(warning.subjectId()).contains("A");
    assertThat(warning.location()).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(1));
    assertThat(lenient.unboundMembers())
        .containsEntry("/institutions/0/nickname", "{\"short\":\"A\"}");
  }

  @Test
  void coercionsAreConvertedWithAWarning() {
    String json = document(institution("A", ",\"acronym\":42"));
    Institution read = KsJson.lenient().readDataset(json).orElseThrow().institutions().get(0);
    assertThat(read.acronym()).contains("42");
    assertThat(KsJson.strict().readDataset(json).isSuccess()).isFalse();
  }

  @Test
  void theFirstOfDuplicateMembersIsKeptAndTheOtherIsNotLost() {
    String json = document(institution("A", ",\"acronym\":\"FIRST\",\"acronym\":\"SECOND\""));
    ReadResult<Dataset> lenient = KsJson.lenient().readDataset(json);
    assertThat(lenient.orElseThrow().institutions().get(0).acronym()).contains("FIRST");
    assertThat(lenient.unboundMembers()).containsEntry("/institutions/0/acronym", "\"SECOND\"");
    assertThat(lenient.problems())
        .extracting(Violation::code)
        .containsExactly("json.key.duplicate");
  }

  @Test
  void aBadEntityIsLeftOutWithItsPositionAndTheOthersAreKept() {
    String json =
        "{\"ksmodel\":\"1.0\",\"institutions\":[\n"
            + institution("A", "")
            + ",\n"
            + institution("B", ",\"country\":\"Colombia\",\"parent\":\"B\"")
                .replace(",\"country\":\"CO\"", "")
            + ",\n"
            + institution("C", "")
            + "]}";
    ReadResult<Dataset> lenient = KsJson.lenient().readDataset(json);
    assertThat(lenient.orElseThrow().institutions())
        .extracting(i -> i.id().value())
        .containsExactly("A", "C");
    Violation dropped =
        lenient.problems().stream()
            .filter(p -> p.code().equals("json.entity.dropped"))
            .findFirst()
            .orElseThrow();
    assertThat(dropped.path().toJsonPointer()).isEqualTo("/institutions/1");
    assertThat(Located.line(dropped)).isEqualTo(3);
    assertThat(Located.column(dropped)).isEqualTo(1);
    assertThat(lenient.problems())
        .anySatisfy(p -> assertThat(p.path().toJsonPointer()).isEqualTo("/institutions/1/country"));
    assertThat(KsJson.strict().readDataset(json).isSuccess()).isFalse();
  }

  @Test
  void unknownEnumConstantsAreWarningsInOptionalPlacesAndKeptRaw() {
    String json =
        document(
            institution(
                "A",
                ",\"hubProfile\":{\"scope\":\"NATIONAL\",\"stance\":\"DUAL\",\"institutionalModel\":\"SPACE_AGENCY\"}"));
    ReadResult<Dataset> lenient = KsJson.lenient().readDataset(json);
    Institution read = lenient.orElseThrow().institutions().get(0);
    assertThat(read.hubProfile().orElseThrow().institutionalModel()).isEmpty();
    assertThat(lenient.problems()).extracting(Violation::severity).containsOnly(Severity.WARNING);
    assertThat(lenient.unboundMembers())
        .containsEntry("/institutions/0/hubProfile/institutionalModel", "\"SPACE_AGENCY\"");
  }

  @Test
  void aNewerMinorVersionIsReadWithItsNewMembersAsWarningsEvenInStrictMode() {
    String json =
        "{\"ksmodel\":\"1.3\",\"institutions\":["
            + institution("A", ",\"newIn13\":true")
            + "],\"newCollection\":[]}";
    ReadResult<Dataset> strict = KsJson.strict().readDataset(json);
    assertThat(strict.orElseThrow().institutions()).hasSize(1);
    assertThat(strict.problems())
        .extracting(Violation::code, Violation::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("json.version.newer", Severity.INFO),
            org.assertj.core.groups.Tuple.tuple("json.member.unknown", Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple("json.member.unknown", Severity.WARNING));
  }

  @Test
  void aMissingVersionIsAnErrorInStrictModeAndAWarningInLenientMode() {
    String json = "{\"institutions\":[" + institution("A", "") + "]}";
    assertThat(KsJson.strict().readDataset(json).isSuccess()).isFalse();
    ReadResult<Dataset> lenient = KsJson.lenient().readDataset(json);
    assertThat(lenient.orElseThrow().institutions()).hasSize(1);
    assertThat(lenient.problems().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void anotherMajorVersionIsNotRead() {
    ReadResult<Dataset> lenient = KsJson.lenient().readDataset("{\"ksmodel\":\"2.0\"}");
    assertThat(lenient.isSuccess()).isFalse();
    assertThat(lenient.problems().get(0).severity()).isEqualTo(Severity.FATAL);
  }

  @Test
  void absentCollectionsAndEmptyArraysAreBothEmpty() {
    Dataset absent = KsJson.strict().readDataset("{\"ksmodel\":\"1.0\"}").orElseThrow();
    Dataset empty =
        KsJson.strict()
            .readDataset("{\"ksmodel\":\"1.0\",\"institutions\":[],\"solutions\":[]}")
            .orElseThrow();
    assertThat(absent).isEqualTo(Dataset.empty()).isEqualTo(empty);
    assertThat(KsJson.strict().writeString(empty)).isEqualTo("{\"ksmodel\":\"1.1\"}");
  }

  @Test
  void moneyIsReadFromStringsAndNumbersWithoutFloatingPoint() {
    String json =
        "{\"ksmodel\":\"1.0\",\"fundings\":[{\"id\":\"F\",\"partnership\":\"P\","
            + "\"totalBudget\":{\"amount\":12345678901234567890.123456789,\"currency\":\"USD\"}}]}";
    Dataset read = KsJson.strict().readDataset(json).orElseThrow();
    assertThat(read.fundings().get(0).totalBudget().orElseThrow().amount().toPlainString())
        .isEqualTo("12345678901234567890.123456789");
    assertThat(KsJson.strict().writeString(read))
        .contains("\"amount\":\"12345678901234567890.123456789\"");
  }

  @Test
  void aSingleEntityReadsAndWritesOnItsOwnWithOrWithoutKind() {
    String json = institution("A", "");
    Institution read = KsJson.strict().read(Institution.class, json).orElseThrow();
    assertThat(KsJson.strict().writeString(read)).isEqualTo(json);
    String withKind = "{\"kind\":\"institution\"," + json.substring(1);
    assertThat(KsJson.strict().read(Institution.class, withKind).orElseThrow()).isEqualTo(read);
  }

  @Test
  void readingNeverThrowsForAMissingFile() {
    ReadResult<Dataset> result =
        KsJson.strict().readDataset(java.nio.file.Path.of("/no/such/file.json"));
    assertThat(result.problems()).extracting(Violation::code).containsExactly("json.io");
  }

  @Test
  void aDroppedPartIsLocatedWhereItStarts() {
    String activity =
        "{\"instrument\": \"STUDY_TOUR\", \"delivery\": \"VIRTUAL\","
            + " \"period\": {\"start\": \"2025-02-30\"}}";
    String document =
        "{\"ksmodel\": \"1.0\", \"partnerships\": [{\"id\": \"P\","
            + " \"title\": {\"defaultLanguage\": \"en\", \"texts\": {\"en\": \"T\"}},"
            + " \"modality\": \"SOUTH_SOUTH\", \"form\": \"PROJECT\", \"status\": \"ACTIVE\","
            + "\n \"activities\": ["
            + activity
            + "]}]}";
    ReadResult<Dataset> read = KsJson.lenient().readDataset(document);
    assertThat(read.orElseThrow().partnerships()).hasSize(1);
    Violation dropped =
        read.problems().stream()
            .filter(p -> p.code().equals("json.value.dropped"))
            .findFirst()
            .orElseThrow();
    assertThat(dropped.path().toJsonPointer()).isEqualTo("/partnerships/0/activities/0");
    String secondLine = document.substring(document.indexOf('\n') + 1);
    assertThat(Located.line(dropped)).isEqualTo(2);
    assertThat(Located.column(dropped)).isEqualTo(secondLine.indexOf(activity) + 1);
  }

  private static String partnership(String parts) {
    return "{\"ksmodel\": \"1.0\", \"partnerships\": [{\"id\": \"P\","
        + " \"title\": {\"defaultLanguage\": \"en\", \"texts\": {\"en\": \"T\"}},"
        + " \"modality\": \"SOUTH_SOUTH\", \"form\": \"PROJECT\", \"status\": \"ACTIVE\","
        + parts
        + "}]}";
  }

  @Test
  void thePartsLeftOutOfAKeptRecordAreKeptAsInTheInputWithTheirPointers() {
    String activity =
        "{\"instrument\": \"STUDY_TOUR\",\n  \"period\": {\"start\": \"2025-02-30\"}}";
    String participation = "{\"institution\": \"A\", \"roles\": []}";
    String document =
        partnership(
            " \"activities\": ["
                + activity
                + "], \"participations\": ["
                + participation
                + "], \"sdgTargets\": [\"4.1\", {\"no\": \"target\"}]");
    for (ReadResult<Dataset> read :
        java.util.List.of(
            KsJson.lenient().readDataset(document),
            KsJson.lenient()
                .readDataset(
                    new java.io.ByteArrayInputStream(
                        document.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
            KsJson.lenient().readDataset(new java.io.StringReader(document)))) {
      assertThat(read.orElseThrow().partnerships()).hasSize(1);
      assertThat(read.quarantine()).isEmpty();
      assertThat(read.unboundMembers())
          .containsEntry("/partnerships/0/activities/0", activity)
          .containsEntry("/partnerships/0/participations/0", participation)
          .containsEntry("/partnerships/0/sdgTargets/1", "{\"no\":\"target\"}");
      assertThat(read.problems())
          .filteredOn(p -> p.code().equals("json.value.dropped"))
          .extracting(p -> p.path().toJsonPointer())
          .containsExactly("/partnerships/0/activities/0", "/partnerships/0/participations/0");
    }
  }

  @Test
  void aLongPartOfAStreamIsKeptWhileItsRecordIsWithinTheQuarantineLimit() {
    String padding = "x".repeat(100_000);
    String activity =
        "{\"instrument\": \"STUDY_TOUR\", \"description\": {\"defaultLanguage\": \"en\","
            + " \"texts\": {\"en\": \""
            + padding
            + "\"}}, \"period\": {\"start\": \"2025-02-30\"}}";
    byte[] document =
        partnership(" \"activities\": [" + activity + "]")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ReadResult<Dataset> kept =
        KsJson.lenient().readDataset(new java.io.ByteArrayInputStream(document));
    assertThat(kept.unboundMembers()).containsEntry("/partnerships/0/activities/0", activity);

    KsJson small =
        KsJson.builder()
            .mode(ReadMode.LENIENT)
            .limits(JsonLimits.builder().maxQuarantinedLength(1_000).build())
            .build();
    ReadResult<Dataset> lost = small.readDataset(new java.io.ByteArrayInputStream(document));
    assertThat(lost.unboundMembers()).doesNotContainKey("/partnerships/0/activities/0");
    assertThat(lost.problems())
        .filteredOn(p -> p.code().equals("json.value.dropped"))
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("its text could not be kept"));
    // In memory, the whole input is there to slice.
    assertThat(small.readDataset(document).unboundMembers())
        .containsEntry("/partnerships/0/activities/0", activity);
  }

  @Test
  void thePartsLeftOutOfAnNdjsonLineAreKeptUnderItsLineNumber() {
    String participation = "{\"institution\":\"A\",\"roles\":[]}";
    String ndjson =
        "{\"kind\":\"institution\","
            + institution("A", "").substring(1)
            + "\n{\"kind\":\"partnership\",\"id\":\"P\","
            + "\"title\":{\"defaultLanguage\":\"en\",\"texts\":{\"en\":\"T\"}},"
            + "\"modality\":\"SOUTH_SOUTH\",\"form\":\"PROJECT\",\"status\":\"ACTIVE\","
            + "\"participations\":["
            + participation
            + "]}\n";
    ReadResult<Dataset> read = KsJson.lenient().readNdjson(ndjson);
    assertThat(read.orElseThrow().partnerships()).hasSize(1);
    assertThat(read.unboundMembers()).containsEntry("2:/participations/0", participation);
  }
}
