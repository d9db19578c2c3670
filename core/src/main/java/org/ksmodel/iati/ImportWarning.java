package org.ksmodel.iati;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Something imported with loss, or assumed: an unknown code kept as it is, a value that could not
 * be mapped and was left out, a negative amount the model refuses, a modality assumed for want of
 * data.
 *
 * @param code a stable short code of the kind of problem, e.g. {@code iati.transaction.negative}
 * @param activity the IATI identifier of the activity (or organisation) concerned, when there is
 *     one
 * @param line the line in the file of the element concerned, when known
 * @param message what happened, in a sentence
 */
public record ImportWarning(
    String code, Optional<String> activity, OptionalInt line, String message) {
  /**
   * Checks that nothing is null.
   *
   * @param code the kind of problem
   * @param activity the activity concerned
   * @param line the line of the element concerned
   * @param message what happened
   */
  public ImportWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(message, "message");
  }

  /** {@code code [activity] line N: message}. */
  @Override
  public String toString() {
    return code
        + activity.map(id -> " [" + id + "]").orElse("")
        + (line.isPresent() ? " line " + line.getAsInt() : "")
        + ": "
        + message;
  }
}
