package org.ksmodel.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.Violation;

/**
 * A record of the input that is not in the value read: one element of a top-level array of a
 * dataset document (e.g. {@code /institutions/3}) or one NDJSON line, that could not be built. It
 * keeps the record's raw JSON text exactly as in the input (up to {@link
 * JsonLimits#maxQuarantinedLength()}), where it starts, and the problems found in it, so that a
 * lenient read loses nothing: every record of the input is in the value or here ({@link
 * ReadResult#quarantine()}, {@link NdjsonRecord#quarantined()}).
 *
 * <p>Instances are immutable and safe to share across threads.
 */
public final class QuarantinedRecord {
  private final EntityKind kind;
  private final DataPath path;
  private final int index;
  private final long line;
  private final long column;
  private final long offset;
  private final String rawText;
  private final boolean rawTextCut;
  private final List<Violation> problems;

  /**
   * A quarantined record; made by the readers, public for tests and for applications that keep
   * their own quarantine.
   *
   * @param kind the kind of entity, null when an NDJSON line names no known kind
   * @param path the JSON Pointer of the record ({@code /institutions/3}; the root for NDJSON)
   * @param index the index in its array, -1 for an NDJSON line
   * @param line the line where it starts, from 1 (-1 when not known)
   * @param column the column where it starts, from 1 (-1 when not known)
   * @param offset where it starts from the start of the input, from 0, in bytes for byte input and
   *     characters for text input (-1 when not known)
   * @param rawText its JSON text as in the input, possibly cut (see {@link #rawTextCut()})
   * @param rawTextCut whether {@code rawText} is only the beginning of the record
   * @param problems the problems found in it, the same as in the read's problem list
   * @throws NullPointerException if {@code path}, {@code rawText} or {@code problems} is null, or
   *     {@code problems} holds a null
   */
  public QuarantinedRecord(
      EntityKind kind,
      DataPath path,
      int index,
      long line,
      long column,
      long offset,
      String rawText,
      boolean rawTextCut,
      List<Violation> problems) {
    this.kind = kind;
    this.path = Objects.requireNonNull(path, "path");
    this.index = index;
    this.line = line;
    this.column = column;
    this.offset = offset;
    this.rawText = Objects.requireNonNull(rawText, "rawText");
    this.rawTextCut = rawTextCut;
    this.problems = List.copyOf(problems);
  }

  /**
   * {@return the kind of entity the record was to be} That is its collection in a document, or the
   * kind its NDJSON line names; empty when the line names no known kind.
   */
  public Optional<EntityKind> kind() {
    return Optional.ofNullable(kind);
  }

  /**
   * {@return the JSON Pointer of the record in the document, e.g. {@code /partnerships/12}} It is
   * the root for an NDJSON line.
   */
  public DataPath path() {
    return path;
  }

  /** {@return the index of the record in its array, from 0; -1 for an NDJSON line} */
  public int index() {
    return index;
  }

  /**
   * {@return the line where the record starts, from 1 (in NDJSON, the line of the file); -1 if
   * unknown}
   */
  public long line() {
    return line;
  }

  /** {@return the column where the record starts, from 1; -1 if unknown} */
  public long column() {
    return column;
  }

  /**
   * {@return where the record starts, from 0} It counts bytes from the start of byte input (a
   * {@code byte[]}, a stream or a file) and characters from the start of text input (a {@code
   * String} or a {@code Reader}); it is -1 when not known (byte input in UTF-16 or UTF-32).
   */
  public long offset() {
    return offset;
  }

  /**
   * {@return the record's JSON text exactly as in the input, from its first character to its last}
   * Empty when it could not be kept (input in UTF-16 or UTF-32, or an NDJSON line that could not be
   * read); then {@link #rawTextCut()} is true.
   */
  public String rawText() {
    return rawText;
  }

  /**
   * {@return whether {@link #rawText()} is only the beginning of the record} That is so when the
   * record is longer than {@link JsonLimits#maxQuarantinedLength()}, or the input stopped being
   * readable inside it (a FATAL problem: truncated, not JSON, a limit broken).
   */
  public boolean rawTextCut() {
    return rawTextCut;
  }

  /** {@return the problems found in the record, in order; the last says why it was left out} */
  public List<Violation> problems() {
    return problems;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QuarantinedRecord that
        && kind == that.kind
        && path.equals(that.path)
        && index == that.index
        && line == that.line
        && column == that.column
        && offset == that.offset
        && rawText.equals(that.rawText)
        && rawTextCut == that.rawTextCut
        && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, path, index, line, column, offset, rawText, rawTextCut, problems);
  }

  @Override
  public String toString() {
    return "QuarantinedRecord{"
        + (kind == null ? "-" : kind.wireName())
        + " at "
        + (index >= 0 ? path.toJsonPointer() : "line " + line)
        + " (line "
        + line
        + ", column "
        + column
        + ", offset "
        + offset
        + "), "
        + rawText.length()
        + " characters"
        + (rawTextCut ? " (cut)" : "")
        + ", problems="
        + problems.size()
        + "}";
  }
}
