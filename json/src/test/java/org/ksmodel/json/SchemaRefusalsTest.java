package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ksmodel.dataset.Dataset;

/**
 * The shipped schema refuses what the strict reader refuses, for every document of the bad-input
 * corpus that is JSON at all, except where JSON Schema has no way to say it.
 */
class SchemaRefusalsTest {
  /**
   * Refusals that JSON Schema cannot express: a parsed tree has no duplicate keys left to see,
   * limits are the reader's, a schema does not know calendars (2025-02-30 has the form of a date)
   * nor that a JSON number 1.0 was written with a fraction.
   */
  private static final Set<String> BEYOND_A_SCHEMA =
      Set.of(
          "json.key.duplicate",
          "json.limit.depth",
          "json.limit.number",
          "json.limit.string",
          "json.limit.name",
          "json.limit.document");

  /** Documents whose refusal depends on what a schema cannot see: values against each other. */
  private static final Set<String> BEYOND_A_SCHEMA_FILES =
      Set.of(
          // JSON Schema's integer includes 1.0.
          "coercion-float-for-integer.json",
          // "format": "date" and "uri" are annotations in 2020-12, not assertions.
          "date-no-such-day.json",
          "uri-malformed.json",
          // An end before its start, the default language's text among the texts: two members
          // compared with each other.
          "date-range-reversed.json",
          "text-default-missing.json",
          // At most 18 decimals of a JSON number: a schema cannot count the digits of a number.
          "money-too-precise.json");

  private static final Set<String> NOT_JSON =
      Set.of("json.syntax", "json.truncated", "json.encoding", "json.io");

  static Stream<Arguments> refusals() throws IOException {
    return BadInputTest.table().stream()
        .filter(row -> !NOT_JSON.contains(row[1]) && !BEYOND_A_SCHEMA.contains(row[1]))
        .filter(row -> !BEYOND_A_SCHEMA_FILES.contains(row[0]))
        .map(row -> Arguments.of(row[0], row[1]));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("refusals")
  void whatTheStrictReaderRefusesTheSchemaRefuses(String file, String code) throws IOException {
    byte[] bytes;
    try (InputStream in = SchemaRefusalsTest.class.getResourceAsStream("/bad/" + file)) {
      bytes = in.readAllBytes();
    }
    ReadResult<Dataset> strict =
        KsJson.builder()
            .mode(ReadMode.STRICT)
            .limits(BadInputTest.LIMITS)
            .build()
            .readDataset(bytes);
    assertThat(strict.isSuccess()).as("the strict reader refuses %s", file).isFalse();
    JsonNode tree = new ObjectMapper().readTree(bytes);
    JsonSchema schema = SchemaTest.documentSchema();
    assertThat(schema.validate(tree)).as("the schema refuses %s", file).isNotEmpty();
  }

  /** Each refinement of the schema is what refuses its document: repaired, the document passes. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "number-negative-count.json|\"participantCount\":-3|\"participantCount\":3",
        "roles-empty.json|\"roles\":[]|\"roles\":[\"PROVIDER\"]",
        "roles-empty.json|\"roles\":[]|\"inferredRoles\":[\"PROVIDER\"]",
        "roles-empty.json|\"roles\":[]|\"iatiRoles\":[{\"vocabulary\":\"OrganisationRole\",\"code\":\"3\"}]",
        "year-adoption-future.json|2200|2020",
        "funding-two-targets.json|,\"institution\":\"A\"|",
        "level-off-scale.json|\"level\":7|\"level\":4"
      })
  void theRefinementIsWhatRefuses(String file, String bad, String good) throws IOException {
    String text;
    try (InputStream in = SchemaRefusalsTest.class.getResourceAsStream("/bad/" + file)) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(text).contains(bad);
    ObjectMapper mapper = new ObjectMapper();
    JsonSchema schema = SchemaTest.documentSchema();
    assertThat(schema.validate(mapper.readTree(text))).isNotEmpty();
    String repaired = text.replace(bad, good == null ? "" : good);
    assertThat(schema.validate(mapper.readTree(repaired))).as(repaired).isEmpty();
  }
}
