package org.ksmodel.json.fuzz;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ksmodel.testkit.Rng;

/**
 * Corrupts the structure of a valid JSON document while writing it again: members deleted,
 * duplicated, renamed (to {@code @class}, {@code @type}, other members' names, ...) or multiplied;
 * array items deleted, duplicated or repeated many times; values replaced by values of another type
 * or of another place in the document, by class-naming payloads, huge numbers ({@code 1e1000000},
 * 100,000 digits), huge strings, escaped surrogates and NULs, and deep nesting. The writer is a
 * plain string builder, so duplicates and nesting deeper than any parser allows can be written.
 */
public final class JsonMutator {
  private static final JsonMapper TREES =
      JsonMapper.builder()
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();
  private static final int BUDGET = 400_000;
  private static final String[] CLASS_PAYLOADS = {
    "[\"java.lang.ProcessBuilder\",{\"command\":[\"touch\",\"/tmp/ksmodel-pwned\"]}]",
    "{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"touch\",\"/tmp/ksmodel-pwned\"]}",
    "{\"@type\":\"java.net.URL\",\"val\":\"http://127.0.0.1:1/\"}",
    "[\"javax.naming.InitialContext\",{}]",
    "{\"@c\":\".Institution\"}",
  };
  private static final String[] NAMES = {
    "@class", "@type", "@c", "$type", "kind", "ksmodel", "__proto__", "", "\\u0000", "id", "value"
  };

  private final Rng rng;
  private final JsonNode root;
  private final List<JsonNode> nodes = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final Set<Integer> targets = new HashSet<>();
  private final StringBuilder done = new StringBuilder();
  private int counter;

  private JsonMutator(JsonNode root, Rng rng) {
    this.root = root;
    this.rng = rng;
    collect(root);
  }

  /** The tree of a valid document (its numbers exact). */
  public static JsonNode tree(byte[] json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document written again with between one and {@code max} corruptions. */
  public static Result mutate(JsonNode root, Rng rng, int max) {
    JsonMutator mutator = new JsonMutator(root, rng);
    int count = rng.between(1, max);
    for (int i = 0; i < count; i++) {
      mutator.targets.add(rng.nextInt(mutator.nodes.size()));
    }
    String text = mutator.document();
    return new Result(text.getBytes(StandardCharsets.UTF_8), mutator.done.toString());
  }

  /** The corrupted bytes and what was done. */
  public record Result(byte[] bytes, String description) {}

  private void collect(JsonNode node) {
    nodes.add(node);
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      names.add(member.getKey());
      collect(member.getValue());
    }
    if (node.isArray()) {
      node.forEach(this::collect);
    }
  }

  private String document() {
    if (targets.remove(0)) {
      String plain = value(root);
      switch (rng.nextInt(4)) {
        case 0:
          note("BOM before the document");
          return "\uFEFF" + plain;
        case 1:
          note("document wrapped in an array");
          return "[" + plain + "]";
        case 2:
          note("content after the document");
          return plain + rng.pick(" {}", "\n{}", " x", "]", "\u0000");
        default:
          note("document replaced");
          return hostile(root);
      }
    }
    return value(root);
  }

