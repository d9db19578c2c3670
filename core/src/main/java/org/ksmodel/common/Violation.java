package org.ksmodel.common;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.KsStyle;

/**
 * One problem found in the data: a stable code, a severity, where it is, which entity it concerns,
 * and a message for people. Construction errors, validation findings and JSON reading problems all
 * share this shape. Programs should decide on the {@link #code()} and the {@link #severity()},
 * never on the message, whose wording may change.
 *
 * <p>Immutable and safe to share between threads; its {@link Builder} is not thread-safe.
 */
@Value.Immutable
@KsStyle
public abstract class Violation {
  // Package-private: only the generated implementation extends a value type.
  Violation() {}

  /** {@return the stable code, e.g. {@code partnership.triangular.facilitator}; never renamed} */
  public abstract String code();

  /** {@return how bad the problem is} */
  public abstract Severity severity();

  /**
   * {@return where the offending value is, relative to the document, or to the value being built
   * for a construction error}
   */
  public abstract DataPath path();

  /**
   * {@return where the offending value starts in the text it was read from, when a reader found the
   * problem and knows the position; empty for data built in memory}
   */
  public abstract Optional<SourceLocation> location();

  /** {@return the id of the entity the problem concerns, when there is one} */
  public abstract Optional<String> subjectId();

  /** {@return a message for people, in English unless a localised bundle was used} */
  public abstract String message();

  /** {@return the values the message was made from, in order, as text; often empty} */
  public abstract List<String> arguments();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A FATAL problem raised while constructing a value, the violation of an {@link
   * InvalidValueException}.
   *
   * @param code the stable code, e.g. {@code daterange.order}
   * @param path the offending attribute, relative to the value being built
   * @param message what is wrong, for people
   * @return the violation, without subject id or arguments
   */
  public static Violation construction(String code, DataPath path, String message) {
    return builder().code(code).severity(Severity.FATAL).path(path).message(message).build();
  }

  /**
   * Locates the problem inside a larger value, e.g. a problem at {@code /end} of a period under
   * {@code /plannedPeriod}.
   *
   * @param prefix the path of the value this problem's path is relative to
   * @return the same problem at {@code prefix} followed by this path
   */
  public Violation under(DataPath prefix) {
    return builder().from(this).path(prefix.resolve(path())).build();
  }

  /**
   * {@return the severity, the code, the path (unless it is the root), the location (when known),
   * the subject id (when there is one) and the message on one line, e.g. {@code ERROR
   * partnership.reference.unresolved at /partnerships/0/participations/1/institution
   * [CO-APC-2024-017]: no institution has the id 'ID-BNPB'}, or {@code FATAL json.syntax at
   * /institutions/0 (3:14): ...} for a problem a reader located}
   */
  @Override
  public String toString() {
    String where =
        (path().isRoot() ? "" : " at " + path())
            + location().map(location -> " (" + location + ")").orElse("");
    String subject = subjectId().map(id -> " [" + id + "]").orElse("");
    return severity() + " " + code() + where + subject + ": " + message();
  }

  /**
   * Builds violations. The code, the severity, the path and the message are required: {@code
   * build()} throws an {@link InvalidValueException} naming those left unset. Not thread-safe.
   */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }
}
