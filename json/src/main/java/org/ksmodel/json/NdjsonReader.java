package org.ksmodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.ContentReference;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Entity;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.json.internal.Codecs;
import org.ksmodel.json.internal.Documents;
import org.ksmodel.json.internal.In;
import org.ksmodel.json.internal.Problems;
import org.ksmodel.json.internal.RawCapture;
import org.ksmodel.json.internal.Reads;

/**
 * Reads an NDJSON stream entity by entity: each line is one JSON object with a {@code kind} member
 * ({@code institution}, {@code solution}, {@code partnership}, {@code funding}, {@code
 * resultsFramework}, {@code knowledgeRequest}). Memory stays bounded by one line, whatever the size
 * of the file; a line longer than the document limit ({@link JsonLimits#maxDocumentLength()}) is
 * reported and skipped without being held. Made by {@link KsJson#ndjsonReader(java.io.InputStream)}
 * and {@link KsJson#ndjsonReader(java.nio.file.Path)}, in the mode of that {@link KsJson}.
 *
 * <p>In lenient mode a bad line is reported (with its number and raw text) and reading goes on; in
 * strict mode the reader stops after the first line with an error. Blank lines are skipped. Bad
 * input never throws: every line gives an {@link NdjsonRecord} with its problems, and an input that
 * fails (a FATAL {@code json.io} problem) ends the records.
 *
 * <p>Not thread-safe: one reader per stream, used by one thread at a time. The {@link KsJson} that
 * makes readers is shareable; the records they give are immutable.
 */
public final class NdjsonReader implements Iterator<NdjsonRecord>, Closeable {
  private static final byte[] KIND_FIRST = "{\"kind\"".getBytes(StandardCharsets.US_ASCII);
  private static final int RAW_IN_MESSAGE = 200;

  private final InputStream in;
  private final JsonFactory factory;
  private final boolean strict;
  private final JsonLimits limits;

  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int end;
  private long bufferStart;
  private long lineStart;
  private boolean eof;
  private byte[] line = new byte[1 << 12];
  private int length;
  private boolean tooLong;
  private long lineNumber;
  private NdjsonRecord next;
  private boolean stopped;
  private IOException openFailure;

  NdjsonReader(InputStream in, JsonFactory factory, boolean strict, JsonLimits limits) {
    this.in = in;
    this.factory = factory;
    this.strict = strict;
    this.limits = limits;
  }

  static NdjsonReader failed(IOException failure, JsonFactory factory, boolean strict) {
    NdjsonReader reader =
        new NdjsonReader(InputStream.nullInputStream(), factory, strict, JsonLimits.defaults());
    reader.openFailure = failure;
    return reader;
  }

  /**
   * {@return whether there is another record} It reads the stream up to the end of the next line
   * that is not blank, and may block doing so. False at the end of the input, after a record whose
   * input failed, and in strict mode after the first record without an entity.
   */
  @Override
  public boolean hasNext() {
    if (next == null && !stopped) {
      next = readNext();
      if (next == null) {
        stopped = true;
      } else if (strict && !next.isSuccess()) {
        stopped = true;
      }
    }
    return next != null;
  }

