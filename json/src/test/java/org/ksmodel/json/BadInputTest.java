package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;

/**
 * The corpus of bad inputs under {@code bad/}: each file, read in strict and lenient mode, from
 * bytes and from a stream, yields its expected code at its expected JSON Pointer, with a line and
 * column, and never an exception.
 */
class BadInputTest {
  static final JsonLimits LIMITS = JsonLimits.builder().maxStringLength(10_000).build();

  static List<String[]> table() throws IOException {
    try (InputStream in = BadInputTest.class.getResourceAsStream("/bad/expected.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .map(line -> line.split("\t", -1))
          .toList();
    }
  }

  static Stream<Arguments> cases() throws IOException {
    return table().stream().map(row -> Arguments.of(row[0], row[1], row[2]));
  }

  @Test
  void theCorpusHasAtLeastFortyCases() throws IOException {
    assertThat(table()).hasSizeGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest(name = "{0} -> {1} at \"{2}\"")
  @MethodSource("cases")
  void eachBadInputYieldsItsCodeAndPointer(String file, String code, String pointer)
      throws IOException {
    byte[] bytes;
    try (InputStream in = BadInputTest.class.getResourceAsStream("/bad/" + file)) {
      bytes = in.readAllBytes();
    }
    for (ReadMode mode : ReadMode.values()) {
      KsJson json = KsJson.builder().mode(mode).limits(LIMITS).build();
      for (ReadResult<Dataset> result :
          List.of(
              json.readDataset(bytes), json.readDataset(new java.io.ByteArrayInputStream(bytes)))) {
        assertThat(result.problems())
            .as(mode + " " + file + ": " + result.problems())
            .anySatisfy(
                problem -> {
                  assertThat(problem.code()).isEqualTo(code);
                  assertThat(problem.path().toJsonPointer()).isEqualTo(pointer);
                  assertThat(Located.line(problem)).isPositive();
                  assertThat(Located.column(problem)).isPositive();
                });
        if (mode == ReadMode.STRICT) {
          assertThat(result.isSuccess()).as("strict read of " + file).isFalse();
        }
        for (Violation problem : result.problems()) {
          assertThat(problem.code()).isNotEqualTo("json.internal");
        }
      }
    }
  }
}
