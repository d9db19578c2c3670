package org.ksmodel.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.Optional;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Severity;
import org.ksmodel.common.SourceLocation;
import org.ksmodel.common.Violation;

/**
 * The codes of the problems the reader reports (documented in WIRE-FORMAT.md), and how a problem
 * carries its place in the text: as its {@link Violation#location()}.
 */
public final class Problems {
  public static final String SYNTAX = "json.syntax";
  public static final String TRUNCATED = "json.truncated";
  public static final String ENCODING = "json.encoding";
  public static final String IO = "json.io";
  public static final String INTERNAL = "json.internal";
  public static final String LIMIT_DEPTH = "json.limit.depth";
  public static final String LIMIT_NUMBER = "json.limit.number";
  public static final String LIMIT_STRING = "json.limit.string";
  public static final String LIMIT_NAME = "json.limit.name";
  public static final String LIMIT_DOCUMENT = "json.limit.document";
  public static final String ROOT = "json.root";
  public static final String VERSION_MISSING = "json.version.missing";
  public static final String VERSION_NEWER = "json.version.newer";
  public static final String VERSION_UNSUPPORTED = "json.version.unsupported";
  public static final String MEMBER_UNKNOWN = "json.member.unknown";
  public static final String MEMBER_MISSING = "json.member.missing";
  public static final String KEY_DUPLICATE = "json.key.duplicate";
  public static final String TYPE = "json.type";
  public static final String COERCION = "json.coercion";
  public static final String NULL = "json.null";
  public static final String ENUM_UNKNOWN = "json.enum.unknown";
  public static final String DATE = "json.date";
  public static final String NUMBER_RANGE = "json.number.range";
  public static final String URI = "json.uri";
  public static final String KIND_MISSING = "json.kind.missing";
  public static final String KIND_UNKNOWN = "json.kind.unknown";
  public static final String ENTITY_DROPPED = "json.entity.dropped";
  public static final String VALUE_DROPPED = "json.value.dropped";

  private Problems() {}

  /**
   * A problem at a place in the text. Its location is where the parser stood: the line (shifted by
   * {@code lineBase} for an NDJSON line, which is parsed on its own), the column, and the offset
   * from the start of the input when the whole input was parsed at once.
   */
  public static Violation of(
      String code,
      Severity severity,
      DataPath path,
      JsonLocation location,
      long lineBase,
      String message,
      String... arguments) {
    Violation.Builder violation =
        Violation.builder()
            .code(code)
            .severity(severity)
            .path(path)
            .message(message)
            .addArguments(arguments);
    sourceLocation(location, lineBase).ifPresent(violation::location);
    return violation.build();
  }

  /** The location of a parser position, when it has a line. */
  public static Optional<SourceLocation> sourceLocation(JsonLocation location, long lineBase) {
    if (location == null || location.getLineNr() < 1) {
      return Optional.empty();
    }
    long line = location.getLineNr() + lineBase;
    // Column 0 is before the first character of the line.
    long column = Math.max(1, location.getColumnNr());
    long offset = Math.max(location.getByteOffset(), location.getCharOffset());
    return Optional.of(
        lineBase == 0 && offset >= 0
            ? SourceLocation.of(line, column, offset)
            : SourceLocation.of(line, column));
  }
}
