package org.ksmodel.iati;

import java.util.OptionalInt;

/**
 * The file cannot be read as IATI XML at all: it is not XML, it is not well formed (e.g. truncated)
 * or not valid UTF-8, it declares a DOCTYPE (refused, since a DTD is how entity-expansion and
 * external-entity attacks come in) or holds an XInclude, it is past a limit (size, element depth),
 * its root is not {@code iati-activities} or {@code iati-organisations}, or it cannot be read from
 * disk. The message is one line, fit to show a user as it is; no stack trace is needed.
 *
 * <p>Problems inside a readable file never throw: they reject an activity or add a warning to the
 * {@link IatiImport}.
 */
public final class IatiReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file or stream that could not be read. */
  private final String sourceName;

  /** The line where reading stopped, or -1. */
  private final int line;

  /**
   * A file or stream that cannot be read as IATI XML.
   *
   * @param sourceName the file or stream
   * @param line the line where reading stopped, or -1 when unknown
   * @param reason why, in a sentence
   * @param cause the parser's or the stream's exception, or null
   */
  public IatiReadException(String sourceName, int line, String reason, Throwable cause) {
    super(sourceName + (line > 0 ? ":" + line : "") + ": " + reason, cause);
    this.sourceName = sourceName;
    this.line = line;
  }

  /** {@return the name of the file or stream that could not be read} */
  public String sourceName() {
    return sourceName;
  }

  /** {@return the line where reading stopped, when the parser knows it} */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }
}
