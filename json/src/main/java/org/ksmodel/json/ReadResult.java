package org.ksmodel.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;

/**
 * What a read gives: the value when there is one, and every problem found, each a {@link Violation}
 * with a JSON Pointer path and, where the reader knows it, its {@link Violation#location()} in the
 * input (line and column where the offending value starts; the offset too for a whole document).
 *
 * <p>In strict mode there is a value only when no problem is an error; in lenient mode there is one
 * unless a problem is fatal (the input cannot be read, is not JSON, breaks a limit, or is of
 * another major version). Reading NDJSON into a dataset ({@link KsJson#readNdjson(byte[])}) differs
 * in lenient mode: a fatal problem in one line only loses that line, and there is no value only
 * when the input cannot be read as a whole.
 *
 * <p>Instances are immutable and safe to share across threads.
 *
 * @param <T> the type read
 */
public final class ReadResult<T> {
  private final T value;
  private final List<Violation> problems;
  private final Map<String, String> unboundMembers;
  private final List<QuarantinedRecord> quarantine;

  ReadResult(
      T value,
      List<Violation> problems,
      Map<String, String> unboundMembers,
      List<QuarantinedRecord> quarantine) {
    this.value = value;
    this.problems = List.copyOf(problems);
    this.unboundMembers = Map.copyOf(unboundMembers);
    this.quarantine = List.copyOf(quarantine);
  }

  /** {@return the value read, or empty when the input could not be read} The problems say why. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** {@return whether there is a value} */
  public boolean isSuccess() {
    return value != null;
  }

  /**
   * {@return the value read}
   *
   * @throws JsonReadException if there is no value; it carries the problems
   */
  public T orElseThrow() {
    if (value == null) {
      throw new JsonReadException(problems);
    }
    return value;
  }

  /**
   * {@return every problem, in the order found} Warnings and information are included; the list is
   * empty when the input is exactly as the format says.
   */
  public List<Violation> problems() {
    return problems;
  }

  /**
   * {@return whether any problem is an error or fatal} In lenient mode there can be a value even
   * so.
   */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity().invalidates());
  }

  /**
   * {@return the problems of one severity, in the order found}
   *
   * @param severity the severity to keep
   */
  public List<Violation> problems(Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).toList();
  }

  /**
   * {@return the raw JSON of what was in the input but is not in the value, by JSON Pointer} These
   * are unknown members, later duplicates of a member, unknown enum constants, and the parts of a
   * record that were left out because they are not valid (a value of the wrong type, a bad date, an
   * object that cannot be built); the problem at the same pointer says why, and where it starts.
   * Lenient reading keeps them here so that nothing is lost silently. An object or array left out
   * is its text exactly as in the input, except that a stream keeps only the last 64 KiB read and
   * what {@link JsonLimits#maxQuarantinedLength()} keeps of a record: the text of a longer part is
   * not kept, and its problem says so. After {@link KsJson#readNdjson(byte[])} each key starts with
   * the line number and a colon ({@code 3:/nickname}).
   */
  public Map<String, String> unboundMembers() {
    return unboundMembers;
  }

  /**
   * {@return the records of the input that are not in the value, in input order} Each has its raw
   * JSON text, where it starts and its problems. They are the elements of a dataset document's
   * arrays ({@code institutions}, ...) and the NDJSON lines that could not be built, or are {@code
   * null}. In lenient mode, when there is a value, every record of the input is either in the value
   * or here. In strict mode the records that cannot be built are here too, but then there is no
   * value. When a read stops with a FATAL problem inside a record, that record is here with the
   * text read of it ({@link QuarantinedRecord#rawTextCut()}); the records after it were not read.
   * Empty for a document holding a single value.
   */
  public List<QuarantinedRecord> quarantine() {
    return quarantine;
  }

  @Override
  public String toString() {
    return "ReadResult{"
        + (value == null ? "no value" : "value")
        + ", problems="
        + problems
        + ", quarantined="
        + quarantine.size()
        + "}";
  }
}
