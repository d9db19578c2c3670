package org.ksmodel.validation;

import org.ksmodel.common.Path;

/**
 * Where a rule reports what it finds. Each report becomes a {@link org.ksmodel.common.Violation}
 * with the rule's code and effective severity, the path of the subject followed by {@code path},
 * and the message made from the arguments.
 *
 * <p>Each validation run has its own: not thread-safe, and only valid during the call of the check
 * it is given to.
 */
public interface Findings {
  /** Reports a problem at {@code path}, relative to the judged subject. */
  void report(Path path, Object... arguments);

  /** Reports a problem with the subject as a whole. */
  default void report(Object... arguments) {
    report(Path.root(), arguments);
  }
}
