package org.ksmodel.validation;

import org.ksmodel.common.DataPath;

/**
 * Where a rule reports what it finds. Each report becomes a {@link org.ksmodel.common.Violation}
 * with the rule's code and effective severity, the path of the subject followed by {@code path},
 * and the message made from the arguments.
 *
 * <p>Each validation run has its own: not thread-safe, and only valid during the call of the check
 * it is given to.
 */
public interface Findings {
  /**
   * Reports a problem at a place inside the judged subject.
   *
   * @param path where the problem is, relative to the subject, e.g. {@code DataPath.of("sectors")}
   * @param arguments the values for the message's placeholders, {@code {0}} first; each is turned
   *     into text with {@link String#valueOf(Object)}
   */
  void report(DataPath path, Object... arguments);

  /**
   * Reports a problem with the subject as a whole.
   *
   * @param arguments the values for the message's placeholders, {@code {0}} first
   */
  default void report(Object... arguments) {
    report(DataPath.root(), arguments);
  }
}
