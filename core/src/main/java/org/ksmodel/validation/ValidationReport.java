package org.ksmodel.validation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;

/**
 * Every problem a validation found, in a deterministic order: entities in dataset order
 * (institutions, solutions, partnerships, fundings, results frameworks, knowledge requests), each
 * entity's findings in rule order, and dataset-wide findings last. Two reports are equal when they
 * hold equal violations in the same order.
 *
 * <p>Instances are immutable and safe to share across threads.
 */
public final class ValidationReport {
  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  private final List<Violation> violations;

  private ValidationReport(List<Violation> violations) {
    this.violations = violations;
  }

  /**
   * Makes a report, e.g. to merge the reports of several entities.
   *
   * @param violations the violations; the list is copied
   * @return a report of the given violations, in that order
   */
  public static ValidationReport of(List<Violation> violations) {
    return violations.isEmpty() ? EMPTY : new ValidationReport(List.copyOf(violations));
  }

  /** {@return the report with no violation; one shared instance} */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /** {@return every violation, in report order; unmodifiable} */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * {@return whether no violation is FATAL or ERROR} Warnings and notes do not make data invalid.
   */
  public boolean isValid() {
    for (Violation violation : violations) {
      if (violation.severity().invalidates()) {
        return false;
      }
    }
    return true;
  }

  /** {@return whether the report holds no violation at all, not even a warning} */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  /**
   * Counts the violations of one severity.
   *
   * @param severity the severity
   * @return the number of violations of that severity
   */
  public int count(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    int count = 0;
    for (Violation violation : violations) {
      if (violation.severity() == severity) {
        count++;
      }
    }
    return count;
  }

  /**
   * {@return the number of violations of each severity, worst first; severities without any are
   * absent; unmodifiable}
   */
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    violations.forEach(v -> counts.merge(v.severity(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** {@return the number of violations of each code, ordered by code; unmodifiable} */
  public Map<String, Integer> countsByCode() {
    Map<String, Integer> counts = new TreeMap<>();
    violations.forEach(v -> counts.merge(v.code(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Finds the violations of one code.
   *
   * @param code the code
   * @return the violations of that code, in report order; unmodifiable
   */
  public List<Violation> violations(String code) {
    Objects.requireNonNull(code, "code");
    return violations.stream().filter(v -> v.code().equals(code)).toList();
  }

  /**
   * Tells whether a code was reported.
   *
   * @param code the code
   * @return whether at least one violation has the code
   */
  public boolean has(String code) {
    Objects.requireNonNull(code, "code");
    return violations.stream().anyMatch(v -> v.code().equals(code));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidationReport
        && violations.equals(((ValidationReport) other).violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /** {@return a summary line such as {@code invalid, 2 violations}, then one line per violation} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(isValid() ? "valid" : "invalid").append(", ").append(violations.size());
    text.append(violations.size() == 1 ? " violation" : " violations");
    violations.forEach(v -> text.append(System.lineSeparator()).append(v));
    return text.toString();
  }
}
