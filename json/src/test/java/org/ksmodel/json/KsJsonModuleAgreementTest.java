package org.ksmodel.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.json.internal.Json;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.Rng;

/**
 * A mapper with {@link KsJsonModule} reads as {@link KsJson} does, in strict and in lenient
 * settings, over generated datasets (as written, and with bad members injected into the text) and
 * over every document of the bad-input corpus.
 *
 * <p>What is compared, with P the facade's problems as (severity, code, JSON Pointer), in order:
 *
 * <ul>
 *   <li><b>Strict</b>: a mapper with {@code FAIL_ON_UNKNOWN_PROPERTIES}, {@code
 *       STRICT_DUPLICATE_DETECTION} and {@code FAIL_ON_TRAILING_TOKENS}, against {@link
 *       KsJson#strict()}. When the facade gives a value, the module gives an equal one. When it
 *       gives none, the module throws a {@link KsJsonMappingException} whose violations are exactly
 *       P, except that a duplicate member found by the parser stops the module's read there: its
 *       violations are then P up to that place, then the duplicate, which P has next at the same
 *       pointer as {@code json.key.duplicate} or, for a member the format does not know (the facade
 *       does not look for duplicates among those), as {@code json.member.unknown}.
 *   <li><b>Lenient</b>: a mapper without {@code FAIL_ON_UNKNOWN_PROPERTIES} and without {@code
 *       STRICT_DUPLICATE_DETECTION}, against {@link KsJson#lenient()}. The module cannot give a
 *       value with errors the way the facade does, so: when P holds only warnings and infos
 *       (unknown members skipped, the first of duplicate members kept, coercions, nulls read as
 *       absent, unknown enum constants left out, no version), the module's value equals the
 *       facade's; when P holds an ERROR or a FATAL, the module throws a {@link
 *       KsJsonMappingException} whose violations are exactly P.
 *   <li>In both: where Jackson refuses the input itself, before or after the module's deserializer
 *       (no content at all, content after the document), its exception stands for the facade's one
 *       FATAL problem at the root: {@code json.truncated} for no content, {@code json.syntax} for
 *       trailing content.
 * </ul>
 *
 * <p>Both sides have the same limits: the mapper's factory has the facade's limits as its stream
 * constraints.
 */
class KsJsonModuleAgreementTest {
  /** A facade and a mapper set up alike. */
  record Pair(ReadMode mode, KsJson facade, ObjectMapper module) {
    static Pair of(ReadMode mode, JsonLimits limits) {
      return new Pair(
          mode, KsJson.builder().mode(mode).limits(limits).build(), mapper(mode, limits));
    }
  }

  /** How the two read a document: both read it, or both refused it. */
  enum Outcome {
    READ,
    REFUSED_BY_THE_MODULE,
    REFUSED_BY_JACKSON
  }

  private static final List<Pair> DEFAULT =
      List.of(
          Pair.of(ReadMode.STRICT, JsonLimits.defaults()),
          Pair.of(ReadMode.LENIENT, JsonLimits.defaults()));
  private static final List<Pair> CORPUS =
      List.of(
          Pair.of(ReadMode.STRICT, BadInputTest.LIMITS),
          Pair.of(ReadMode.LENIENT, BadInputTest.LIMITS));

