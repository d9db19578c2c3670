package org.ksmodel.iati;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An activity (or organisation) that was not imported, with every reason.
 *
 * @param identifier its IATI identifier, when it has a usable one
 * @param position its position among the activities (or organisations) of the file, from 1
 * @param line the line of its start tag, or -1 when unknown
 * @param reasons why it was rejected; never empty
 */
public record Rejection(Optional<String> identifier, int position, int line, List<String> reasons) {
  /**
   * Copies the reasons and checks that there is at least one.
   *
   * @param identifier its IATI identifier
   * @param position its position in the file, from 1
   * @param line the line of its start tag, or -1
   * @param reasons why it was rejected
   */
  public Rejection {
    Objects.requireNonNull(identifier, "identifier");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a rejection needs a reason");
    }
  }

  /**
   * {@return the identifier, or {@code #position} when the activity has none, to name it in a
   * report}
   */
  public String label() {
    return identifier.orElse("#" + position);
  }

  @Override
  public String toString() {
    return label() + (line > 0 ? " (line " + line + ")" : "") + ": " + String.join("; ", reasons);
  }
}
