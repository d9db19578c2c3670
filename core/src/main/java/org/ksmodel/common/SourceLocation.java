package org.ksmodel.common;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Where in a source text something starts: its line and column, both counted from 1, and, when the
 * reader knows it, its offset from the start of the input, counted from 0 (in bytes for bytes read,
 * in characters for text read). A reader that locates a problem puts this on the {@link Violation};
 * a violation of data built in memory has none.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class SourceLocation {
  private static final long UNKNOWN = -1;

  private final long line;
  private final long column;
  private final long offset;

  private SourceLocation(long line, long column, long offset) {
    this.line = line;
    this.column = column;
    this.offset = offset;
  }

  /**
   * A line and column, without an offset.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the location
   * @throws InvalidValueException if the line or the column is less than 1
   */
  public static SourceLocation of(long line, long column) {
    return new SourceLocation(positive(line, "line"), positive(column, "column"), UNKNOWN);
  }

  /**
   * A line and column, and the offset from the start of the input.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @param offset the offset, from 0
   * @return the location
   * @throws InvalidValueException if the line or the column is less than 1, or the offset is
   *     negative
   */
  public static SourceLocation of(long line, long column, long offset) {
    if (offset < 0) {
      throw invalid("offset", "the offset counts from 0, got " + offset);
    }
    return new SourceLocation(positive(line, "line"), positive(column, "column"), offset);
  }

  private static long positive(long value, String name) {
    if (value < 1) {
      throw invalid(name, "the " + name + " counts from 1, got " + value);
    }
    return value;
  }

  private static InvalidValueException invalid(String member, String message) {
    return new InvalidValueException(
        Violation.construction("location.range", DataPath.of(member), message));
  }

  /** {@return the line, from 1} */
  public long line() {
    return line;
  }

  /** {@return the column, from 1} */
  public long column() {
    return column;
  }

  /** {@return the offset from the start of the input, from 0, when the reader knows it} */
  public OptionalLong offset() {
    return offset == UNKNOWN ? OptionalLong.empty() : OptionalLong.of(offset);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SourceLocation
        && line == ((SourceLocation) other).line
        && column == ((SourceLocation) other).column
        && offset == ((SourceLocation) other).offset;
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, column, offset);
  }

  /** {@return {@code line:column}, e.g. {@code 12:5}, as compilers print a position} */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
