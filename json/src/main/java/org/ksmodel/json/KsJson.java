package org.ksmodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Funding;
import org.ksmodel.institution.Institution;
import org.ksmodel.json.internal.Bounded;
import org.ksmodel.json.internal.Codec;
import org.ksmodel.json.internal.Codecs;
import org.ksmodel.json.internal.Documents;
import org.ksmodel.json.internal.Json;
import org.ksmodel.json.internal.Problems;
import org.ksmodel.json.internal.RawCapture;
import org.ksmodel.json.internal.Reads;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;

/**
 * Reads and writes ksmodel JSON without knowing Jackson: a dataset document ({@code {"ksmodel":
 * "1.0", "institutions": [...], ...}}), a single entity or part, or NDJSON (one entity per line).
 * The format is described in {@code WIRE-FORMAT.md} and by the JSON Schema at {@link
 * #SCHEMA_RESOURCE}.
 *
 * <p>Reading never throws for bad input: it returns a {@link ReadResult} with the value (if any)
 * and every problem as a {@link Violation} with a JSON Pointer, a line and a column. Reading is
 * streaming (token by token into the model's builders) and bounded by {@link JsonLimits}. An
 * instance is immutable and safe to share between threads.
 *
 * <pre>{@code
 * KsJson json = KsJson.lenient();
 * ReadResult<Dataset> result = json.readDataset(Path.of("portfolio.json"));
 * result.problems().forEach(System.out::println);
 * String text = json.writeString(result.orElseThrow());
 * }</pre>
 */
public final class KsJson {
  /** The version of the format this library writes, the {@code ksmodel} member of a document. */
  public static final String FORMAT_VERSION = Documents.VERSION;

  /** The class-path resource of the JSON Schema (draft 2020-12) of the format. */
  public static final String SCHEMA_RESOURCE = "/org/ksmodel/json/ksmodel-1.0.schema.json";

  private static final KsJson STRICT = builder().mode(ReadMode.STRICT).build();
  private static final KsJson LENIENT = builder().mode(ReadMode.LENIENT).build();

  private final ReadMode mode;
  private final JsonLimits limits;
  private final boolean pretty;
  private final JsonFactory factory;

  private KsJson(Builder builder) {
    this.mode = builder.mode;
    this.limits = builder.limits;
    this.pretty = builder.pretty;
    this.factory = Json.factory(limits);
  }

  /** Strict reading with the default limits, compact writing. */
  public static KsJson strict() {
    return STRICT;
  }

  /** Lenient reading with the default limits, compact writing. */
  public static KsJson lenient() {
    return LENIENT;
  }

  public static Builder builder() {
    return new Builder();
  }

  public ReadMode mode() {
    return mode;
  }

  public JsonLimits limits() {
    return limits;
  }

  // ---------------------------------------------------------------- reading documents

  public ReadResult<Dataset> readDataset(byte[] json) {
    return read(Dataset.class, json);
  }

  public ReadResult<Dataset> readDataset(String json) {
    return read(Dataset.class, json);
  }

  /** Reads from a stream, which is left open. */
  public ReadResult<Dataset> readDataset(InputStream json) {
    return read(Dataset.class, json);
  }

  /** Reads from a reader, which is left open. */
  public ReadResult<Dataset> readDataset(Reader json) {
    return read(Dataset.class, json);
  }

  public ReadResult<Dataset> readDataset(Path file) {
    return read(Dataset.class, file);
  }

  /**
   * Reads a document holding one value of {@code type}: a {@link Dataset}, an entity ({@link
   * Institution}, {@link Solution}, {@link Partnership}, {@link Funding}, {@link ResultsFramework};
   * a {@code kind} member is allowed) or any part of one.
   *
   * @throws IllegalArgumentException if the format has no representation of {@code type}
   */
  public <T> ReadResult<T> read(Class<T> type, byte[] json) {
    Objects.requireNonNull(json, "json");
    return run(
        type,
        RawCapture.of(json, limits.maxQuarantinedLength()),
        f -> {
          if (json.length > limits.maxDocumentLength()) {
            throw tooLong();
          }
          return f.createParser(json);
        });
  }

  public <T> ReadResult<T> read(Class<T> type, String json) {
    Objects.requireNonNull(json, "json");
    return run(
        type,
        RawCapture.of(json, limits.maxQuarantinedLength()),
        f -> {
          if (json.length() > limits.maxDocumentLength()) {
            throw tooLong();
          }
          return f.createParser(json);
        });
  }

  /** Reads from a stream, which is left open. */
  public <T> ReadResult<T> read(Class<T> type, InputStream json) {
    Objects.requireNonNull(json, "json");
    RawCapture.Bytes capture = byteCapture(type);
    return run(
        type,
        capture,
        f -> f.createParser(copied(capture, Bounded.of(json, limits.maxDocumentLength()))));
  }

