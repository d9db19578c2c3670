package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;

/**
 * Hostile documents beyond {@link LimitsTest} and the corpus of {@link BadInputTest}: nesting,
 * numbers, strings and members at their worst in the members the format has, in NDJSON lines and
 * through a user's {@code ObjectMapper}; duplicate keys where they matter most; byte-order marks.
 */
class HostileInputTest {
  private static final List<KsJson> BOTH = List.of(KsJson.strict(), KsJson.lenient());
  private static final String LINE =
      "{\"kind\":\"institution\",\"id\":\"ID\",\"name\":{\"defaultLanguage\":\"en\",\"texts\":"
          + "{\"en\":\"A\"}},\"country\":\"CO\",\"type\":\"LINE_MINISTRY\"}";

  /** A dataset of one institution whose {@code ksBudget} is {@code budget}. */
  private static String withBudget(String budget) {
    return "{\"ksmodel\":\"1.0\",\"institutions\":[{\"id\":\"ID\",\"name\":{\"defaultLanguage\":"
        + "\"en\",\"texts\":{\"en\":\"A\"}},\"country\":\"CO\",\"type\":\"LINE_MINISTRY\","
        + "\"ksBudget\":"
        + budget
        + "}]}";
  }

  private static List<String> codes(ReadResult<?> result) {
    return result.problems().stream().map(Violation::code).toList();
  }

