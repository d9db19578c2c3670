package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;

/** The default limits are tighter than Jackson's, configurable, and end a read cleanly. */
class LimitsTest {
  private static String codes(ReadResult<?> result) {
    return result.problems().stream().map(Violation::code).toList().toString();
  }

  @Test
  void defaultsAreTighterThanJacksons() {
    StreamReadConstraints jackson = StreamReadConstraints.defaults();
    JsonLimits ours = JsonLimits.defaults();
    assertThat(ours.maxDepth()).isLessThan(jackson.getMaxNestingDepth());
    assertThat(ours.maxNumberLength()).isLessThan(jackson.getMaxNumberLength());
    assertThat(ours.maxStringLength()).isLessThan(jackson.getMaxStringLength());
    assertThat(ours.maxNameLength()).isLessThan(jackson.getMaxNameLength());
    assertThat(ours.maxDocumentLength()).isLessThan(Long.MAX_VALUE);
  }

  @Test
  void deepNestingStopsTheReadWithoutAStackOverflow() {
    String json = "{\"ksmodel\":\"1.0\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    for (KsJson reader : new KsJson[] {KsJson.strict(), KsJson.lenient()}) {
      ReadResult<Dataset> result = reader.readDataset(json);
      assertThat(result.isSuccess()).isFalse();
      assertThat(codes(result)).contains("json.limit.depth");
    }
  }

  @Test
  void aHugeStringStopsTheRead() {
    String json = "{\"ksmodel\":\"1.0\",\"x\":\"" + "a".repeat(2_000_000) + "\"}";
    assertThat(codes(KsJson.lenient().readDataset(json))).contains("json.limit.string");
  }

  @Test
  void aHugeNumberStopsTheRead() {
    String json = "{\"ksmodel\":\"1.0\",\"x\":" + "9".repeat(5_000) + "}";
    assertThat(codes(KsJson.lenient().readDataset(json))).contains("json.limit.number");
  }

  @Test
  void aShortNumberWithAHugeExponentIsMeasuredAsWrittenInFull() {
    String json =
        "{\"ksmodel\":\"1.0\",\"fundings\":[{\"id\":\"F\",\"partnership\":\"P\","
            + "\"totalBudget\":{\"amount\":1e400,\"currency\":\"USD\"}}]}";
    Violation limit =
        KsJson.lenient().readDataset(json).problems().stream()
            .filter(p -> p.code().equals("json.limit.number"))
            .findFirst()
            .orElseThrow();
    assertThat(limit.message())
        .isEqualTo(
            "number 1e400 has 401 integer digits written in full, more than the limit of "
                + JsonLimits.defaults().maxNumberLength());
  }

  @Test
  void documentLengthIsCountedOnEveryKindOfInput() {
    KsJson small =
        KsJson.builder().limits(JsonLimits.builder().maxDocumentLength(100).build()).build();
    String json = "{\"ksmodel\":\"1.0\",\"x\":\"" + "a".repeat(10_000) + "\"}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    assertThat(codes(small.readDataset(json))).contains("json.limit.document");
    assertThat(codes(small.readDataset(bytes))).contains("json.limit.document");
    assertThat(codes(small.readDataset(new ByteArrayInputStream(bytes))))
        .contains("json.limit.document");
    assertThat(codes(small.readDataset(new StringReader(json)))).contains("json.limit.document");
  }

  @Test
  void limitsAreConfigurable() {
    KsJson shallow = KsJson.builder().limits(JsonLimits.builder().maxDepth(3).build()).build();
    assertThat(codes(shallow.readDataset("{\"ksmodel\":\"1.0\",\"x\":[[[1]]]}")))
        .contains("json.limit.depth");
    KsJson shortNames =
        KsJson.builder().limits(JsonLimits.builder().maxNameLength(4).build()).build();
    assertThat(codes(shortNames.readDataset("{\"ksmodel\":\"1.0\"}"))).contains("json.limit.name");
  }
}