  private String value(JsonNode node) {
    counter++;
    if (node.isObject()) {
      List<String> members = new ArrayList<>();
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        member(members, member.getKey(), member.getValue());
      }
      return "{" + String.join(",", members) + "}";
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> item(items, item));
      return "[" + String.join(",", items) + "]";
    }
    return node.toString();
  }

  private void member(List<String> members, String name, JsonNode value) {
    if (!targets.remove(counter)) {
      members.add(quote(name) + ":" + value(value));
      return;
    }
    switch (rng.nextInt(6)) {
      case 0:
        note("member " + name + " deleted");
        skip(value);
        break;
      case 1:
        {
          note("member " + name + " duplicated");
          String written = value(value);
          members.add(quote(name) + ":" + written);
          members.add(quote(name) + ":" + (rng.chance(0.5) ? written : hostile(value)));
          break;
        }
      case 2:
        {
          String renamed = rename(name);
          note("member " + name + " renamed " + renamed);
          members.add(quote(renamed) + ":" + value(value));
          break;
        }
      case 3:
        {
          int count = rng.pick(1, 100, 5_000);
          note(count + " unknown members beside " + name);
          members.add(quote(name) + ":" + value(value));
          for (int i = 0; i < count; i++) {
            members.add("\"m" + i + "\":" + i);
          }
          break;
        }
      default:
        note("member " + name + " replaced");
        members.add(quote(name) + ":" + hostile(value));
        skip(value);
    }
  }

  private void item(List<String> items, JsonNode item) {
    if (!targets.remove(counter)) {
      items.add(value(item));
      return;
    }
    switch (rng.nextInt(5)) {
      case 0:
        note("item deleted");
        skip(item);
        break;
      case 1:
        {
          String written = value(item);
          int times = repetitions(written);
          note("item repeated " + times + " times");
          for (int i = 0; i < times; i++) {
            items.add(written);
          }
          break;
        }
      case 2:
        note("null beside an item");
        items.add(value(item));
        items.add("null");
        break;
      default:
        note("item replaced");
        items.add(hostile(item));
        skip(item);
    }
  }

  private void skip(JsonNode node) {
    counter += size(node);
  }

  private static int size(JsonNode node) {
    int size = 1;
    for (JsonNode child : node) {
      size += size(child);
    }
    return size;
  }

  private String rename(String name) {
    switch (rng.nextInt(5)) {
      case 0:
        return name.toUpperCase(java.util.Locale.ROOT);
      case 1:
        return rng.pick(names);
      case 2:
        return "n".repeat(rng.pick(255, 256, 257, 100_000));
      default:
        return rng.pick(NAMES);
    }
  }

  private int repetitions(String written) {
    int wanted = rng.pick(2, 10, 1_000, 100_000);
    return Math.max(2, Math.min(wanted, BUDGET / Math.max(1, written.length())));
  }

  /** A value that does not belong where {@code node} was. */
  private String hostile(JsonNode node) {
    switch (rng.nextInt(12)) {
      case 0:
        return plain(rng.pick(nodes));
      case 1:
        return otherType(node);
      case 2:
        return rng.pick(CLASS_PAYLOADS);
      case 3:
        return nested(rng.pick(8, 63, 64, 65, 1_000, 100_000));
      case 4:
        {
          String written = plain(node);
          int times = repetitions(written);
          return "[" + (written + ",").repeat(times - 1) + written + "]";
        }
      case 5:
        return "\"" + "x".repeat(rng.pick(255, 256, 257, 10_000, 1_000_001)) + "\"";
      case 6:
        return "9".repeat(rng.pick(30, 31, 99, 100, 101, 100_000));
      case 7:
        return rng.pick(
            "1e1000000",
            "-1e-1000000",
            "1E400",
            "0.1e-999999",
            "1e999999999",
            "-0",
            "1e-400",
            "123456789012345678901234567890.123456789012345678901234567890",
            "0.0000");
      case 8:
        return rng.pick(
            "\"\"",
            "\" \"",
            "\"\\u0000\"",
            "\"\\ud800\"",
            "\"\\uDFFF\\uD800\"",
            "\"\\u202e\"",
            "\"😀\"",
            "\"a\\u0000b\"",
            "\"\\\"\"",
            "\" padded \"",
            "\"\\n\"");
      case 9:
        return rng.pick(
            "\"2024-02-30\"",
            "\"0000-00-00\"",
            "\"9999-12-31T00:00:00Z\"",
            "\"+10000-01-01\"",
            "\"-2024-01-01\"",
            "\"2024-1-1\"",
            "\"http://[::1\"",
            "\"javascript:alert(1)\"",
            "\"%zz\"",
            "\"1.0\"",
            "\"2.0\"",
            "\"1.999999999999\"",
            "\"1e3\"",
            "\"-5\"");
      case 10:
        return rng.pick("{}", "[]", "[{}]", "[[]]", "{\"\":{}}");
      default:
        return rng.pick(
            "null",
            "true",
            "false",
            "0",
            "-1",
            "1.5",
            "2.5",
            "3.0",
            "2147483648",
            "9223372036854775808",
            "1e308",
            "-1e308");
    }
  }

  /** {@code node} as if it had another JSON type. */
  private String otherType(JsonNode node) {
    if (node.isTextual()) {
      String text = node.textValue();
      return text.matches("-?[0-9]+(\\.[0-9]+)?") ? text : rng.pick("42", "true", "[]", "{}");
    }
    if (node.isNumber() || node.isBoolean()) {
      return "\"" + node.asText() + "\"";
    }
    if (node.isArray()) {
      return node.isEmpty() ? "{}" : plain(node.get(0));
    }
    if (node.isObject()) {
      return "[" + plain(node) + "]";
    }
    return "\"null\"";
  }

  private String nested(int depth) {
    boolean arrays = rng.chance(0.5);
    StringBuilder text = new StringBuilder(depth * 6);
    for (int i = 0; i < depth; i++) {
      text.append(arrays ? "[" : "{\"a\":");
    }
    text.append("1");
    for (int i = 0; i < depth; i++) {
      text.append(arrays ? "]" : "}");
    }
    return text.toString();
  }

  private static String plain(JsonNode node) {
    return node.toString();
  }

  private static String quote(String name) {
    if (name.startsWith("\\u") || name.startsWith("n".repeat(255))) {
      return "\"" + name + "\"";
    }
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(name)) + "\"";
  }

  private void note(String what) {
    done.append(done.length() == 0 ? "" : ", ").append(what);
  }
}
