package org.ksmodel.json;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ksmodel.common.EntityKind;
import org.ksmodel.json.internal.Codecs;
import org.ksmodel.json.internal.ObjectCodec;
import org.ksmodel.json.internal.SchemaContext;
import org.ksmodel.validation.ValidationReport;

/**
 * Describes the format in JSON Schema from the same declarations the reader and writer use. The
 * shipped schema is this output (SchemaTest keeps them equal); run {@code main} to regenerate it
 * after a change to the format.
 */
public final class SchemaGenerator {
  static final String RESOURCE = "src/main/resources/org/ksmodel/json/ksmodel-1.1.schema.json";

  private SchemaGenerator() {}

  static ObjectNode schema() {
    SchemaContext context = new SchemaContext();
    ObjectNode root = SchemaContext.node();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://ksmodel.org/schema/ksmodel-1.1.schema.json");
    root.put("title", "ksmodel dataset, format 1.1");
    root.put(
        "description",
        "A knowledge-sharing dataset: institutions, solutions, partnerships, fundings, results"
            + " frameworks and knowledge requests. Member names are the accessor names of the Java model; an absent"
            + " optional member is left out, an empty array may be left out. NDJSON lines follow"
            + " #/$defs/Record. See WIRE-FORMAT.md.");
    root.put("type", "object");
    ObjectNode properties = root.putObject("properties");
    properties
        .putObject("ksmodel")
        .put("description", "The format version; a 1.1 reader reads any 1.x.")
        .put("type", "string")
        .put("pattern", "^1\\.[0-9]+$");
    ArrayNode records = SchemaContext.node().arrayNode();
    for (EntityKind kind : EntityKind.values()) {
      ObjectCodec<?, ?> codec = Codecs.entity(kind);
      ObjectNode array = properties.putObject(kind.collectionName()).put("type", "array");
      array.set("items", codec.schema(context));
      String record = codec.name() + "Record";
      ObjectNode kindMember =
          SchemaContext.node()
              .put("description", "The kind of entity on this NDJSON line.")
              .put("const", kind.wireName());
      context.reference(record, () -> codec.definition(context, kindMember));
      records.add(SchemaContext.node().put("$ref", "#/$defs/" + record));
    }
    root.putArray("required").add("ksmodel");
    root.put("additionalProperties", false);
    ObjectNode definitions = root.putObject("$defs");
    ObjectNode record =
        definitions
            .putObject("Record")
            .put("description", "One line of NDJSON: an entity with its kind first.");
    record.set("oneOf", records);
    // Not part of a dataset document: what KsJson writes for a validation report.
    Codecs.of(ValidationReport.class).schema(context);
    context.definitions().forEach(definitions::set);
    return root;
  }

  static String text() throws Exception {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    return new ObjectMapper().writer(printer).writeValueAsString(schema()) + "\n";
  }

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args.length > 0 ? args[0] : "json/" + RESOURCE);
    Files.writeString(target, text());
    System.out.println("wrote " + target.toAbsolutePath());
  }
}
