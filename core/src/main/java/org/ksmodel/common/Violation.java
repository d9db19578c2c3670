package org.ksmodel.common;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.KsStyle;

/**
 * One problem found in the data: a stable code, a severity, where it is, which entity it concerns,
 * and a message for people. Construction errors, validation findings and JSON reading problems all
 * share this shape.
 */
@Value.Immutable
@KsStyle
public abstract class Violation {
  // Package-private: only the generated implementation extends a value type.
  Violation() {}

  /** The stable code, e.g. {@code partnership.triangular.facilitator}; never renamed. */
  public abstract String code();

  public abstract Severity severity();

  /** Where the offending value is, relative to the document (or to the value being built). */
  public abstract Path path();

  /** The id of the entity the problem concerns, when there is one. */
  public abstract Optional<String> subjectId();

  /** A message for people, in English unless a localised bundle was used. */
  public abstract String message();

  /** The values the message was made from, in order, as text. */
  public abstract List<String> arguments();

  public static Builder builder() {
    return new Builder();
  }

  /** A FATAL problem raised while constructing a value. */
  public static Violation construction(String code, Path path, String message) {
    return builder().code(code).severity(Severity.FATAL).path(path).message(message).build();
  }

  /** The same problem, located under {@code prefix}. */
  public Violation under(Path prefix) {
    return builder().from(this).path(prefix.resolve(path())).build();
  }

  @Override
  public String toString() {
    String where = path().isRoot() ? "" : " at " + path();
    String subject = subjectId().map(id -> " [" + id + "]").orElse("");
    return severity() + " " + code() + where + subject + ": " + message();
  }

  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }
}
