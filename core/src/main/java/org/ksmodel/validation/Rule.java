package org.ksmodel.validation;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ksmodel.common.Severity;

/**
 * One check with one stable code: a small function from a subject and a context to findings.
 * Integrators add their own with {@link #of} and {@link RuleSet.Builder#add}.
 *
 * <pre>{@code
 * Rule<Partnership> needsSector =
 *     Rule.of("acme.partnership.sector", Severity.WARNING, Subject.PARTNERSHIP,
 *             (partnership, context, findings) -> {
 *               if (partnership.sectors().isEmpty()) {
 *                 findings.report(Path.of("sectors"));
 *               }
 *             })
 *         .withMessage("a partnership should name at least one sector");
 * }</pre>
 *
 * <p>Instances are immutable and safe to share across threads. A shared validator calls a rule's
 * check from several threads at once, so a check must keep no state of its own between calls
 * (report through the {@link Findings} it is given).
 *
 * @param <S> the type of the judged value
 */
public final class Rule<S> {
  private static final Pattern CODE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+");

  /** The check itself. */
  @FunctionalInterface
  public interface Check<S> {
    void check(S subject, RuleContext context, Findings findings);
  }

  private final String code;
  private final Severity severity;
  private final Subject<S> subject;
  private final Check<S> check;
  private final boolean needsDataset;
  private final String message;
  private final MessageTemplate template;

  private Rule(
      String code,
      Severity severity,
      Subject<S> subject,
      Check<S> check,
      boolean needsDataset,
      String message) {
    this.code = code;
    this.severity = severity;
    this.subject = subject;
    this.check = check;
    this.needsDataset = needsDataset;
    this.message = message;
    this.template = message == null ? null : MessageTemplate.parse(message);
  }

  /**
   * A rule that judges one subject on its own.
   *
   * @throws IllegalArgumentException if the code is not dotted lower camel case such as {@code
   *     partnership.triangular.facilitator}
   */
  public static <S> Rule<S> of(String code, Severity severity, Subject<S> subject, Check<S> check) {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "a rule code is dotted lower camel case such as partnership.triangular.facilitator: "
              + code);
    }
    return new Rule<>(
        code,
        Objects.requireNonNull(severity, "severity"),
        Objects.requireNonNull(subject, "subject"),
        Objects.requireNonNull(check, "check"),
        false,
        null);
  }

  /** This rule, run only when a whole dataset is validated (it resolves references). */
  public Rule<S> needingDataset() {
    return new Rule<>(code, severity, subject, check, true, message);
  }

  /**
   * This rule with its own message template: {@code {0}} for the first argument and a single quote
   * written twice, as in {@link java.text.MessageFormat}; for codes not in ksmodel's message
   * bundle.
   */
  public Rule<S> withMessage(String template) {
    return new Rule<>(
        code, severity, subject, check, needsDataset, Objects.requireNonNull(template, "template"));
  }

  public String code() {
    return code;
  }

  /** The severity unless a rule set overrides it. */
  public Severity severity() {
    return severity;
  }

  public Subject<S> subject() {
    return subject;
  }

  /** Whether the rule only runs on a whole dataset. */
  public boolean needsDataset() {
    return needsDataset;
  }

  /** The rule's own message template, if it has one. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  Optional<MessageTemplate> template() {
    return Optional.ofNullable(template);
  }

  void check(S value, RuleContext context, Findings findings) {
    check.check(value, context, findings);
  }

  @Override
  public String toString() {
    return code + " (" + severity + ", " + subject + ")";
  }
}
