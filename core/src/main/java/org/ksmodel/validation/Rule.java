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
 * (report through the {@link Findings} it is given). A check that throws a {@link RuntimeException}
 * or a {@link StackOverflowError} does not stop the validation: it is reported as a FATAL {@code
 * validation.rule.failed} for the subject, and the other rules still run.
 *
 * @param <S> the type of the judged value
 */
public final class Rule<S> {
  private static final Pattern CODE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+");

  /**
   * The check itself, usually a lambda.
   *
   * @param <S> the type of the judged value
   */
  @FunctionalInterface
  public interface Check<S> {
    /**
     * Judges one subject and reports each problem found; reports nothing when all is well.
     *
     * @param subject the value judged
     * @param context what the rule may know besides the subject
     * @param findings where to report problems, only during this call
     */
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
   * A rule that judges one subject on its own; see {@link #needingDataset()} for a rule that
   * resolves references, and {@link #withMessage} for its message.
   *
   * @param <S> the type of the judged value
   * @param code the stable code of the rule's findings, e.g. {@code acme.partnership.sector}
   * @param severity the severity of its findings, unless a rule set overrides it
   * @param subject what the rule judges
   * @param check the check
   * @return the rule
   * @throws IllegalArgumentException if the code is not dotted lower camel case such as {@code
   *     partnership.triangular.facilitator}: two or more parts separated by dots, each a lower-case
   *     ASCII letter followed by ASCII letters and digits
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

  /**
   * {@return a copy of this rule that runs only when a whole dataset is validated} For rules that
   * resolve references through {@link RuleContext#dataset()}: validating one entity on its own
   * skips them.
   */
  public Rule<S> needingDataset() {
    return new Rule<>(code, severity, subject, check, true, message);
  }

  /**
   * Gives this rule its own message, for codes not in ksmodel's message bundle. The template holds
   * {@code {0}}, {@code {1}}, ... for the arguments reported (up to {@code {99}}), and {@code ''}
   * for a single quote, as in {@link java.text.MessageFormat}; unlike there, a single quote alone
   * stays as it is and there are no format types such as {@code {0,number}}. A placeholder without
   * an argument is left as written.
   *
   * @param template the message template, in English
   * @return a copy of this rule with the template
   */
  public Rule<S> withMessage(String template) {
    return new Rule<>(
        code, severity, subject, check, needsDataset, Objects.requireNonNull(template, "template"));
  }

  /** {@return the stable code of the rule's findings} */
  public String code() {
    return code;
  }

  /**
   * {@return the severity of the rule's findings, unless a rule set overrides it} See {@link
   * RuleSet#severityOf(Rule)}.
   */
  public Severity severity() {
    return severity;
  }

  /** {@return what the rule judges} */
  public Subject<S> subject() {
    return subject;
  }

  /** {@return whether the rule only runs when a whole dataset is validated} */
  public boolean needsDataset() {
    return needsDataset;
  }

  /**
   * {@return the rule's own message template, if it has one} Without one, the message comes from
   * ksmodel's bundle, or is the code followed by the arguments for a code the bundle does not know.
   */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  Optional<MessageTemplate> template() {
    return Optional.ofNullable(template);
  }

  void check(S value, RuleContext context, Findings findings) {
    check.check(value, context, findings);
  }

  /**
   * {@return the code, severity and subject, e.g. {@code acme.partnership.sector (WARNING,
   * partnership)}}
   */
  @Override
  public String toString() {
    return code + " (" + severity + ", " + subject + ")";
  }
}
