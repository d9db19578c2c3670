package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.Severity;
import org.ksmodel.common.SourceLocation;
import org.ksmodel.common.Violation;
import org.ksmodel.institution.Institution;

/** The NDJSON reader at its edges: line ends, blank lines, the line limit, failing input. */
class NdjsonReaderEdgeTest {
  private static final String GOOD =
      "{\"kind\":\"institution\",\"id\":\"A\",\"name\":{\"defaultLanguage\":\"en\",\"texts\":"
          + "{\"en\":\"A\"}},\"country\":\"CO\",\"type\":\"LINE_MINISTRY\"}";

  private static String good(String id) {
    return GOOD.replace("\"A\"", "\"" + id + "\"");
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<NdjsonRecord> read(KsJson json, String text) {
    try (NdjsonReader reader = json.ndjsonReader(stream(text))) {
      return reader.stream().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> codes(NdjsonRecord record) {
    return record.problems().stream().map(Violation::code).toList();
  }

  private static KsJson withLineLimit(long limit) {
    return KsJson.builder()
        .mode(ReadMode.LENIENT)
        .limits(JsonLimits.builder().maxDocumentLength(limit).build())
        .build();
  }

  @Test
  void blankLinesAreCountedButGiveNoRecordAndTheLastLineNeedsNoEnd() {
    String text = "\n \t\r\n" + good("A") + "\r\n\r\n" + good("B");
    try (NdjsonReader reader = KsJson.strict().ndjsonReader(stream(text))) {
      assertThat(reader.linesRead()).isZero();
      assertThat(reader.hasNext()).isTrue();
      assertThat(reader.hasNext()).isTrue();
      NdjsonRecord first = reader.next();
      assertThat(first.lineNumber()).isEqualTo(3);
      assertThat(reader.linesRead()).isEqualTo(3);
      assertThat(first.problems()).isEmpty();
      assertThat(first.rawText()).isEmpty();
      assertThat(first.kind()).contains(EntityKind.INSTITUTION);
      assertThat(first.entity(Institution.class).orElseThrow().id().value()).isEqualTo("A");
      NdjsonRecord second = reader.next();
      assertThat(second.lineNumber()).isEqualTo(5);
      assertThat(second.entity(Institution.class).orElseThrow().id().value()).isEqualTo("B");
      assertThat(reader.hasNext()).isFalse();
      assertThat(reader.linesRead()).isEqualTo(5);
      assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void anEmptyInputHasNoRecord() {
    assertThat(read(KsJson.lenient(), "")).isEmpty();
    assertThat(read(KsJson.lenient(), "\n\n  \n")).isEmpty();
  }

  @Test
  void aLineThatIsNotAnObjectIsDroppedWithItsText() {
    List<NdjsonRecord> records = read(KsJson.lenient(), "[1,2]\n\"text\"\n" + good("A") + "\n");
    assertThat(records).hasSize(3);
    assertThat(codes(records.get(0))).containsExactly("json.root", "json.entity.dropped");
    assertThat(records.get(0).problems().get(0).severity()).isEqualTo(Severity.FATAL);
    assertThat(records.get(0).problems().get(0).message())
        .startsWith("an NDJSON line is a JSON object, got an array");
    assertThat(records.get(0).rawText()).contains("[1,2]");
    assertThat(records.get(0).kind()).isEmpty();
    assertThat(records.get(0).toString())
        .isEqualTo("NdjsonRecord{line=1, kind=-, no entity, problems=2}");
    assertThat(codes(records.get(1))).containsExactly("json.root", "json.entity.dropped");
    assertThat(records.get(1).problems().get(0).message())
        .startsWith("an NDJSON line is a JSON object, got a string");
    assertThat(records.get(2).isSuccess()).isTrue();
    assertThat(records.get(2).toString())
        .isEqualTo("NdjsonRecord{line=3, kind=institution, entity, problems=0}");
  }

  @Test
  void theDroppedLineIsQuotedInFullUpTo200Characters() {
    String head = "{\"kind\":\"embassy\",\"x\":\"";
    String exactly200 = head + "a".repeat(200 - head.length() - 2) + "\"}";
    assertThat(exactly200).hasSize(200);
    String longer = exactly200.replace("\"x\":\"", "\"x\":\"b");
    List<NdjsonRecord> records = read(KsJson.lenient(), exactly200 + "\n" + longer + "\n");
    Violation full = records.get(0).problems().get(1);
    assertThat(full.code()).isEqualTo("json.entity.dropped");
    assertThat(full.severity()).isEqualTo(Severity.ERROR);
    assertThat(full.message()).isEqualTo("line 1 left out: " + exactly200);
    assertThat(full.arguments()).containsExactly(exactly200);
    assertThat(full.location()).hasValue(SourceLocation.of(1, 1));
    Violation cut = records.get(1).problems().get(1);
    assertThat(cut.arguments().get(0)).isEqualTo(longer.substring(0, 197) + "...");
    assertThat(records.get(1).rawText()).contains(longer);
  }

  @Test
  void anUnknownKindFirstIsReportedWithItsName() {
    List<NdjsonRecord> records =
        read(KsJson.lenient(), GOOD.replace("\"institution\"", "\"embassy\"") + "\n");
    Violation unknown = records.get(0).problems().get(0);
    assertThat(unknown.code()).isEqualTo("json.kind.unknown");
    assertThat(unknown.severity()).isEqualTo(Severity.ERROR);
    assertThat(unknown.message()).startsWith("unknown kind 'embassy'");
    assertThat(unknown.arguments()).endsWith("embassy");
    assertThat(codes(records.get(0))).containsExactly("json.kind.unknown", "json.entity.dropped");
    List<NdjsonRecord> number = read(KsJson.lenient(), "{\"kind\":7,\"id\":\"A\"}\n");
    assertThat(number.get(0).problems().get(0).message()).startsWith("unknown kind 7");
  }

  @Test
  void aLineExactlyAtTheLimitIsReadAndOneByteMoreIsNot() {
    String line = good("A");
    List<NdjsonRecord> atLimit = read(withLineLimit(line.length()), line + "\n" + line + "x\n");
    assertThat(atLimit.get(0).isSuccess()).isTrue();
    NdjsonRecord over = atLimit.get(1);
    assertThat(over.isSuccess()).isFalse();
    assertThat(codes(over)).containsExactly("json.limit.document", "json.entity.dropped");
    assertThat(over.problems().get(0).severity()).isEqualTo(Severity.FATAL);
    assertThat(over.problems().get(0).message())
        .isEqualTo("line 2 is longer than the limit of " + line.length());
    // Only the line's first limit bytes are kept, marked as cut.
    assertThat(over.rawText()).hasValue(line);
    assertThat(over.quarantined().orElseThrow().rawTextCut()).isTrue();
  }

  @Test
  void aCrLfLineIsReadWithinALimitThatHoldsItsCarriageReturn() {
    String line = good("A");
    List<NdjsonRecord> records = read(withLineLimit(line.length() + 1), line + "\r\n");
    assertThat(records.get(0).isSuccess()).isTrue();
  }

  @Test
  void aLineOverTheLimitIsKeptUpToTheLimitAndTheNextLineIsReadAfresh() {
    String longLine = good("A".repeat(300));
    List<NdjsonRecord> records = read(withLineLimit(10), longLine + "\n" + "{}\n");
    assertThat(records.get(0).rawText().orElseThrow()).isEqualTo(longLine.substring(0, 10));
    assertThat(records.get(1).lineNumber()).isEqualTo(2);
    assertThat(codes(records.get(1))).doesNotContain("json.limit.document");
  }

  @Test
  void linesLongerThanTheReadBufferAreReadWhole() {
    StringBuilder text = new StringBuilder();
    String name = "n".repeat(150_000);
    String big = good("BIG").replace("{\"en\":\"BIG\"}", "{\"en\":\"" + name + "\"}");
    text.append(good("A")).append('\n').append(big).append('\n').append(good("C")).append('\n');
    List<NdjsonRecord> records = read(KsJson.lenient(), text.toString());
    assertThat(records).extracting(NdjsonRecord::lineNumber).containsExactly(1L, 2L, 3L);
    assertThat(records).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    Institution institution = records.get(1).entity(Institution.class).orElseThrow();
    assertThat(institution.id().value()).isEqualTo("BIG");
    assertThat(institution.name().orElseThrow().text()).isEqualTo(name);
  }

  @Test
  void aFailingStreamGivesOneFatalRecordAndStops() {
    InputStream failing =
        new InputStream() {
          private int left = (good("A") + "\n").length();
          private final byte[] bytes = (good("A") + "\n").getBytes(StandardCharsets.UTF_8);

          @Override
          public int read() throws IOException {
            if (left == 0) {
              throw new IOException("disk gone");
            }
            return bytes[bytes.length - left--];
          }
        };
    try (NdjsonReader reader = KsJson.lenient().ndjsonReader(failing)) {
      List<NdjsonRecord> records = reader.stream().toList();
      assertThat(records).hasSize(2);
      assertThat(records.get(0).isSuccess()).isTrue();
      NdjsonRecord failed = records.get(1);
      assertThat(failed.lineNumber()).isEqualTo(2);
      assertThat(codes(failed)).containsExactly("json.io");
      assertThat(failed.problems().get(0).severity()).isEqualTo(Severity.FATAL);
      assertThat(failed.problems().get(0).message())
          .startsWith("the input could not be read: java.io.IOException: disk gone");
      assertThat(Located.line(failed.problems().get(0))).isEqualTo(2);
      assertThat(reader.hasNext()).isFalse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aFileThatCannotBeOpenedIsOneFatalRecord(@TempDir Path dir) {
    for (KsJson json : new KsJson[] {KsJson.strict(), KsJson.lenient()}) {
      try (NdjsonReader reader = json.ndjsonReader(dir.resolve("missing.ndjson"))) {
        NdjsonRecord record = reader.next();
        assertThat(record.lineNumber()).isZero();
        assertThat(codes(record)).containsExactly("json.io");
        assertThat(record.problems().get(0).message())
            .startsWith("the input could not be opened: java.nio.file.NoSuchFileException");
        assertThat(Located.line(record.problems().get(0))).isEqualTo(-1);
        assertThat(reader.hasNext()).isFalse();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(json.readNdjson(dir.resolve("missing.ndjson")).isSuccess()).isFalse();
    }
  }

  @Test
  void closingTheStreamClosesTheReaderAndItsInput() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in =
        new ByteArrayInputStream(good("A").getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    NdjsonReader reader = KsJson.lenient().ndjsonReader(in);
    try (Stream<NdjsonRecord> records = reader.stream()) {
      assertThat(records.count()).isEqualTo(1);
    }
    assertThat(closed).isTrue();
  }

  @Test
  void strictReadingStopsAtAWarningFreeErrorButNotAtAWarning() {
    String unknownMember = good("A").replace("\"country\"", "\"extra\":1,\"country\"");
    List<NdjsonRecord> lenient = read(KsJson.lenient(), unknownMember + "\n" + good("B") + "\n");
    assertThat(lenient).hasSize(2);
    assertThat(lenient.get(0).isSuccess()).isTrue();
    assertThat(lenient.get(0).unboundMembers()).containsKey("/extra");
    List<NdjsonRecord> strict = read(KsJson.strict(), unknownMember + "\n" + good("B") + "\n");
    assertThat(strict).hasSize(1);
    assertThat(strict.get(0).isSuccess()).isFalse();
  }

  @Test
  void anEntityThatCannotBeBuiltIsReportedAsDroppedOnce() {
    String noId = "{\"kind\":\"institution\",\"country\":\"CO\",\"type\":\"LINE_MINISTRY\"}";
    List<NdjsonRecord> records = read(KsJson.lenient(), noId + "\n");
    assertThat(codes(records.get(0))).containsOnlyOnce("json.entity.dropped");
    assertThat(codes(records.get(0))).contains("json.member.missing");
    assertThat(records.get(0).rawText()).contains(noId);
  }

  @Test
  void theCarriageReturnOfACrLfLineIsNotPartOfItsText() {
    List<NdjsonRecord> records = read(KsJson.lenient(), "not json\r\n");
    assertThat(records.get(0).rawText()).contains("not json");
  }

  @Test
  void aFinalNewlineEndsTheLastLineAndStartsNoOther() throws IOException {
    try (NdjsonReader reader = KsJson.lenient().ndjsonReader(stream(good("A") + "\n"))) {
      assertThat(reader.stream().count()).isEqualTo(1);
      assertThat(reader.linesRead()).isEqualTo(1);
    }
  }

  @Test
  void spacesTabsAndCarriageReturnsAloneMakeABlankLine() throws IOException {
    try (NdjsonReader reader = KsJson.strict().ndjsonReader(stream(" \n\t\n\r\r\n \t\r \n"))) {
      assertThat(reader.hasNext()).isFalse();
      assertThat(reader.linesRead()).isEqualTo(4);
    }
  }

  @Test
  void onlyALineThatReallyStartsWithKindIsReadInOnePass() {
    // A short line after a long one: what the line buffer held before must not count.
    String text = "  " + good("A") + "\n" + "  {\"ki\n" + "{\"kind\"\n";
    List<NdjsonRecord> records = read(KsJson.lenient(), text);
    assertThat(records.get(0).isSuccess()).isTrue();
    assertThat(codes(records.get(1))).contains("json.kind.missing");
    assertThat(codes(records.get(2)))
        .doesNotContain("json.kind.missing")
        .contains("json.entity.dropped");
  }
}
