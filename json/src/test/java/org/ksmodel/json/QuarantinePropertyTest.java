package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.EntityKind;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.Rng;

/**
 * Lenient reading loses no record: generated datasets are written, some records are corrupted in
 * the text in known ways, and every record of the input is then either in the value or in the
 * quarantine, with its exact raw text, index and place.
 */
class QuarantinePropertyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();

  /** One top-level array element of a document: its collection, index and place in the text. */
  record Element(EntityKind kind, int index, int start, int end) {}

  /** A written document with some records replaced. */
  record Case(String text, List<Element> elements, TreeMap<Integer, String> corrupted, int via) {}

  @Test
  void everyRecordIsInTheValueOrInTheQuarantine() {
    Property.forAll(
        "quarantine.invariant", 60, corruptedDocuments(), QuarantinePropertyTest::check);
  }

  @Test
  void aRecordWhereTheInputStopsIsQuarantinedWithWhatWasRead() {
    Property.forAll("quarantine.truncated", 60, truncatedDocuments(), c -> checkTruncated(c));
  }

  @Test
  void everyNdjsonLineIsInTheDatasetOrInTheQuarantineEvenWhenItIsNotJson() {
    Property.forAll(
        "quarantine.ndjson",
        60,
        rng -> {
          Dataset dataset = org.ksmodel.testkit.DatasetGen.dataset(1, 12).next(rng);
          List<String> lines =
              new ArrayList<>(KsJson.strict().writeNdjson(dataset).lines().toList());
          TreeMap<Integer, String> corrupted = new TreeMap<>();
          for (int i = 0; i < lines.size(); i++) {
            if (rng.chance(0.2)) {
              String line =
                  rng.chance(0.3)
                      ? lines.get(i).substring(0, rng.nextInt(lines.get(i).length())) // not JSON
                      : corrupt(lines.get(i), rng);
              lines.set(i, line);
              corrupted.put(i + 1, line);
            }
          }
          return Map.entry(String.join("\n", lines) + "\n", corrupted);
        },
        c -> {
          String text = c.getKey();
          ReadResult<Dataset> read = KsJson.lenient().readNdjson(text);
          long lines = text.lines().filter(line -> !line.isBlank()).count();
          assertThat(read.orElseThrow().size() + read.quarantine().size()).isEqualTo(lines);
          assertThat(read.quarantine())
              .extracting(QuarantinedRecord::line)
              .containsExactlyElementsOf(
                  c.getValue().entrySet().stream()
                      .filter(e -> !e.getValue().isBlank())
                      .map(e -> (long) e.getKey())
                      .toList());
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          for (QuarantinedRecord record : read.quarantine()) {
            assertThat(record.rawText()).isEqualTo(c.getValue().get((int) record.line()));
            assertThat(record.rawTextCut()).isFalse();
            assertThat(
                    new String(
                        bytes,
                        (int) record.offset(),
                        record.rawText().getBytes(StandardCharsets.UTF_8).length,
                        StandardCharsets.UTF_8))
                .isEqualTo(record.rawText());
            assertThat(read.problems()).containsAll(record.problems());
          }
        });
  }

  private static void check(Case c) {
    ReadResult<org.ksmodel.dataset.Dataset> read = read(KsJson.lenient(), c.text(), c.via());
    List<Element> corrupted = new ArrayList<>();
    for (Element element : c.elements()) {
      if (c.corrupted().containsKey(element.start())) {
        corrupted.add(element);
      }
    }
    Dataset dataset = read.orElseThrow();
    for (EntityKind kind : EntityKind.values()) {
      long inInput = c.elements().stream().filter(e -> e.kind() == kind).count();
      long quarantined =
          read.quarantine().stream().filter(q -> q.kind().orElseThrow() == kind).count();
      assertThat(entities(dataset, kind) + quarantined).as(kind.name()).isEqualTo(inInput);
    }
    assertThat(read.quarantine()).hasSameSizeAs(corrupted);
    JsonNode tree = tree(c.text());
    for (int i = 0; i < corrupted.size(); i++) {
      Element element = corrupted.get(i);
      QuarantinedRecord record = read.quarantine().get(i);
      String text = c.text().substring(element.start(), element.end());
      assertThat(record.kind()).contains(element.kind());
      assertThat(record.index()).isEqualTo(element.index());
      assertThat(record.path().toJsonPointer())
          .isEqualTo("/" + element.kind().collectionName() + "/" + element.index());
      assertThat(record.rawText()).isEqualTo(text);
      assertThat(record.rawTextCut()).isFalse();
      assertThat(tree(record.rawText()))
          .isEqualTo(tree.get(element.kind().collectionName()).get(element.index()));
      assertThat(record.offset()).isEqualTo(offset(c, element.start()));
      assertThat(record.line()).isEqualTo(lineOf(c.text(), element.start()));
      assertThat(record.problems()).isNotEmpty();
      assertThat(read.problems()).containsAll(record.problems());
    }
  }

  private static void checkTruncated(Case c) {
    // The document ends inside the first corrupted element, the one cut.
    int cutAt = c.corrupted().firstKey();
    Element element =
        c.elements().stream().filter(e -> e.start() == cutAt).findFirst().orElseThrow();
    String text = c.text();
    ReadResult<Dataset> read = read(KsJson.lenient(), text, c.via());
    assertThat(read.isSuccess()).isFalse();
    assertThat(read.quarantine()).hasSize(1);
    QuarantinedRecord record = read.quarantine().get(0);
    assertThat(record.index()).isEqualTo(element.index());
    assertThat(record.kind()).contains(element.kind());
    assertThat(record.rawTextCut()).isTrue();
    assertThat(record.rawText()).isEqualTo(text.substring(element.start()));
    assertThat(record.problems())
        .last()
        .extracting(v -> v.code())
        .isIn("json.truncated", "json.syntax");
    assertThat(read.problems()).containsAll(record.problems());
  }

  private static ReadResult<Dataset> read(KsJson json, String text, int via) {
    switch (via) {
      case 0:
        return json.readDataset(text);
      case 1:
        return json.readDataset(text.getBytes(StandardCharsets.UTF_8));
      case 2:
        return json.readDataset(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      default:
        return json.readDataset(new StringReader(text));
    }
  }

  private static long offset(Case c, int charOffset) {
    boolean bytes = c.via() == 1 || c.via() == 2;
    return bytes
        ? c.text().substring(0, charOffset).getBytes(StandardCharsets.UTF_8).length
        : charOffset;
  }

  private static long lineOf(String text, int offset) {
    return text.substring(0, offset).chars().filter(ch -> ch == '\n').count() + 1;
  }

  private static int entities(Dataset dataset, EntityKind kind) {
    switch (kind) {
      case INSTITUTION:
        return dataset.institutions().size();
      case SOLUTION:
        return dataset.solutions().size();
      case PARTNERSHIP:
        return dataset.partnerships().size();
      case FUNDING:
        return dataset.fundings().size();
      case KNOWLEDGE_REQUEST:
        return dataset.knowledgeRequests().size();
      default:
        return dataset.resultsFrameworks().size();
    }
  }

  // ---------------------------------------------------------------- generating

  private static Gen<Case> corruptedDocuments() {
    return rng -> {
      String text = written(rng);
      List<Element> elements = elements(text);
      TreeMap<Integer, String> corrupted = new TreeMap<>();
      for (Element element : elements) {
        if (rng.chance(0.15)) {
          String original = text.substring(element.start(), element.end());
          corrupted.put(element.start(), corrupt(original, rng));
        }
      }
      StringBuilder out = new StringBuilder();
      int at = 0;
      for (var replaced : corrupted.entrySet()) {
        Element element =
            elements.stream().filter(e -> e.start() == replaced.getKey()).findFirst().get();
        out.append(text, at, element.start()).append(replaced.getValue());
        at = element.end();
      }
      String result = out.append(text.substring(at)).toString();
      // The places moved: find them again, and mark the corrupted ones by their new start.
      List<Element> moved = elements(result);
      TreeMap<Integer, String> marks = new TreeMap<>();
      for (int i = 0; i < moved.size(); i++) {
        if (corrupted.containsKey(elements.get(i).start())) {
          marks.put(moved.get(i).start(), "");
        }
      }
      return new Case(result, moved, marks, rng.nextInt(4));
    };
  }

  private static Gen<Case> truncatedDocuments() {
    return rng -> {
      String text = written(rng);
      List<Element> elements = elements(text);
      if (elements.isEmpty()) {
        text = KsJson.lenient().writeString(org.ksmodel.testkit.DatasetGen.dataset(1).next(rng));
        elements = elements(text);
      }
      Element element = rng.pick(elements);
      // Cut after the record's first character and before its last one.
      int cut = element.start() + 1 + rng.nextInt(element.end() - element.start() - 1);
      String truncated = text.substring(0, cut);
      TreeMap<Integer, String> marks = new TreeMap<>();
      marks.put(element.start(), "");
      return new Case(truncated, elements, marks, rng.nextInt(4));
    };
  }

  private static String written(Rng rng) {
    Dataset dataset = org.ksmodel.testkit.DatasetGen.dataset(1, 12).next(rng);
    KsJson writer = KsJson.builder().prettyPrint(rng.chance(0.5)).build();
    return writer.writeString(dataset);
  }

  /** A record the reader cannot build, in one of several known ways. */
  private static String corrupt(String record, Rng rng) {
    ObjectNode tree = (ObjectNode) tree(record);
    switch (rng.nextInt(7)) {
      case 0:
        return "null";
      case 1:
        return rng.pick("42", "\"text\"", "[]", "true", "[{\"id\":\"X\"}]");
      case 2:
        tree.remove("id"); // a required member missing
        return tree.toString();
      case 3:
        tree.putObject("id").put("not", "an id"); // a value of the wrong JSON type
        return tree.toString();
      case 4:
        tree.put("id", " padded "); // a construction check of core fails
        return tree.toString();
      case 5:
        tree.put("id", ""); // blank
        tree.put("unknownMember", 1);
        return tree.toString();
      default:
        // In place, keeping the writer's layout (and its line breaks): the id becomes an array.
        String changed =
            record
                .replaceFirst("\"id\": \"[^\"]*\"", "\"id\": [\n  \"A\"\n]")
                .replaceFirst("\"id\":\"[^\"]*\"", "\"id\":[\"A\"]");
        return changed.equals(record) ? "null" : changed;
    }
  }

  private static List<Element> elements(String text) {
    List<Element> elements = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(text)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String member = parser.currentName();
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          parser.skipChildren();
          continue;
        }
        EntityKind kind = kindOf(member);
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          int start = (int) parser.currentTokenLocation().getCharOffset();
          parser.skipChildren();
          parser.finishToken();
          int end = (int) parser.currentLocation().getCharOffset();
          elements.add(new Element(kind, index++, start, end));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return elements;
  }

  private static EntityKind kindOf(String collection) {
    for (EntityKind kind : EntityKind.values()) {
      if (kind.collectionName().equals(collection)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(collection);
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
