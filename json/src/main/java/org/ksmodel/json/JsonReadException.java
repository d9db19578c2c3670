package org.ksmodel.json;

import java.util.List;
import org.ksmodel.common.Violation;

/**
 * Thrown by {@link ReadResult#orElseThrow()} when a read gave no value; carries the problems. The
 * message lists the first ten errors and fatal problems, one per line.
 */
public final class JsonReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> problems;

  JsonReadException(List<Violation> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<Violation> problems) {
    StringBuilder text = new StringBuilder("the JSON input could not be read");
    problems.stream()
        .filter(p -> p.severity().invalidates())
        .limit(10)
        .forEach(p -> text.append(System.lineSeparator()).append(p));
    return text.toString();
  }

  /**
   * {@return every problem of the read, in the order found} The list is not serialized: it is null
   * in an exception that went through Java serialization.
   */
  public List<Violation> problems() {
    return problems;
  }
}