  /**
   * {@return the record of the next line that is not blank}
   *
   * @throws NoSuchElementException if there is none ({@link #hasNext()} is false)
   */
  @Override
  public NdjsonRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    NdjsonRecord record = next;
    next = null;
    return record;
  }

  /**
   * {@return the remaining records as a sequential, ordered stream} Closing the stream closes the
   * reader; an {@link IOException} when closing it comes as an {@link UncheckedIOException}.
   */
  public Stream<NdjsonRecord> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  /** {@return how many lines have been read so far, blank ones included} */
  public long linesRead() {
    return lineNumber;
  }

  /**
   * Closes the stream the reader reads.
   *
   * @throws IOException if the stream cannot be closed
   */
  @Override
  public void close() throws IOException {
    in.close();
  }

  private NdjsonRecord readNext() {
    if (openFailure != null) {
      IOException failure = openFailure;
      openFailure = null;
      return new NdjsonRecord(
          0,
          null,
          null,
          List.of(
              Problems.of(
                  Problems.IO,
                  Severity.FATAL,
                  DataPath.root(),
                  null,
                  0,
                  "the input could not be opened: " + failure)),
          null,
          java.util.Map.of(),
          null);
    }
    try {
      while (readLine()) {
        lineNumber++;
        if (tooLong) {
          return lineTooLong();
        }
        int start = skipBlank(0);
        if (start == length) {
          continue;
        }
        return parse(start);
      }
      return null;
    } catch (IOException e) {
      lineNumber++;
      stopped = true;
      List<Violation> problems =
          List.of(
              Problems.of(
                  Problems.IO,
                  Severity.FATAL,
                  DataPath.root(),
                  location(),
                  lineNumber - 1,
                  "the input could not be read: " + e));
      // The part of the line read before the failure is kept; a failure between lines loses none.
      QuarantinedRecord partial =
          length == 0 ? null : quarantined(null, problems, RawCapture.Raw.cut(rawOfLine()));
      return new NdjsonRecord(lineNumber, null, null, problems, null, java.util.Map.of(), partial);
    }
  }

  private NdjsonRecord parse(int start) {
    boolean kindFirst = startsWith(start, KIND_FIRST);
    EntityKind[] kind = new EntityKind[1];
    if (!kindFirst) {
      kind[0] = scanKind();
    }
    Reads.Outcome<Entity> outcome =
        Reads.run(
            factory,
            strict,
            limits,
            lineNumber - 1,
            RawCapture.of(line, length, limits.maxQuarantinedLength()),
            f -> f.createParser(line, 0, length),
            reading -> kindFirst ? readKindFirst(reading, kind) : readAnyOrder(reading, kind[0]));
    List<Violation> problems = outcome.problems();
    String raw = null;
    QuarantinedRecord quarantined = null;
    if (outcome.value() == null) {
      raw = new String(line, 0, length, StandardCharsets.UTF_8);
      if (problems.stream().noneMatch(p -> p.code().equals(Problems.ENTITY_DROPPED))) {
        problems = new ArrayList<>(problems);
        problems.add(dropped(raw));
      }
      quarantined = quarantined(kind[0], problems, rawOfLine());
    }
    return new NdjsonRecord(
        lineNumber, kind[0], outcome.value(), problems, raw, outcome.unbound(), quarantined);
  }

  private RawCapture.Raw rawOfLine() {
    return RawCapture.utf8(line, 0, length, limits.maxQuarantinedLength());
  }

  private QuarantinedRecord quarantined(
      EntityKind kind, List<Violation> problems, RawCapture.Raw raw) {
    return new QuarantinedRecord(
        kind, DataPath.root(), -1, lineNumber, 1, lineStart, raw.text(), raw.cut(), problems);
  }

  /** The usual case, as this library writes: {@code {"kind": ...} first, read in one pass. */
  private Entity readKindFirst(In reading, EntityKind[] kind) throws IOException {
    JsonParser parser = reading.parser();
    parser.nextToken();
    parser.nextFieldName();
    parser.nextToken();
    reading.pushMember(Documents.KIND_MEMBER);
    kind[0] = kind(reading);
    reading.pop();
    if (kind[0] == null) {
      return null;
    }
    // The codec of an entity kind builds that kind's aggregate.
    return (Entity)
        Documents.readEntity(
            reading, kind[0], Codecs.entity(kind[0]), Documents.KIND_MEMBER, true, true);
  }

  /** The kind elsewhere in the object: found by a first pass, then the line is read. */
  private Entity readAnyOrder(In reading, EntityKind kind) throws IOException {
    JsonParser parser = reading.parser();
    JsonToken token = parser.nextToken();
    if (token != JsonToken.START_OBJECT) {
      reading.report(
          Problems.ROOT,
          Severity.FATAL,
          "an NDJSON line is a JSON object, got " + In.describe(token));
      return null;
    }
    if (kind == null) {
      reading.report(
          Problems.KIND_MISSING,
          Severity.ERROR,
          "the line has no known \"kind\" (institution, solution, partnership, funding,"
              + " resultsFramework, knowledgeRequest)");
      parser.skipChildren();
      return null;
    }
    return (Entity)
        Documents.readEntity(reading, kind, Codecs.entity(kind), Documents.KIND_MEMBER, true);
  }

  private EntityKind kind(In reading) throws IOException {
    JsonParser parser = reading.parser();
    String name = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
    EntityKind kind = name == null ? null : Codecs.kindNamed(name);
    if (kind == null) {
      reading.report(
          Problems.KIND_UNKNOWN,
          Severity.ERROR,
          "unknown kind " + (name == null ? parser.getText() : "'" + name + "'"),
          String.valueOf(name));
      parser.skipChildren();
    }
    return kind;
  }

  /**
   * A quick pass over the line for a top-level {@code kind}; null when there is none or no JSON.
   */
  private EntityKind scanKind() {
    try (JsonParser parser = factory.createParser(line, 0, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String name;
      while ((name = parser.nextFieldName()) != null) {
        JsonToken token = parser.nextToken();
        if (name.equals(Documents.KIND_MEMBER) && token == JsonToken.VALUE_STRING) {
          return Codecs.kindNamed(parser.getText());
        }
        parser.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      // The real read reports what is wrong with the line.
    }
    return null;
  }

  private Violation dropped(String raw) {
    String shown =
        raw.length() <= RAW_IN_MESSAGE ? raw : raw.substring(0, RAW_IN_MESSAGE - 3) + "...";
    return Problems.of(
        Problems.ENTITY_DROPPED,
        Severity.ERROR,
        DataPath.root(),
        location(),
        lineNumber - 1,
        "line " + lineNumber + " left out: " + shown,
        shown);
  }

  private NdjsonRecord lineTooLong() {
    String raw = RawCapture.utf8(line, 0, length, RAW_IN_MESSAGE).text();
    List<Violation> problems =
        List.of(
            Problems.of(
                Problems.LIMIT_DOCUMENT,
                Severity.FATAL,
                DataPath.root(),
                location(),
                lineNumber - 1,
                "line "
                    + lineNumber
                    + " is longer than the limit of "
                    + limits.maxDocumentLength()),
            dropped(raw));
    QuarantinedRecord quarantined = quarantined(null, problems, RawCapture.Raw.cut(rawOfLine()));
    return new NdjsonRecord(lineNumber, null, null, problems, raw, java.util.Map.of(), quarantined);
  }

  private static JsonLocation location() {
    return new JsonLocation(ContentReference.unknown(), -1L, 1, 1);
  }

  private boolean startsWith(int start, byte[] prefix) {
    if (length - start < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (line[start + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private int skipBlank(int from) {
    int i = from;
    while (i < length && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) {
      i++;
    }
    return i;
  }

  /**
   * Reads the next line into {@code line} (without its end), keeping at most the limit: the rest of
   * a longer line is skipped and {@code tooLong} set. False at the end of the input.
   */
  private boolean readLine() throws IOException {
    length = 0;
    tooLong = false;
    lineStart = bufferStart + position;
    boolean any = false;
    long limit = limits.maxDocumentLength();
    while (true) {
      if (position == end) {
        if (eof) {
          return any;
        }
        bufferStart += end;
        end = in.read(buffer, 0, buffer.length);
        position = 0;
        if (end <= 0) {
          end = 0;
          eof = true;
          return any;
        }
      }
      any = true;
      int newline = -1;
      for (int i = position; i < end; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int stop = newline < 0 ? end : newline;
      append(position, stop - position, limit);
      position = newline < 0 ? end : newline + 1;
      if (newline >= 0) {
        if (length > 0 && line[length - 1] == '\r') {
          length--;
        }
        return true;
      }
    }
  }

  private void append(int from, int count, long limit) {
    if (tooLong) {
      return;
    }
    if (length + (long) count > limit) {
      tooLong = true;
      // Only the beginning is kept, for the message and the quarantine.
      long keep = Math.min(limit, limits.maxQuarantinedLength());
      int room = (int) Math.max(0, Math.min(keep - length, count));
      ensure(length + room);
      System.arraycopy(buffer, from, line, length, room);
      length += room;
      return;
    }
    ensure(length + count);
    System.arraycopy(buffer, from, line, length, count);
    length += count;
  }

  private void ensure(int capacity) {
    if (capacity > line.length) {
      line = java.util.Arrays.copyOf(line, Math.max(capacity, line.length * 2));
    }
  }
}