  /** Reads from a reader, which is left open. */
  public <T> ReadResult<T> read(Class<T> type, Reader json) {
    Objects.requireNonNull(json, "json");
    RawCapture.Chars capture =
        type == Dataset.class ? RawCapture.chars(limits.maxQuarantinedLength()) : null;
    Reader bounded = Bounded.of(json, limits.maxDocumentLength());
    return run(
        type, capture, f -> f.createParser(capture == null ? bounded : capture.wrap(bounded)));
  }

  public <T> ReadResult<T> read(Class<T> type, Path file) {
    Objects.requireNonNull(file, "file");
    RawCapture.Bytes capture = byteCapture(type);
    return run(
        type,
        capture,
        f -> {
          InputStream in = Files.newInputStream(file);
          try {
            return f.createParser(copied(capture, Bounded.of(in, limits.maxDocumentLength())))
                .enable(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE);
          } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
          }
        });
  }

  private IOException tooLong() {
    return new org.ksmodel.json.internal.LimitExceeded(
        org.ksmodel.json.internal.Problems.LIMIT_DOCUMENT,
        "the document is longer than the limit of " + limits.maxDocumentLength());
  }

  /** Only the records of a dataset's arrays are quarantined, so only then is a stream copied. */
  private RawCapture.Bytes byteCapture(Class<?> type) {
    return type == Dataset.class ? RawCapture.bytes(limits.maxQuarantinedLength()) : null;
  }

  private static InputStream copied(RawCapture.Bytes capture, InputStream in) {
    return capture == null ? in : capture.wrap(in);
  }

  private <T> ReadResult<T> run(Class<T> type, RawCapture capture, Reads.Source source) {
    Objects.requireNonNull(type, "type");
    Reads.Outcome<T> outcome;
    if (type == Dataset.class) {
      RawCapture raw = capture == null ? RawCapture.NONE : capture;
      @SuppressWarnings("unchecked")
      Reads.Outcome<T> dataset =
          (Reads.Outcome<T>)
              Reads.run(factory, isStrict(), limits, 0, raw, source, Documents::readDataset);
      outcome = dataset;
    } else {
      Codec<T> codec = codec(type);
      outcome =
          Reads.run(factory, isStrict(), limits, 0, source, in -> Documents.readValue(in, codec));
    }
    return new ReadResult<>(
        outcome.value(), outcome.problems(), outcome.unbound(), outcome.quarantine());
  }

  private static <T> Codec<T> codec(Class<T> type) {
    Codec<T> codec = Codecs.of(type);
    if (codec == null) {
      throw new IllegalArgumentException("the ksmodel JSON format has no form for " + type);
    }
    return codec;
  }

  private boolean isStrict() {
    return mode == ReadMode.STRICT;
  }

  // ---------------------------------------------------------------- writing documents

  /**
   * Writes a {@link Dataset} as a document, or an entity or part of one on its own.
   *
   * @throws IllegalArgumentException if the format has no representation of the value's type
   */
  public String writeString(Object value) {
    Writing writing = writing(value);
    SegmentedStringWriter out = new SegmentedStringWriter(factory._getBufferRecycler());
    try {
      try (JsonGenerator generator = generator(factory.createGenerator(out))) {
        writing.write(generator);
      }
      return out.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Like {@link #writeString}, as UTF-8. */
  public byte[] writeBytes(Object value) {
    Writing writing = writing(value);
    try (ByteArrayBuilder out = new ByteArrayBuilder(factory._getBufferRecycler())) {
      try (JsonGenerator generator = generator(factory.createGenerator(out))) {
        writing.write(generator);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes UTF-8 to a stream, which is flushed and left open. */
  public void write(Object value, OutputStream out) throws IOException {
    Writing writing = writing(value);
    try (JsonGenerator generator = generator(factory.createGenerator(out))) {
      writing.write(generator);
    } catch (JsonProcessingException e) {
      throw new IOException(e.getOriginalMessage());
    }
  }

  /** Writes to a writer, which is flushed and left open. */
  public void write(Object value, Writer out) throws IOException {
    Writing writing = writing(value);
    try (JsonGenerator generator = generator(factory.createGenerator(out))) {
      writing.write(generator);
    } catch (JsonProcessingException e) {
      throw new IOException(e.getOriginalMessage());
    }
  }

  /** Writes UTF-8 to a file, replacing it. */
  public void write(Object value, Path file) throws IOException {
    Writing writing = writing(value);
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator generator = generator(factory.createGenerator(out))) {
      writing.write(generator);
    } catch (JsonProcessingException e) {
      throw new IOException(e.getOriginalMessage());
    }
  }

  @FunctionalInterface
  private interface Writing {
    void write(JsonGenerator out) throws IOException;
  }

  private static Writing writing(Object value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof Dataset) {
      return out -> Documents.writeDataset(out, (Dataset) value);
    }
    Codec<Object> codec = Codecs.forValue(value);
    if (codec == null) {
      throw new IllegalArgumentException(
          "the ksmodel JSON format has no form for " + value.getClass());
    }
    return out -> codec.write(out, value);
  }

  private JsonGenerator generator(JsonGenerator generator) {
    if (pretty) {
      generator.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)));
    }
    return generator;
  }

  // ---------------------------------------------------------------- NDJSON

  /** A reader of the entities of an NDJSON stream, one by one; closing it closes the stream. */
  public NdjsonReader ndjsonReader(InputStream ndjson) {
    return new NdjsonReader(Objects.requireNonNull(ndjson, "ndjson"), factory, isStrict(), limits);
  }

  /** A reader of the entities of an NDJSON file; a file that cannot be opened is reported. */
  public NdjsonReader ndjsonReader(Path file) {
    try {
      return ndjsonReader(Files.newInputStream(file));
    } catch (IOException e) {
      return NdjsonReader.failed(e, factory, isStrict());
    }
  }

  /** Reads a whole NDJSON text into a dataset; bad lines are reported as the mode says. */
  public ReadResult<Dataset> readNdjson(byte[] ndjson) {
    return readNdjson(ndjsonReader(new ByteArrayInputStream(ndjson)));
  }

  public ReadResult<Dataset> readNdjson(String ndjson) {
    return readNdjson(ndjson.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a whole NDJSON stream into a dataset; the stream is closed. */
  public ReadResult<Dataset> readNdjson(InputStream ndjson) {
    return readNdjson(ndjsonReader(ndjson));
  }

  public ReadResult<Dataset> readNdjson(Path file) {
    return readNdjson(ndjsonReader(file));
  }

  private ReadResult<Dataset> readNdjson(NdjsonReader reader) {
    Dataset.Builder dataset = Dataset.builder();
    List<Violation> problems = new ArrayList<>();
    Map<String, String> unbound = new LinkedHashMap<>();
    List<QuarantinedRecord> quarantine = new ArrayList<>();
    try (reader) {
      while (reader.hasNext()) {
        NdjsonRecord record = reader.next();
        problems.addAll(record.problems());
        record.quarantined().ifPresent(quarantine::add);
        record.unboundMembers().forEach((k, v) -> unbound.put(record.lineNumber() + ":" + k, v));
        record.entity().ifPresent(entity -> add(dataset, entity));
      }
    } catch (IOException e) {
      // Closing a stream that was read to its end; nothing was lost.
    }
    // In lenient mode a bad line (even an unreadable one) only loses that line; the input
    // failing as a whole (json.io) loses the dataset.
    boolean blocked =
        isStrict()
            ? Reads.blocks(problems, true)
            : problems.stream().anyMatch(p -> p.code().equals(Problems.IO));
    return new ReadResult<>(blocked ? null : dataset.build(), problems, unbound, quarantine);
  }

  private static void add(Dataset.Builder dataset, Object entity) {
    if (entity instanceof Institution) {
      dataset.addInstitutions((Institution) entity);
    } else if (entity instanceof Solution) {
      dataset.addSolutions((Solution) entity);
    } else if (entity instanceof Partnership) {
      dataset.addPartnerships((Partnership) entity);
    } else if (entity instanceof Funding) {
      dataset.addFundings((Funding) entity);
    } else {
      dataset.addResultsFrameworks((ResultsFramework) entity);
    }
  }

  /** A writer of entities, one per line, to a stream that stays open when the writer closes. */
  public NdjsonWriter ndjsonWriter(OutputStream out) throws IOException {
    return new NdjsonWriter(factory.createGenerator(out), null);
  }

  /** A writer of entities, one per line, to a file (replaced), closed with the writer. */
  public NdjsonWriter ndjsonWriter(Path file) throws IOException {
    OutputStream out = Files.newOutputStream(file);
    return new NdjsonWriter(factory.createGenerator(out), out);
  }

  /** The entities of a dataset as NDJSON text. */
  public String writeNdjson(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = ndjsonWriter(out)) {
      writer.writeAll(dataset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- schema

  /** The JSON Schema of the format, as text. */
  public static String schema() {
    try (InputStream in = KsJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema resource is missing: " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "KsJson{mode=" + mode + ", limits=" + limits + ", pretty=" + pretty + "}";
  }

  /** Builds a {@link KsJson}: strict by default, default limits, compact output. */
  public static final class Builder {
    private ReadMode mode = ReadMode.STRICT;
    private JsonLimits limits = JsonLimits.defaults();
    private boolean pretty;

    private Builder() {}

    public Builder mode(ReadMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Whether to indent the output (two spaces, one member per line). */
    public Builder prettyPrint(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    public KsJson build() {
      return new KsJson(this);
    }
  }
}
