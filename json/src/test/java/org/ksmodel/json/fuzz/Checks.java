package org.ksmodel.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.json.JsonLimits;
import org.ksmodel.json.KsJson;
import org.ksmodel.json.KsJsonModule;
import org.ksmodel.json.Located;
import org.ksmodel.json.NdjsonReader;
import org.ksmodel.json.NdjsonRecord;
import org.ksmodel.json.ReadMode;
import org.ksmodel.json.ReadResult;
import org.ksmodel.validation.Validator;

/**
 * What must hold for any input, however broken: every read ends in a value or a reported problem
 * (never an exception, never {@code json.internal}); bytes and a stream give the same outcome; a
 * value has no problem its mode forbids, can be validated, and is written and read back strictly
 * unchanged; what strict reading accepts lenient reading accepts unchanged; a user's {@code
 * ObjectMapper} with {@link KsJsonModule} only fails with Jackson's own exceptions, and what it
 * reads can be validated and written.
 */
final class Checks {
  /** The two modes with the default limits, and with limits small enough for the seeds to hit. */
  static final List<KsJson> READERS =
      List.of(KsJson.strict(), KsJson.lenient(), tight(ReadMode.STRICT), tight(ReadMode.LENIENT));

  private static final ObjectMapper MODULE = new ObjectMapper().registerModule(new KsJsonModule());

  private static final java.util.Set<String> UNPLACED =
      java.util.Set.of("json.limit.document", "json.io");

  /** The problem codes the checks have met, to show what a run reached. */
  static final java.util.Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private Checks() {}

  private static KsJson tight(ReadMode mode) {
    JsonLimits limits =
        JsonLimits.builder()
            .maxDepth(7)
            .maxNumberLength(12)
            .maxStringLength(64)
            .maxNameLength(16)
            .maxDocumentLength(8_000)
            .build();
    return KsJson.builder().mode(mode).limits(limits).build();
  }

  static void document(byte[] bytes) {
    ReadResult<Dataset> strict = null;
    for (KsJson json : READERS) {
      ReadResult<Dataset> fromBytes = json.readDataset(bytes);
      ReadResult<Dataset> fromStream = json.readDataset(new ByteArrayInputStream(bytes));
      outcome(json, fromBytes, false);
      outcome(json, fromStream, false);
      // Bytes are refused for their length before reading; a stream only when it gets there.
      if (!hasCode(fromBytes, "json.limit.document")) {
        assertThat(fromStream.value())
            .as("stream and bytes, %s", json)
            .isEqualTo(fromBytes.value());
        assertThat(signature(fromStream)).as("%s", json).isEqualTo(signature(fromBytes));
      }
      fromBytes.value().ifPresent(Checks::usable);
      if (json == KsJson.strict()) {
        strict = fromBytes;
      } else if (json == KsJson.lenient() && strict.isSuccess()) {
        assertThat(fromBytes.value())
            .as("lenient reads what strict reads")
            .isEqualTo(strict.value());
      }
    }
    try {
      Dataset viaModule = MODULE.readValue(bytes, Dataset.class);
      if (viaModule != null) {
        // The module has no limits of its own (WIRE-FORMAT), so what it reads (a string of more
        // than a million characters, a duplicate member's 1e1000000) may be more than KsJson reads
        // back: it must be valid to the validator and writable, not readable under KsJson's limits.
        assertThat(Validator.standard().validate(viaModule)).isNotNull();
        assertThat(KsJson.strict().writeBytes(viaModule)).isNotEmpty();
      }
    } catch (IOException e) {
      // Jackson's own report of bad input: what the module promises.
    }
  }

  static void ndjson(byte[] bytes) {
    for (KsJson json : READERS) {
      ReadResult<Dataset> whole = json.readNdjson(bytes);
      outcome(json, whole, true);
      whole.value().ifPresent(Checks::usable);
      int entities = 0;
      long lastLine = 0;
      try (NdjsonReader reader = json.ndjsonReader(new ByteArrayInputStream(bytes))) {
        while (reader.hasNext()) {
          NdjsonRecord record = reader.next();
          if (record.entity().isEmpty() && record.problems().isEmpty()) {
            throw new AssertionError("neither an entity nor a problem: " + record);
          }
          if (record.lineNumber() <= lastLine) {
            throw new AssertionError("line " + record.lineNumber() + " after " + lastLine);
          }
          lastLine = record.lineNumber();
          record.problems().forEach(Checks::problem);
          entities += record.entity().isPresent() ? 1 : 0;
        }
      } catch (IOException e) {
        throw new AssertionError("closing a byte stream failed", e);
      }
      if (whole.value().isPresent() && json.mode() == ReadMode.LENIENT) {
        assertThat(size(whole.value().get())).as("streamed entities").isEqualTo(entities);
      }
    }
  }

  /** In lenient NDJSON a fatal problem loses only its line, unless the input fails as a whole. */
  private static void outcome(KsJson json, ReadResult<Dataset> result, boolean ndjson) {
    if (result.value().isEmpty() && result.problems().isEmpty()) {
      throw new AssertionError(json + ": neither a value nor a problem");
    }
    result.problems().forEach(Checks::problem);
    if (result.value().isPresent()) {
      for (Violation problem : result.problems()) {
        boolean lineLost = ndjson && json.mode() == ReadMode.LENIENT;
        boolean forbidden =
            problem.severity() == Severity.FATAL
                ? !lineLost || problem.code().equals("json.io")
                : problem.severity() == Severity.ERROR && json.mode() == ReadMode.STRICT;
        if (forbidden) {
          throw new AssertionError(json + " gave a value despite " + problem);
        }
      }
    }
  }

  /** Plain checks, not assertion objects: a case can hold a hundred thousand problems. */
  private static void problem(Violation problem) {
    SEEN.add(problem.code());
    if (problem.code().equals("json.internal")
        || problem.code().isBlank()
        || problem.severity() == null
        || problem.path() == null
        || problem.message().isBlank()) {
      throw new AssertionError("a bug reported, or a problem without its parts: " + problem);
    }
    long line = Located.line(problem);
    long column = Located.column(problem);
    // A document refused for its length before parsing, or an input that cannot be opened, has
    // no position; every other problem has one.
    boolean unplaced = line == -1 && column == -1 && UNPLACED.contains(problem.code());
    if (!unplaced && (line < 1 || column < 1)) {
      throw new AssertionError("no line and column: " + problem);
    }
  }

  /** A value read can be validated, and written and read again strictly without change. */
  private static void usable(Dataset dataset) {
    assertThat(Validator.standard().validate(dataset)).isNotNull();
    ReadResult<Dataset> again = KsJson.strict().readDataset(KsJson.strict().writeBytes(dataset));
    assertThat(again.problems()).as("problems reading back what was written").isEmpty();
    assertThat(again.value()).as("read back").contains(dataset);
  }

  private static List<String> signature(ReadResult<?> result) {
    return result.problems().stream()
        .map(p -> p.severity() + " " + p.code() + " " + p.path().toJsonPointer())
        .toList();
  }

  private static boolean hasCode(ReadResult<?> result, String code) {
    return result.problems().stream().anyMatch(p -> p.code().equals(code));
  }

  private static int size(Dataset dataset) {
    return dataset.institutions().size()
        + dataset.solutions().size()
        + dataset.partnerships().size()
        + dataset.fundings().size()
        + dataset.resultsFrameworks().size()
        + dataset.knowledgeRequests().size();
  }
}
