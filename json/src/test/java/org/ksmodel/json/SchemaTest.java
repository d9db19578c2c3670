package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ksmodel.testkit.Property;

/** The shipped schema describes exactly what the writer produces. */
class SchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  static JsonNode shipped() {
    try {
      return MAPPER.readTree(KsJson.schema());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonSchema documentSchema() {
    return FACTORY.getSchema(shipped());
  }

  static JsonSchema recordSchema() {
    ObjectNode record = (ObjectNode) shipped().deepCopy();
    record.retain("$schema", "$defs");
    record.put("$ref", "#/$defs/Record");
    return FACTORY.getSchema(record);
  }

  @Test
  void theShippedSchemaIsTheOneTheCodecsDescribe() {
    assertThat(shipped())
        .as("regenerate with SchemaGenerator.main after changing the format")
        .isEqualTo(SchemaGenerator.schema());
  }

  @Test
  void everyDocumentTheWriterProducesIsValid() {
    JsonSchema schema = documentSchema();
    Property.forAll(
        "json.schema.documents",
        DatasetGen.dataset(3),
        dataset -> {
          assertThat(validate(schema, KsJson.strict().writeString(dataset))).isEmpty();
          try {
            assertThat(validate(schema, MAPPER.writeValueAsString(dataset))).isEmpty();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void everyNdjsonLineTheWriterProducesIsValid() {
    JsonSchema schema = recordSchema();
    Property.forAll(
        "json.schema.ndjson",
        200,
        DatasetGen.dataset(3),
        dataset ->
            KsJson.strict()
                .writeNdjson(dataset)
                .lines()
                .forEach(line -> assertThat(validate(schema, line)).isEmpty()));
  }

  @Test
  void theSchemaRejectsWhatTheStrictReaderRejects() {
    JsonSchema schema = documentSchema();
    assertThat(validate(schema, "{\"institutions\": []}")).isNotEmpty();
    assertThat(validate(schema, "{\"ksmodel\": \"1.0\", \"extra\": 1}")).isNotEmpty();
    assertThat(
            validate(
                schema,
                "{\"ksmodel\": \"1.0\", \"institutions\": [{\"id\": \"A\", \"country\": \"co\"}]}"))
        .isNotEmpty();
  }

  static Set<ValidationMessage> validate(JsonSchema schema, String json) {
    try {
      return schema.validate(MAPPER.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