  private static void refusedEverywhere(String json, String code) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    for (KsJson reader : BOTH) {
      for (ReadResult<Dataset> result :
          List.of(reader.readDataset(bytes), reader.readDataset(new ByteArrayInputStream(bytes)))) {
        assertThat(result.isSuccess()).as(reader + " " + result.problems()).isFalse();
        assertThat(codes(result)).contains(code);
      }
    }
  }

  @Test
  void theBudgetHelperMakesAValidDocument() {
    ReadResult<Dataset> read = KsJson.strict().readDataset(withBudget("{\"sharePercent\":5}"));
    assertThat(read.problems()).isEmpty();
    assertThat(read.orElseThrow().institutions().get(0).ksBudget()).isPresent();
  }

  @ParameterizedTest
  @ValueSource(ints = {65, 1_000, 1_000_000})
  void deepNestingInAKnownMemberStopsTheRead(int depth) {
    refusedEverywhere(
        withBudget("{\"sharePercent\":" + "[".repeat(depth) + "]".repeat(depth) + "}"),
        "json.limit.depth");
    refusedEverywhere(
        withBudget("{\"annualAmount\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}"),
        "json.limit.depth");
  }

  @Test
  void deepNestingLosesOnlyItsLineInLenientNdjson() {
    String deep = LINE.replace("\"country\":\"CO\"", "\"country\":" + "[".repeat(100_000));
    ReadResult<Dataset> lenient =
        KsJson.lenient().readNdjson(deep + "\n" + LINE.replace("\"ID\"", "\"NEXT\""));
    assertThat(codes(lenient)).contains("json.limit.depth");
    assertThat(lenient.orElseThrow().institutions()).hasSize(1);
    assertThat(lenient.orElseThrow().institutions().get(0).id().value()).isEqualTo("NEXT");
    assertThat(KsJson.strict().readNdjson(deep + "\n" + LINE).isSuccess()).isFalse();
  }

  @Test
  void deepNestingThroughTheModuleIsAJacksonException() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new KsJsonModule());
    String json =
        "{\"ksmodel\":\"1.0\",\"institutions\":"
            + "[".repeat(1_000_000)
            + "]".repeat(1_000_000)
            + "}";
    assertThatThrownBy(() -> mapper.readValue(json, Dataset.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"sharePercent\":1e1000000}",
        "{\"sharePercent\":-1e-1000000}",
        "{\"fiscalYear\":1e1000000}",
        "{\"annualAmount\":{\"amount\":1e1000000,\"currency\":\"USD\"}}",
        "{\"annualAmount\":{\"amount\":1e-1000000,\"currency\":\"USD\"}}",
      })
  void aNumberOfHugeMagnitudeStopsTheRead(String budget) {
    refusedEverywhere(withBudget(budget), "json.limit.number");
  }

  @Test
  void aNumberOfAHundredThousandDigitsStopsTheRead() {
    String digits = "9".repeat(100_000);
    refusedEverywhere(withBudget("{\"sharePercent\":" + digits + "}"), "json.limit.number");
    refusedEverywhere(
        withBudget("{\"annualAmount\":{\"amount\":" + digits + ",\"currency\":\"USD\"}}"),
        "json.limit.number");
  }

  @Test
  void hugeAmountsAsTextAreMalformedAmountsNotNumbers() {
    for (String amount : List.of("1e1000000", "9".repeat(100_000))) {
      String json =
          withBudget("{\"annualAmount\":{\"amount\":\"" + amount + "\",\"currency\":\"USD\"}}");
      ReadResult<Dataset> lenient = KsJson.lenient().readDataset(json);
      assertThat(codes(lenient)).contains("money.amount.form", "json.value.dropped");
      assertThat(lenient.orElseThrow().institutions().get(0).ksBudget()).isEmpty();
      assertThat(KsJson.strict().readDataset(json).isSuccess()).isFalse();
    }
  }

  @Test
  void aHugeStringInAKnownMemberStopsTheRead() {
    String huge = "x".repeat(JsonLimits.defaults().maxStringLength() + 1);
    refusedEverywhere(
        "{\"ksmodel\":\"1.0\",\"institutions\":["
            + LINE.replace("\"ID\"", "\"" + huge + "\"")
            + "]}",
        "json.limit.string");
    ReadResult<Dataset> lenient =
        KsJson.lenient().readNdjson(LINE.replace("\"ID\"", "\"" + huge + "\"") + "\n" + LINE);
    assertThat(codes(lenient)).contains("json.limit.string");
    assertThat(lenient.orElseThrow().institutions()).hasSize(1);
  }

  @Test
  void aHundredThousandUnknownMembersAreEachReportedAndKept() {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      members.append(",\"m").append(i).append("\":").append(i);
    }
    String json =
        "{\"ksmodel\":\"1.0\",\"institutions\":[" + LINE.replace("}}", "}}" + members) + "]}";
    ReadResult<Dataset> lenient = KsJson.lenient().readDataset(json);
    assertThat(lenient.orElseThrow().institutions()).hasSize(1);
    assertThat(codes(lenient)).hasSize(100_001).containsOnly("json.member.unknown");
    assertThat(lenient.unboundMembers())
        .hasSize(100_001)
        .containsEntry("/institutions/0/m99999", "99999");
    assertThat(KsJson.strict().readDataset(json).isSuccess()).isFalse();
  }

  @Test
  void aDuplicateVersionKeepsTheFirstAndIsReported() {
    String json = withBudget("{\"sharePercent\":5}");
    String twice = json.replace("\"ksmodel\":\"1.0\",", "\"ksmodel\":\"1.0\",\"ksmodel\":\"2.0\",");
    ReadResult<Dataset> lenient = KsJson.lenient().readDataset(twice);
    assertThat(codes(lenient)).containsExactly("json.key.duplicate");
    assertThat(lenient.unboundMembers()).containsEntry("/ksmodel", "\"2.0\"");
    assertThat(KsJson.strict().readDataset(twice).isSuccess()).isFalse();
    String newerFirst =
        json.replace("\"ksmodel\":\"1.0\",", "\"ksmodel\":\"2.0\",\"ksmodel\":\"1.0\",");
    refusedEverywhere(newerFirst, "json.version.unsupported");
  }

  /** Regression: a second {@code kind} on a line was skipped without a word. */
  @Test
  void aDuplicateKindOnAnNdjsonLineIsReported() {
    String kindFirst =
        LINE.replace(
            "{\"kind\":\"institution\",", "{\"kind\":\"institution\",\"kind\":\"partnership\",");
    String kindLater =
        LINE.replace("{\"kind\":\"institution\",", "{")
            .replace("}}", "}},\"kind\":\"institution\",\"kind\":\"partnership\"");
    for (String line : List.of(kindFirst, kindLater)) {
      ReadResult<Dataset> lenient = KsJson.lenient().readNdjson(line);
      assertThat(codes(lenient)).as(line).containsExactly("json.key.duplicate");
      assertThat(lenient.unboundMembers()).containsValue("\"partnership\"");
      assertThat(lenient.orElseThrow().institutions()).hasSize(1);
      assertThat(KsJson.strict().readNdjson(line).isSuccess()).isFalse();
    }
  }

  @Test
  void aByteOrderMarkAtTheStartIsSkippedInEveryEncoding() {
    String json = withBudget("{\"sharePercent\":5}");
    Dataset expected = KsJson.strict().readDataset(json).orElseThrow();
    for (byte[] bytes :
        List.of(
            ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8),
            ("\uFEFF" + json).getBytes(StandardCharsets.UTF_16BE),
            ("\uFEFF" + json).getBytes(StandardCharsets.UTF_16LE))) {
      for (KsJson reader : BOTH) {
        assertThat(reader.readDataset(bytes).value()).contains(expected);
        assertThat(reader.readDataset(new ByteArrayInputStream(bytes)).value()).contains(expected);
      }
    }
  }

  @Test
  void aByteOrderMarkElsewhereIsNotJson() {
    String json = withBudget("{\"sharePercent\":5}");
    refusedEverywhere(json.replace("\"institutions\"", "\uFEFF\"institutions\""), "json.syntax");
    refusedEverywhere("\uFEFF\uFEFF" + json, "json.encoding");
  }
}
