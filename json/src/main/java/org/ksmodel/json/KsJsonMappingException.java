package org.ksmodel.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Objects;
import org.ksmodel.common.Violation;

/**
 * How a mapper with {@link KsJsonModule} refuses a ksmodel value: a Jackson {@link
 * JsonMappingException} that carries the problems of the read as {@link KsJson} reports them
 * (codes, severities, JSON Pointers, lines and columns). The message names the code and pointer of
 * each problem that made the read fail.
 *
 * <pre>{@code
 * try {
 *   mapper.readValue(json, Dataset.class);
 * } catch (KsJsonMappingException e) {
 *   e.violations().forEach(v -> System.out.println(v.code() + " at " + v.path()));
 * }
 * }</pre>
 */
public final class KsJsonMappingException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** Not serialized: a deserialized exception has its message, not its problems. */
  private final transient List<Violation> violations;

  /**
   * An exception of the module; {@code violations} are every problem the read found, in the order
   * found (the blocking ones, ERROR and FATAL, among them).
   *
   * @param parser the parser of the read
   * @param message the message, naming the problems that made the read fail
   * @param location where the first of them is, or null for the parser's current token
   * @param violations the problems of the read
   * @param cause Jackson's exception when the parser stopped the read, or null
   */
  public KsJsonMappingException(
      JsonParser parser,
      String message,
      JsonLocation location,
      List<Violation> violations,
      Throwable cause) {
    super(parser, message, cause);
    if (location != null) {
      _location = location;
    }
    this.violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
  }

  /**
   * {@return the problems of the read, as {@link KsJson} reports them; empty after deserialization}
   */
  public List<Violation> violations() {
    return violations == null ? List.of() : violations;
  }
}