  static ObjectMapper mapper(ReadMode mode, JsonLimits limits) {
    // The parser limits of the facade, from the one place that turns JsonLimits into Jackson's.
    JsonMapper.Builder builder =
        JsonMapper.builder(Json.factory(limits))
            .addModule(new KsJsonModule())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    boolean strict = mode == ReadMode.STRICT;
    builder.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict);
    builder.configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, strict);
    return builder.build();
  }

  // ---------------------------------------------------------------- the properties

  @Test
  void generatedDatasetsAreReadAlikeAndToTheSameValue() {
    Property.forAll(
        "module.agrees.generated",
        150,
        DatasetGen.dataset(3),
        dataset -> {
          byte[] bytes = KsJson.strict().writeBytes(dataset);
          for (Pair pair : DEFAULT) {
            assertThat(agree("generated", bytes, pair)).isEqualTo(Outcome.READ);
            // agree() compared the module's value with the facade's; this is the dataset.
            assertThat(pair.facade().readDataset(bytes).orElseThrow()).isEqualTo(dataset);
          }
        });
  }

  @Test
  void generatedDocumentsWithBadMembersAreReadOrRefusedAlike() {
    Map<ReadMode, Map<Outcome, Integer>> seen = new EnumMap<>(ReadMode.class);
    Set<String> codes = new HashSet<>();
    Property.forAll(
        "module.agrees.mutated",
        300,
        mutatedDocuments(),
        bytes -> {
          for (Pair pair : DEFAULT) {
            Outcome outcome = agree("mutated", bytes, pair);
            seen.computeIfAbsent(pair.mode(), m -> new EnumMap<>(Outcome.class))
                .merge(outcome, 1, Integer::sum);
            pair.facade().readDataset(bytes).problems().forEach(p -> codes.add(p.code()));
          }
        });
    // Not vacuous: both modes both read and refused documents, for a variety of reasons.
    for (ReadMode mode : ReadMode.values()) {
      assertThat(seen.get(mode))
          .as("%s outcomes", mode)
          .containsKeys(Outcome.READ, Outcome.REFUSED_BY_THE_MODULE);
    }
    assertThat(seen.get(ReadMode.LENIENT).get(Outcome.READ))
        .as("lenient reads more than strict")
        .isGreaterThan(seen.get(ReadMode.STRICT).get(Outcome.READ));
    assertThat(codes)
        .contains(
            "json.member.unknown",
            "json.key.duplicate",
            "json.null",
            "json.type",
            "json.coercion",
            "json.member.missing");
  }

  @Test
  void everyBadDocumentIsReadOrRefusedAlike() throws IOException {
    List<String[]> table = BadInputTest.table();
    assertThat(table).hasSizeGreaterThanOrEqualTo(40);
    Map<ReadMode, Map<Outcome, Integer>> seen = new EnumMap<>(ReadMode.class);
    for (String[] row : table) {
      byte[] bytes = bad(row[0]);
      for (Pair pair : CORPUS) {
        Outcome outcome = agree(row[0], bytes, pair);
        seen.computeIfAbsent(pair.mode(), m -> new EnumMap<>(Outcome.class))
            .merge(outcome, 1, Integer::sum);
        if (pair.mode() == ReadMode.STRICT) {
          assertThat(outcome).as("strict module on %s", row[0]).isNotEqualTo(Outcome.READ);
        }
        if (outcome == Outcome.REFUSED_BY_THE_MODULE) {
          // The corpus's own expectation holds for the module too.
          assertThat(moduleProblems(pair, bytes))
              .as("%s %s", pair.mode(), row[0])
              .anySatisfy(
                  v -> {
                    assertThat(v.code()).isEqualTo(row[1]);
                    assertThat(v.path().toJsonPointer()).isEqualTo(row[2]);
                  });
        }
      }
    }
    assertThat(seen.get(ReadMode.STRICT))
        .containsOnlyKeys(Outcome.REFUSED_BY_THE_MODULE, Outcome.REFUSED_BY_JACKSON);
    assertThat(seen.get(ReadMode.LENIENT))
        .containsKeys(Outcome.READ, Outcome.REFUSED_BY_THE_MODULE, Outcome.REFUSED_BY_JACKSON);
  }

  // ---------------------------------------------------------------- the comparison

  /** Reads the document both ways and checks that they agree as the class comment says. */
  static Outcome agree(String what, byte[] bytes, Pair pair) {
    ReadResult<Dataset> facade = pair.facade().readDataset(bytes);
    List<String> expected = signature(facade.problems());
    boolean facadeRefuses =
        pair.mode() == ReadMode.STRICT ? !facade.isSuccess() : hasError(facade.problems());
    String context = pair.mode() + " " + what + ": facade " + expected;
    Dataset value;
    try {
      value = pair.module().readValue(bytes, Dataset.class);
    } catch (KsJsonMappingException e) {
      List<String> actual = signature(e.violations());
      assertThat(facadeRefuses).as(context + "; the module refused: " + e.getMessage()).isTrue();
      if (!actual.equals(expected)) {
        assertThat(pair.mode()).as(context + "; module " + actual).isEqualTo(ReadMode.STRICT);
        // Stopped by the parser at a duplicate: the facade's problems up to there, then the
        // duplicate, which the facade reports at the same place as a duplicate or, for a member
        // the format does not know (the facade does not track those), as unknown.
        String last = actual.get(actual.size() - 1);
        assertThat(last).as(context + "; module " + actual).startsWith("ERROR json.key.duplicate ");
        List<String> before = actual.subList(0, actual.size() - 1);
        assertThat(expected.size()).as(context + "; module " + actual).isGreaterThan(before.size());
        assertThat(expected.subList(0, before.size())).as(context).isEqualTo(before);
        assertThat(expected.get(before.size()))
            .as(context + "; module " + actual)
            .isIn(last, last.replace(" json.key.duplicate ", " json.member.unknown "));
      }
      Violation blocking =
          e.violations().stream()
              .filter(v -> v.severity() == Severity.ERROR || v.severity() == Severity.FATAL)
              .findFirst()
              .orElseThrow(() -> new AssertionError("no blocking problem in " + actual));
      assertThat(e.getMessage())
          .contains(blocking.code() + " at '" + blocking.path().toJsonPointer() + "'");
      return Outcome.REFUSED_BY_THE_MODULE;
    } catch (JsonProcessingException e) {
      assertThat(signature(blocking(facade.problems())))
          .as(context + "; Jackson refused: " + e)
          .containsExactly("FATAL " + jacksonsCode(e) + " ");
      return Outcome.REFUSED_BY_JACKSON;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(facadeRefuses).as(context + "; the module read it").isFalse();
    assertThat(value).as(context).isEqualTo(facade.value().orElseThrow());
    return Outcome.READ;
  }

  /** The code the facade gives for what Jackson refuses on its own. */
  private static String jacksonsCode(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof MismatchedInputException && message.startsWith("No content")) {
      return "json.truncated";
    }
    if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
      return "json.syntax";
    }
    if (e instanceof JsonEOFException) {
      return "json.truncated";
    }
    if (e instanceof JsonParseException) {
      return "json.syntax";
    }
    return fail("an exception of Jackson's the facade has no code for", e);
  }

  private static List<Violation> moduleProblems(Pair pair, byte[] bytes) {
    try {
      pair.module().readValue(bytes, Dataset.class);
      return List.of();
    } catch (KsJsonMappingException e) {
      return e.violations();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasError(List<Violation> problems) {
    return !blocking(problems).isEmpty();
  }

  private static List<Violation> blocking(List<Violation> problems) {
    return problems.stream()
        .filter(p -> p.severity() == Severity.ERROR || p.severity() == Severity.FATAL)
        .toList();
  }

  private static List<String> signature(List<Violation> problems) {
    return problems.stream()
        .map(p -> p.severity() + " " + p.code() + " " + p.path().toJsonPointer())
        .toList();
  }

  private static byte[] bad(String file) throws IOException {
    try (InputStream in = BadInputTest.class.getResourceAsStream("/bad/" + file)) {
      return in.readAllBytes();
    }
  }

  // ---------------------------------------------------------------- bad members in the text

  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * Documents of generated datasets with one to three members spoilt in the text: an unknown member
   * added, a member given twice (the second time changed), a null, a value of another JSON type, a
   * member left out, a null element put in an array. One in ten is left as written.
   */
  static Gen<byte[]> mutatedDocuments() {
    return rng -> {
      byte[] written = KsJson.strict().writeBytes(DatasetGen.dataset(2).next(rng));
      int members = countMembers(written);
      Set<Integer> spoilt = new HashSet<>();
      if (members > 0 && !rng.chance(0.1)) {
        int count = rng.between(1, 3);
        for (int i = 0; i < count; i++) {
          spoilt.add(rng.nextInt(members));
        }
      }
      return copy(written, spoilt, rng);
    };
  }

  private static int countMembers(byte[] json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      int count = 0;
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          count++;
        }
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] copy(byte[] json, Set<Integer> spoilt, Rng rng) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonParser parser = FACTORY.createParser(json);
        JsonGenerator generator = FACTORY.createGenerator(out)) {
      parser.nextToken();
      new Copier(parser, generator, spoilt, rng).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Copies the parser's tokens exactly (numbers as their text), spoiling the chosen members. */
  private static final class Copier {
    private final JsonParser in;
    private final JsonGenerator out;
    private final Set<Integer> spoilt;
    private final Rng rng;
    private int member;

    Copier(JsonParser in, JsonGenerator out, Set<Integer> spoilt, Rng rng) {
      this.in = in;
      this.out = out;
      this.spoilt = spoilt;
      this.rng = rng;
    }

    void value() throws IOException {
      switch (in.currentToken()) {
        case START_OBJECT -> {
          out.writeStartObject();
          while (in.nextToken() == JsonToken.FIELD_NAME) {
            String name = in.currentName();
            boolean spoil = spoilt.contains(member++);
            in.nextToken();
            if (spoil) {
              spoil(name);
            } else {
              out.writeFieldName(name);
              value();
            }
          }
          out.writeEndObject();
        }
        case START_ARRAY -> {
          out.writeStartArray();
          while (in.nextToken() != JsonToken.END_ARRAY) {
            value();
          }
          out.writeEndArray();
        }
        case VALUE_STRING -> out.writeString(in.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(in.getText());
        case VALUE_TRUE, VALUE_FALSE -> out.writeBoolean(in.getBooleanValue());
        case VALUE_NULL -> out.writeNull();
        default -> throw new IllegalStateException("unexpected " + in.currentToken());
      }
    }

    /** Writes the member (the parser on its value) spoilt in one way. */
    private void spoil(String name) throws IOException {
      switch (rng.nextInt(6)) {
        case 0 -> { // an unknown member before it
          out.writeFieldName("zzUnknown");
          out.writeStartObject();
          out.writeNumberField("a", 1);
          out.writeEndObject();
          out.writeFieldName(name);
          value();
        }
        case 1 -> { // the member twice, the second one changed when it is a string
          boolean text = in.currentToken() == JsonToken.VALUE_STRING;
          String again = text ? in.getText() + "-again" : null;
          out.writeFieldName(name);
          value();
          out.writeFieldName(name);
          if (text) {
            out.writeString(again);
          } else {
            out.writeNumber(7);
          }
        }
        case 2 -> { // null
          in.skipChildren();
          out.writeFieldName(name);
          out.writeNull();
        }
        case 3 -> { // a value of another JSON type
          in.skipChildren();
          out.writeFieldName(name);
          switch (rng.nextInt(4)) {
            case 0 -> out.writeNumber(42);
            case 1 -> out.writeString("42");
            case 2 -> out.writeBoolean(true);
            default -> {
              out.writeStartArray();
              out.writeEndArray();
            }
          }
        }
        case 4 -> in.skipChildren(); // left out
        default -> { // a null element first in an array, or else null
          out.writeFieldName(name);
          if (in.currentToken() == JsonToken.START_ARRAY) {
            out.writeStartArray();
            out.writeNull();
            while (in.nextToken() != JsonToken.END_ARRAY) {
              value();
            }
            out.writeEndArray();
          } else {
            in.skipChildren();
            out.writeNull();
          }
        }
      }
    }
  }

  /** A check of the check: the copier copies exactly when it spoils nothing. */
  @Test
  void theCopierCopiesExactly() {
    Dataset dataset = DatasetGen.dataset(3).next(Rng.seeded(7));
    byte[] written = KsJson.strict().writeBytes(dataset);
    assertThat(new String(copy(written, Set.of(), Rng.seeded(1)), UTF_8))
        .isEqualTo(new String(written, UTF_8));
    List<byte[]> spoilt = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      spoilt.add(copy(written, Set.of(3 + i), Rng.seeded(i)));
    }
    assertThat(spoilt).allSatisfy(b -> assertThat(b).isNotEqualTo(written));
  }
}
