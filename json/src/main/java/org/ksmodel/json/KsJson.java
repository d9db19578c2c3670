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
import org.ksmodel.common.Entity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Funding;
import org.ksmodel.institution.Institution;
import org.ksmodel.json.internal.Bounded;
import org.ksmodel.json.internal.Codec;
import org.ksmodel.json.internal.Codecs;
import org.ksmodel.json.internal.Documents;
import org.ksmodel.json.internal.Json;
import org.ksmodel.json.internal.PersonalData;
import org.ksmodel.json.internal.Problems;
import org.ksmodel.json.internal.RawCapture;
import org.ksmodel.json.internal.Reads;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;

/**
 * Reads and writes ksmodel JSON without knowing Jackson: a dataset document ({@code {"ksmodel":
 * "1.0", "institutions": [...], ...}}), a single entity or part, or NDJSON (one entity per line).
 * The format is described by the JSON Schema at {@link #SCHEMA_RESOURCE} ({@link #schema()}) and,
 * with every problem code, in {@code json/WIRE-FORMAT.md} of the source repository.
 *
 * <p>Reading never throws for bad input: it returns a {@link ReadResult} with the value (if any)
 * and every problem as a {@link Violation} with a JSON Pointer, a line and a column. An input that
 * cannot be opened or read (a missing file, a failing stream) is a problem too, a FATAL one with
 * the code {@code json.io}. Reading is streaming (token by token into the model's builders) and
 * bounded by {@link JsonLimits}. How strict it is, is the {@link ReadMode}.
 *
 * <p>No Jackson exception escapes: reading turns them into problems, and writing to a stream, a
 * writer or a file throws a plain {@link IOException} instead. The exceptions a caller can get are
 * the ones documented on each method; arguments must not be null (a {@link NullPointerException}).
 *
 * <p>Writing writes every value in full, unless the instance was built with {@link
 * Builder#omitPersonalData(boolean)}: then the personal data of contacts (names, job titles,
 * telephone numbers, e-mail and mailing addresses) is left out.
 *
 * <p>An instance is immutable and safe to share between threads; the {@link NdjsonReader}s and
 * {@link NdjsonWriter}s it makes are for one stream and one thread each.
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
  public static final String SCHEMA_RESOURCE = "/org/ksmodel/json/ksmodel-1.1.schema.json";

  private static final KsJson STRICT = builder().mode(ReadMode.STRICT).build();
  private static final KsJson LENIENT = builder().mode(ReadMode.LENIENT).build();

  private final ReadMode mode;
  private final JsonLimits limits;
  private final boolean pretty;
  private final boolean omitPersonalData;
  private final JsonFactory factory;

  private KsJson(Builder builder) {
    this.mode = builder.mode;
    this.limits = builder.limits;
    this.pretty = builder.pretty;
    this.omitPersonalData = builder.omitPersonalData;
    this.factory = Json.factory(limits);
  }

  /**
   * {@return a shared instance: strict reading with the default limits, compact writing}
   *
   * @see ReadMode#STRICT
   */
  public static KsJson strict() {
    return STRICT;
  }

  /**
   * {@return a shared instance: lenient reading with the default limits, compact writing}
   *
   * @see ReadMode#LENIENT
   */
  public static KsJson lenient() {
    return LENIENT;
  }

  /**
   * {@return a new builder, for another mode, other limits, pretty printing or writing without
   * personal data}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return how this instance reads: strict or lenient} */
  public ReadMode mode() {
    return mode;
  }

  /** {@return the limits this instance reads within} */
  public JsonLimits limits() {
    return limits;
  }

  // ---------------------------------------------------------------- reading documents

  /**
   * Reads a dataset document from bytes: UTF-8, or UTF-16 or UTF-32 (the encoding is detected).
   * Input longer than {@link JsonLimits#maxDocumentLength()} bytes is not read: a FATAL problem.
   *
   * @param json the document
   * @return the dataset, or no value, with every problem; never throws for bad input
   */
  public ReadResult<Dataset> readDataset(byte[] json) {
    return read(Dataset.class, json);
  }

  /**
   * Reads a dataset document from text. Text longer than {@link JsonLimits#maxDocumentLength()}
   * characters is not read: a FATAL problem.
   *
   * @param json the document
   * @return the dataset, or no value, with every problem; never throws for bad input
   */
  public ReadResult<Dataset> readDataset(String json) {
    return read(Dataset.class, json);
  }

  /**
   * Reads a dataset document from a stream of bytes (UTF-8, or UTF-16 or UTF-32), which is left
   * open. Reading stops with a FATAL problem after {@link JsonLimits#maxDocumentLength()} bytes; a
   * stream that fails is a FATAL {@code json.io} problem.
   *
   * @param json the stream, read to its end (content after the document is a problem)
   * @return the dataset, or no value, with every problem; never throws for bad input
   */
  public ReadResult<Dataset> readDataset(InputStream json) {
    return read(Dataset.class, json);
  }

  /**
   * Reads a dataset document from a reader, which is left open. Reading stops with a FATAL problem
   * after {@link JsonLimits#maxDocumentLength()} characters; a reader that fails is a FATAL {@code
   * json.io} problem.
   *
   * @param json the reader, read to its end (content after the document is a problem)
   * @return the dataset, or no value, with every problem; never throws for bad input
   */
  public ReadResult<Dataset> readDataset(Reader json) {
    return read(Dataset.class, json);
  }

  /**
   * Reads a dataset document from a file (UTF-8, or UTF-16 or UTF-32), which is closed after
   * reading. A file that cannot be opened or read is a FATAL {@code json.io} problem, not an
   * exception.
   *
   * @param file the file
   * @return the dataset, or no value, with every problem; never throws for bad input
   */
  public ReadResult<Dataset> readDataset(Path file) {
    return read(Dataset.class, file);
  }

  /**
   * Reads a document holding one value of {@code type}: a {@link Dataset}, an entity ({@link
   * Institution}, {@link Solution}, {@link Partnership}, {@link Funding}, {@link ResultsFramework},
   * {@link KnowledgeRequest}; a {@code kind} member is allowed), any part of one (such as a {@code
   * Contribution} or an {@code Indicator}) or a value such as an id, a code, {@code Money}, a
   * {@code DateRange} or a {@code LocalizedText}. {@code type} is the model's type itself ({@code
   * Institution.class}, not an implementation class). The bytes are UTF-8, or UTF-16 or UTF-32 (the
   * encoding is detected); input longer than {@link JsonLimits#maxDocumentLength()} bytes is not
   * read: a FATAL problem.
   *
   * <p>Only the records of a dataset's arrays are quarantined: for any other type {@link
   * ReadResult#quarantine()} is empty.
   *
   * @param <T> the type read
   * @param type the type of the value the document holds
   * @param json the document
   * @return the value, or no value, with every problem; never throws for bad input
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

  /**
   * Like {@link #read(Class, byte[])}, from text; text longer than {@link
   * JsonLimits#maxDocumentLength()} characters is not read: a FATAL problem.
   *
   * @param <T> the type read
   * @param type the type of the value the document holds
   * @param json the document
   * @return the value, or no value, with every problem; never throws for bad input
   * @throws IllegalArgumentException if the format has no representation of {@code type}
   */
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

  /**
   * Like {@link #read(Class, byte[])}, from a stream, which is left open. Reading stops with a
   * FATAL problem after {@link JsonLimits#maxDocumentLength()} bytes; a stream that fails is a
   * FATAL {@code json.io} problem.
   *
   * @param <T> the type read
   * @param type the type of the value the document holds
   * @param json the stream, read to its end (content after the document is a problem)
   * @return the value, or no value, with every problem; never throws for bad input
   * @throws IllegalArgumentException if the format has no representation of {@code type}
   */
  public <T> ReadResult<T> read(Class<T> type, InputStream json) {
    Objects.requireNonNull(json, "json");
    RawCapture.Bytes capture = RawCapture.bytes(limits.maxQuarantinedLength());
    return run(
        type,
        capture,
        f -> f.createParser(capture.wrap(Bounded.of(json, limits.maxDocumentLength()))));
  }

  /**
   * Like {@link #read(Class, byte[])}, from a reader, which is left open. Reading stops with a
   * FATAL problem after {@link JsonLimits#maxDocumentLength()} characters; a reader that fails is a
   * FATAL {@code json.io} problem.
   *
   * @param <T> the type read
   * @param type the type of the value the document holds
   * @param json the reader, read to its end (content after the document is a problem)
   * @return the value, or no value, with every problem; never throws for bad input
   * @throws IllegalArgumentException if the format has no representation of {@code type}
   */
  public <T> ReadResult<T> read(Class<T> type, Reader json) {
    Objects.requireNonNull(json, "json");
    RawCapture.Chars capture = RawCapture.chars(limits.maxQuarantinedLength());
    Reader bounded = Bounded.of(json, limits.maxDocumentLength());
    return run(type, capture, f -> f.createParser(capture.wrap(bounded)));
  }

  /**
   * Like {@link #read(Class, byte[])}, from a file, which is closed after reading. A file that
   * cannot be opened or read is a FATAL {@code json.io} problem, not an exception.
   *
   * @param <T> the type read
   * @param type the type of the value the document holds
   * @param file the file
   * @return the value, or no value, with every problem; never throws for bad input
   * @throws IllegalArgumentException if the format has no representation of {@code type}
   */
  public <T> ReadResult<T> read(Class<T> type, Path file) {
    Objects.requireNonNull(file, "file");
    RawCapture.Bytes capture = RawCapture.bytes(limits.maxQuarantinedLength());
    return run(
        type,
        capture,
        f -> {
          InputStream in = Files.newInputStream(file);
          try {
            return f.createParser(capture.wrap(Bounded.of(in, limits.maxDocumentLength())))
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

  private <T> ReadResult<T> run(Class<T> type, RawCapture capture, Reads.Source source) {
    Objects.requireNonNull(type, "type");
    Reads.Outcome<T> outcome;
    if (type == Dataset.class) {
      @SuppressWarnings("unchecked")
      Reads.Outcome<T> dataset =
          (Reads.Outcome<T>)
              Reads.run(factory, isStrict(), limits, 0, capture, source, Documents::readDataset);
      outcome = dataset;
    } else {
      Codec<T> codec = codec(type);
      outcome =
          Reads.run(
              factory,
              isStrict(),
              limits,
              0,
              capture,
              source,
              in -> Documents.readValue(in, codec));
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
   * Writes a dataset as a document, with its {@code ksmodel} version member first. Indented when
   * the instance was built with {@link Builder#prettyPrint(boolean)}.
   *
   * @param dataset the dataset to write
   * @return the JSON text
   * @throws UncheckedIOException if the JSON generator fails; writing to memory does not
   */
  public String writeString(Dataset dataset) {
    return string(document(dataset));
  }

  /**
   * Writes one entity on its own, as {@link #read(Class, String)} reads it back.
   *
   * @param entity the entity to write
   * @return the JSON text
   * @throws IllegalArgumentException if the entity is not one of the model's aggregates (a class of
   *     the caller's own that implements {@link Entity})
   * @throws UncheckedIOException if the JSON generator fails; writing to memory does not
   */
  public String writeString(Entity entity) {
    return string(entity(entity));
  }

  /**
   * Writes any value of a type that {@link #read(Class, String)} reads (a part of an entity, an id,
   * a code, money, ...) on its own.
   *
   * @param <T> the type of the value
   * @param type the type whose form to write, e.g. {@code Money.class}
   * @param value the value to write
   * @return the JSON text
   * @throws IllegalArgumentException if the format has no form for {@code type}
   * @throws UncheckedIOException if the JSON generator fails; writing to memory does not
   */
  public <T> String writeString(Class<T> type, T value) {
    return string(value(type, value));
  }

  /**
   * Like {@link #writeString(Dataset)}, as UTF-8 bytes.
   *
   * @param dataset the dataset to write
   * @return the JSON text in UTF-8
   * @throws UncheckedIOException if the JSON generator fails; writing to memory does not
   */
  public byte[] writeBytes(Dataset dataset) {
    return bytes(document(dataset));
  }

  /**
   * Like {@link #writeString(Entity)}, as UTF-8 bytes.
   *
   * @param entity the entity to write
   * @return the JSON text in UTF-8
   * @throws IllegalArgumentException if the entity is not one of the model's aggregates
   * @throws UncheckedIOException if the JSON generator fails; writing to memory does not
   */
  public byte[] writeBytes(Entity entity) {
    return bytes(entity(entity));
  }

  /**
   * Like {@link #writeString(Class, Object)}, as UTF-8 bytes.
   *
   * @param <T> the type of the value
   * @param type the type whose form to write
   * @param value the value to write
   * @return the JSON text in UTF-8
   * @throws IllegalArgumentException if the format has no form for {@code type}
   * @throws UncheckedIOException if the JSON generator fails; writing to memory does not
   */
  public <T> byte[] writeBytes(Class<T> type, T value) {
    return bytes(value(type, value));
  }

  /**
   * Like {@link #writeString(Dataset)}, as UTF-8 to a stream, which is flushed and left open.
   *
   * @param dataset the dataset to write
   * @param out the stream to write to
   * @throws IOException if the stream cannot be written or flushed; part of the text may have been
   *     written
   */
  public void write(Dataset dataset, OutputStream out) throws IOException {
    write(document(dataset), out);
  }

  /**
   * Like {@link #writeString(Entity)}, as UTF-8 to a stream, which is flushed and left open.
   *
   * @param entity the entity to write
   * @param out the stream to write to
   * @throws IllegalArgumentException if the entity is not one of the model's aggregates; then
   *     nothing is written
   * @throws IOException if the stream cannot be written or flushed; part of the text may have been
   *     written
   */
  public void write(Entity entity, OutputStream out) throws IOException {
    write(entity(entity), out);
  }

  /**
   * Like {@link #writeString(Dataset)}, to a writer, which is flushed and left open.
   *
   * @param dataset the dataset to write
   * @param out the writer to write to
   * @throws IOException if the writer cannot be written or flushed; part of the text may have been
   *     written
   */
  public void write(Dataset dataset, Writer out) throws IOException {
    write(document(dataset), out);
  }

  /**
   * Like {@link #writeString(Entity)}, to a writer, which is flushed and left open.
   *
   * @param entity the entity to write
   * @param out the writer to write to
   * @throws IllegalArgumentException if the entity is not one of the model's aggregates; then
   *     nothing is written
   * @throws IOException if the writer cannot be written or flushed; part of the text may have been
   *     written
   */
  public void write(Entity entity, Writer out) throws IOException {
    write(entity(entity), out);
  }

  /**
   * Like {@link #writeString(Dataset)}, as UTF-8 to a file, which is created or replaced, and
   * closed.
   *
   * @param dataset the dataset to write
   * @param file the file to write
   * @throws IOException if the file cannot be opened (its folder does not exist, it may not be
   *     written, ...) or written; it may then be left partly written
   */
  public void write(Dataset dataset, Path file) throws IOException {
    write(document(dataset), file);
  }

  /**
   * Like {@link #writeString(Entity)}, as UTF-8 to a file, which is created or replaced, and
   * closed.
   *
   * @param entity the entity to write
   * @param file the file to write
   * @throws IllegalArgumentException if the entity is not one of the model's aggregates; then the
   *     file is not touched
   * @throws IOException if the file cannot be opened or written; it may then be left partly written
   */
  public void write(Entity entity, Path file) throws IOException {
    write(entity(entity), file);
  }

  @FunctionalInterface
  private interface Writing {
    void write(JsonGenerator out) throws IOException;
  }

  private static Writing document(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    return out -> Documents.writeDataset(out, dataset);
  }

  private static Writing entity(Entity entity) {
    Objects.requireNonNull(entity, "entity");
    if (Codecs.kindOf(entity) == null) {
      throw new IllegalArgumentException("not an entity of the model: " + entity.getClass());
    }
    Codec<Object> codec = Codecs.forValue(entity);
    return out -> codec.write(out, entity);
  }

  private static <T> Writing value(Class<T> type, T value) {
    Objects.requireNonNull(value, "value");
    if (type == Dataset.class) {
      return document((Dataset) value);
    }
    Codec<T> codec = Codecs.of(type);
    if (codec == null) {
      throw new IllegalArgumentException("the ksmodel JSON format has no form for " + type);
    }
    return out -> codec.write(out, value);
  }

  private String string(Writing writing) {
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

  private byte[] bytes(Writing writing) {
    try (ByteArrayBuilder out = new ByteArrayBuilder(factory._getBufferRecycler())) {
      try (JsonGenerator generator = generator(factory.createGenerator(out))) {
        writing.write(generator);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // A Jackson exception becomes a plain IOException, without the cause: none escapes the facade.
  private void write(Writing writing, OutputStream out) throws IOException {
    try (JsonGenerator generator = generator(factory.createGenerator(out))) {
      writing.write(generator);
    } catch (JsonProcessingException e) {
      throw new IOException(e.getOriginalMessage());
    }
  }

  private void write(Writing writing, Writer out) throws IOException {
    try (JsonGenerator generator = generator(factory.createGenerator(out))) {
      writing.write(generator);
    } catch (JsonProcessingException e) {
      throw new IOException(e.getOriginalMessage());
    }
  }

  private void write(Writing writing, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator generator = generator(factory.createGenerator(out))) {
      writing.write(generator);
    } catch (JsonProcessingException e) {
      throw new IOException(e.getOriginalMessage());
    }
  }

  private JsonGenerator generator(JsonGenerator created) {
    JsonGenerator generator = omitPersonalData ? PersonalData.omitting(created) : created;
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

  /**
   * A reader of the entities of an NDJSON stream (UTF-8), one line at a time, in this instance's
   * mode and within its limits ({@link JsonLimits#maxDocumentLength()} bounds each line).
   *
   * @param ndjson the stream; closing the reader closes it
   * @return a reader, for this stream and one thread
   */
  public NdjsonReader ndjsonReader(InputStream ndjson) {
    return new NdjsonReader(Objects.requireNonNull(ndjson, "ndjson"), factory, isStrict(), limits);
  }

  /**
   * A reader of the entities of an NDJSON file (UTF-8), as {@link #ndjsonReader(InputStream)}. A
   * file that cannot be opened is not an exception: the reader then gives one record, numbered 0,
   * with a FATAL {@code json.io} problem.
   *
   * @param file the file; closing the reader closes it
   * @return a reader, for this file and one thread
   */
  public NdjsonReader ndjsonReader(Path file) {
    try {
      return ndjsonReader(Files.newInputStream(file));
    } catch (IOException e) {
      return NdjsonReader.failed(e, factory, isStrict());
    }
  }

  /**
   * Reads a whole NDJSON text (UTF-8) into a dataset, the entities of each kind in the order of
   * their lines. In lenient mode a bad line, even one that is not JSON or is too long, is reported,
   * quarantined and left out, and the rest is the value; there is no value only when the input
   * cannot be read as a whole ({@code json.io}). In strict mode reading stops at the first line
   * that gives no entity, and there is no value if any line has an error. The {@link
   * ReadResult#unboundMembers()} are keyed by the line number, a colon and the JSON Pointer in the
   * line ({@code 3:/nickname}).
   *
   * @param ndjson the NDJSON text
   * @return the dataset, or no value, with the problems of every line read; never throws for bad
   *     input
   */
  public ReadResult<Dataset> readNdjson(byte[] ndjson) {
    return readNdjson(ndjsonReader(new ByteArrayInputStream(ndjson)));
  }

  /**
   * Like {@link #readNdjson(byte[])}, from text.
   *
   * @param ndjson the NDJSON text
   * @return the dataset, or no value, with the problems of every line read; never throws for bad
   *     input
   */
  public ReadResult<Dataset> readNdjson(String ndjson) {
    return readNdjson(ndjson.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Like {@link #readNdjson(byte[])}, from a stream, which is closed. The dataset is held in
   * memory; use {@link #ndjsonReader(InputStream)} to handle one entity at a time.
   *
   * @param ndjson the stream, read to its end
   * @return the dataset, or no value, with the problems of every line read; never throws for bad
   *     input
   */
  public ReadResult<Dataset> readNdjson(InputStream ndjson) {
    return readNdjson(ndjsonReader(ndjson));
  }

  /**
   * Like {@link #readNdjson(byte[])}, from a file, which is closed. A file that cannot be opened or
   * read is a FATAL {@code json.io} problem, and there is no value.
   *
   * @param file the NDJSON file
   * @return the dataset, or no value, with the problems of every line read; never throws for bad
   *     input
   */
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
    } else if (entity instanceof KnowledgeRequest) {
      dataset.addKnowledgeRequests((KnowledgeRequest) entity);
    } else {
      dataset.addResultsFrameworks((ResultsFramework) entity);
    }
  }

  /**
   * A writer of entities, one per line, as UTF-8 to a stream that stays open when the writer
   * closes. NDJSON is never indented, whatever {@link Builder#prettyPrint(boolean)} says.
   *
   * @param out the stream to write to
   * @return a writer, for this stream and one thread
   * @throws IOException declared for the generator Jackson makes; making a writer on a stream
   *     writes nothing and does not fail
   */
  public NdjsonWriter ndjsonWriter(OutputStream out) throws IOException {
    return new NdjsonWriter(
        ndjson(factory.createGenerator(Objects.requireNonNull(out, "out"))), null);
  }

  /**
   * A writer of entities, one per line, as UTF-8 to a file, which is created or replaced, and
   * closed when the writer closes. NDJSON is never indented.
   *
   * @param file the file to write
   * @return a writer, for this file and one thread
   * @throws IOException if the file cannot be opened for writing (its folder does not exist, it may
   *     not be written, ...)
   */
  public NdjsonWriter ndjsonWriter(Path file) throws IOException {
    OutputStream out = Files.newOutputStream(file);
    return new NdjsonWriter(ndjson(factory.createGenerator(out)), out);
  }

  /**
   * Writes the entities of a dataset as NDJSON text, one per line with its {@code kind} first, kind
   * by kind in the dataset's order (institutions, solutions, partnerships, fundings, results
   * frameworks, knowledge requests). An NDJSON text has no {@code ksmodel} version member.
   *
   * @param dataset the dataset to write
   * @return the NDJSON text, each line ended by {@code \n}
   * @throws UncheckedIOException if the JSON generator fails; writing a dataset to memory does not
   */
  public String writeNdjson(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = ndjsonWriter(out)) {
      writer.writeAll(dataset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private JsonGenerator ndjson(JsonGenerator created) {
    return omitPersonalData ? PersonalData.omitting(created) : created;
  }

  // ---------------------------------------------------------------- schema

  /**
   * {@return the JSON Schema (draft 2020-12) of the format, as text} It is read from the class-path
   * resource {@link #SCHEMA_RESOURCE} on each call.
   *
   * @throws IllegalStateException if the resource is missing (a broken packaging of this library)
   * @throws UncheckedIOException if the resource cannot be read
   */
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
    return "KsJson{mode="
        + mode
        + ", limits="
        + limits
        + ", pretty="
        + pretty
        + ", omitPersonalData="
        + omitPersonalData
        + "}";
  }

  /**
   * Builds a {@link KsJson}: strict by default, default limits, compact output. A builder is not
   * thread-safe; the instances it builds are.
   */
  public static final class Builder {
    private ReadMode mode = ReadMode.STRICT;
    private JsonLimits limits = JsonLimits.defaults();
    private boolean pretty;
    private boolean omitPersonalData;

    private Builder() {}

    /**
     * Sets how the instance reads.
     *
     * @param mode strict or lenient; {@link ReadMode#STRICT} by default
     * @return this builder
     */
    public Builder mode(ReadMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Sets the limits the instance reads within.
     *
     * @param limits the limits; {@link JsonLimits#defaults()} by default
     * @return this builder
     */
    public Builder limits(JsonLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets whether documents are written indented (two spaces, one member per line). NDJSON is
     * never indented.
     *
     * @param pretty true to indent; false (compact) by default
     * @return this builder
     */
    public Builder prettyPrint(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * Sets whether writing leaves personal data out: of each contact of a partnership ({@code
     * Contact}), the person's name, job title, telephone numbers, e-mail addresses and mailing
     * addresses are not written (the contact's type, organisation, department and web sites are).
     * Applies to documents, single values and NDJSON; reading is not affected. A document written
     * so reads back without those members.
     *
     * @param omit true to leave personal data out; false (write everything) by default
     * @return this builder
     */
    public Builder omitPersonalData(boolean omit) {
      this.omitPersonalData = omit;
      return this;
    }

    /** {@return a new instance with this builder's settings} */
    public KsJson build() {
      return new KsJson(this);
    }
  }
}
