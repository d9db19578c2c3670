package org.ksmodel.common;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one exception the model throws for a value that would be meaningless: a blank id, a malformed
 * code, an end date before a start date, a negative amount, a required attribute left unset. It
 * carries the same {@link Violation} shape as the validator's findings, with the path of the
 * offending attribute.
 *
 * <p>Everything that is merely wrong, rather than meaningless, is left to the validator, which
 * reports instead of throwing.
 *
 * <p>The violation is not serialised with the exception: a deserialised exception keeps only its
 * message, which holds the violation's text, and its {@link #violation()} is null.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final Pattern MISSING = Pattern.compile("Cannot build (\\w+).*\\[([^,\\]]+)");

  private final transient Violation violation;

  /**
   * An exception for the given problem; its message is the violation's text.
   *
   * @param violation the problem, usually made with {@link Violation#construction}
   */
  public InvalidValueException(Violation violation) {
    super(Objects.requireNonNull(violation, "violation").toString());
    this.violation = violation;
  }

  /**
   * An exception for required attributes left unset, as reported by the generated builders. Not
   * meant to be called by users. The violation has the code {@code value.required}, the path of the
   * first attribute named in the message and the message itself.
   *
   * @param missingAttributesMessage the builder's message, which names the missing attributes
   */
  public InvalidValueException(String missingAttributesMessage) {
    this(requiredViolation(missingAttributesMessage));
  }

  private static Violation requiredViolation(String message) {
    Matcher matcher = MISSING.matcher(message);
    DataPath path = matcher.find() ? DataPath.of(matcher.group(2).trim()) : DataPath.root();
    return Violation.construction("value.required", path, message);
  }

  /** {@return the problem, with the path of the offending attribute} */
  public Violation violation() {
    return violation;
  }

  /** {@return the path of the offending attribute, relative to the value being built} */
  public DataPath path() {
    return violation.path();
  }
}
