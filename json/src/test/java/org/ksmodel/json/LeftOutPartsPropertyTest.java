package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.Rng;

/**
 * Lenient reading loses no part of a record either: generated datasets get values deep inside their
 * records replaced with values the reader cannot take, and every error is then covered by what the
 * read kept raw, the part itself or one that holds it (in the unbound members or the quarantine),
 * with the JSON of the input at that pointer.
 */
class LeftOutPartsPropertyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Values that no place of the format takes where a different one is written. */
  private static final List<String> BAD =
      List.of(
          "{\"x\": [1, \"caf\u00e9\\n\"]}",
          "\"2025-02-30\"",
          "[true, {}]",
          "-12.5e3",
          "\"  \"",
          "{}",
          "[]");

  record Case(String text, int via) {}

  @Test
  void everyPartLeftOutOfAKeptRecordIsKeptRawWithItsPointer() {
    Property.forAll("leftout.parts", 80, documents(), LeftOutPartsPropertyTest::check);
  }

  @Test
  void thePartsLeftOutOfEveryCorpusDocumentAreKept() throws IOException {
    int checked = 0;
    for (String[] row : BadInputTest.table()) {
      String text;
      try (java.io.InputStream in = getClass().getResourceAsStream("/bad/" + row[0])) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (isJson(text)) {
        for (int via = 0; via < 4; via++) {
          check(new Case(text, via));
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(30);
  }

  private static void check(Case c) {
    ReadResult<Dataset> read = read(c.text(), c.via());
    if (!read.isSuccess()) {
      return; // a FATAL problem: tested with the quarantine
    }
    JsonNode input = tree(c.text());
    Set<String> kept =
        read.quarantine().stream()
            .map(q -> q.path().toJsonPointer())
            .collect(Collectors.toCollection(java.util.HashSet::new));
    for (Map.Entry<String, String> raw : read.unboundMembers().entrySet()) {
      kept.add(raw.getKey());
      assertThat(tree(raw.getValue()))
          .as("the raw JSON at %s", raw.getKey())
          .isEqualTo(input.at(JsonPointer.compile(raw.getKey())));
    }
    for (Violation problem : read.problems()) {
      if (problem.severity() == Severity.ERROR) {
        assertThat(coveredBy(problem.path().toJsonPointer(), kept))
            .as("%s at %s, kept: %s", problem.code(), problem.path(), kept)
            .isTrue();
      }
    }
  }

  /** Whether the pointer or one of its ancestors (the root excluded) was kept raw. */
  private static boolean coveredBy(String pointer, Set<String> kept) {
    for (String at = pointer; !at.isEmpty(); at = at.substring(0, at.lastIndexOf('/'))) {
      if (kept.contains(at)) {
        return true;
      }
    }
    return false;
  }

  private static Gen<Case> documents() {
    return rng -> {
      Dataset dataset = DatasetGen.dataset(1, 8).next(rng);
      ObjectNode tree = (ObjectNode) tree(KsJson.strict().writeString(dataset));
      List<JsonNode> parents = new ArrayList<>();
      for (JsonNode collection : tree) {
        if (collection.isArray()) {
          collection.forEach(record -> containers(record, parents));
        }
      }
      int changes = parents.isEmpty() ? 0 : 1 + rng.nextInt(4);
      for (int i = 0; i < changes; i++) {
        replaceOne(rng.pick(parents), rng);
      }
      String text =
          rng.chance(0.5) ? tree.toString() : tree.toPrettyString(); // line breaks in parts
      return new Case(text, rng.nextInt(4));
    };
  }

  /** The objects and arrays inside a record, whose members or elements can be replaced. */
  private static void containers(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode() && node.size() > 0) {
      into.add(node);
      node.forEach(child -> containers(child, into));
    }
  }

  private static void replaceOne(JsonNode parent, Rng rng) {
    JsonNode bad = tree(rng.pick(BAD));
    if (parent instanceof ArrayNode array) {
      array.set(rng.nextInt(array.size()), bad);
    } else {
      ObjectNode object = (ObjectNode) parent;
      List<String> names = new ArrayList<>();
      object.properties().forEach(member -> names.add(member.getKey()));
      String name = rng.pick(names);
      if (!name.equals("id")) { // an id keeps the record an entity, tested with the quarantine
        object.set(name, bad);
      }
    }
  }

  private static ReadResult<Dataset> read(String text, int via) {
    KsJson json = KsJson.lenient();
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

  private static boolean isJson(String text) {
    try {
      MAPPER.readTree(text);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
