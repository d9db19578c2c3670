package org.ksmodel.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.json.KsJson;
import org.ksmodel.json.ReadResult;
import org.ksmodel.json.fuzz.Seeds.Seed;
import org.ksmodel.testkit.ByteMutator;
import org.ksmodel.testkit.FuzzRunner;
import org.ksmodel.testkit.FuzzRunner.Input;
import org.ksmodel.testkit.FuzzRunner.Summary;
import org.ksmodel.testkit.Rng;

/**
 * Mutation fuzzing of the JSON and NDJSON readers: valid documents corrupted in their structure
 * ({@link JsonMutator}) and their bytes ({@link ByteMutator}), each checked by {@link Checks}. The
 * default run is short; {@code -Dksmodel.fuzz.iterations=100000} runs longer and {@code
 * -Dksmodel.seed=N} starts elsewhere. A failure names the seed of its case.
 */
class JsonFuzzTest {
  private static final int DOCUMENT_CASES = 200;
  private static final int NDJSON_CASES = 120;

  @Test
  void theSeedsReadBackStrictlyAndTheCheckAcceptsThem() {
    for (Seed seed : Seeds.all()) {
      ReadResult<Dataset> read = KsJson.strict().readDataset(seed.json());
      assertThat(read.problems()).as(seed.name()).isEmpty();
      assertThat(KsJson.strict().readNdjson(seed.ndjson()).value()).isEqualTo(read.value());
      Checks.document(seed.json());
      Checks.ndjson(seed.ndjson());
    }
  }

  @Test
  void corruptedDocumentsEndInAValueOrAProblem() {
    Summary summary =
        FuzzRunner.run("json-documents", DOCUMENT_CASES, this::document, Checks::document);
    System.out.println("problem codes met: " + new java.util.TreeSet<>(Checks.SEEN));
    assertThat(summary.failures()).as(FuzzRunner.describe(summary)).isEmpty();
  }

  @Test
  void corruptedNdjsonEndsInRecordsOrProblems() {
    Summary summary = FuzzRunner.run("json-ndjson", NDJSON_CASES, this::ndjson, Checks::ndjson);
    assertThat(summary.failures()).as(FuzzRunner.describe(summary)).isEmpty();
  }

  private Input document(Rng rng) {
    Seed seed = rng.pick(Seeds.all());
    String what = seed.name() + ": ";
    byte[] bytes = seed.json();
    if (rng.chance(0.6)) {
      JsonMutator.Result result = JsonMutator.mutate(seed.tree(), rng, 3);
      bytes = result.bytes();
      what += result.description();
      if (rng.chance(0.25)) {
        ByteMutator bytesMutator = new ByteMutator();
        bytes = bytesMutator.mutate(bytes, rng, 2);
        what += "; " + bytesMutator.describe();
      }
    } else {
      ByteMutator bytesMutator = new ByteMutator();
      bytes = bytesMutator.mutate(bytes, rng, 4);
      what += bytesMutator.describe();
    }
    return new Input(what, bytes);
  }

  private Input ndjson(Rng rng) {
    Seed seed = rng.pick(Seeds.all());
    List<String> lines = new ArrayList<>();
    seed.lines().forEach(line -> lines.add(line.toString()));
    StringBuilder what = new StringBuilder(seed.name()).append(": ");
    if (lines.isEmpty()) {
      lines.add("{}");
    }
    int edits = rng.between(1, 3);
    for (int i = 0; i < edits; i++) {
      int at = rng.nextInt(lines.size());
      switch (rng.nextInt(6)) {
        case 0, 1 -> {
          JsonNode tree =
              seed.lines().isEmpty()
                  ? JsonMutator.tree(new byte[] {'{', '}'})
                  : seed.lines().get(Math.min(at, seed.lines().size() - 1));
          JsonMutator.Result result = JsonMutator.mutate(tree, rng, 2);
          lines.set(at, new String(result.bytes(), StandardCharsets.UTF_8));
          what.append("line ").append(at + 1).append(": ").append(result.description());
        }
        case 2 -> {
          lines.remove(at);
          what.append("line ").append(at + 1).append(" deleted");
          if (lines.isEmpty()) {
            lines.add("");
          }
        }
        case 3 -> {
          lines.add(rng.nextInt(lines.size() + 1), lines.get(at));
          what.append("line ").append(at + 1).append(" duplicated");
        }
        case 4 -> {
          lines.add(
              at, rng.pick("", " ", "\t", "\r", "null", "[]", "{}", "{\"kind\":\"x\"}", "\u0000"));
          what.append("odd line at ").append(at + 1);
        }
        default -> {
          int other = rng.nextInt(lines.size());
          String line = lines.get(at);
          lines.set(at, lines.get(other));
          lines.set(other, line);
          what.append("lines ").append(at + 1).append(" and ").append(other + 1).append(" swapped");
        }
      }
      what.append("; ");
    }
    String separator = rng.pick("\n", "\n", "\r\n", "\n\n");
    byte[] bytes =
        (String.join(separator, lines) + (rng.chance(0.5) ? separator : ""))
            .getBytes(StandardCharsets.UTF_8);
    if (rng.chance(0.3)) {
      ByteMutator bytesMutator = new ByteMutator();
      bytes = bytesMutator.mutate(bytes, rng, 3);
      what.append(bytesMutator.describe());
    }
    return new Input(what.toString(), bytes);
  }
}
