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
 * (institutions, solutions, partnerships, fundings, results frameworks), each entity's findings in
 * rule order, and dataset-wide findings last.
 *
 * <p>Instances are immutable and safe to share across threads.
 */
public final class ValidationReport {
  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  private final List<Violation> violations;

  private ValidationReport(List<Violation> violations) {
    this.violations = violations;
  }

  /** A report of the given violations, in that order. */
  public static ValidationReport of(List<Violation> violations) {
    return violations.isEmpty() ? EMPTY : new ValidationReport(List.copyOf(violations));
  }

  /** The report with no violation. */
  public static ValidationReport empty() {
    return EMPTY;
  }

  public List<Violation> violations() {
    return violations;
  }

  /** Whether no violation is FATAL or ERROR; warnings and notes do not make data invalid. */
  public boolean isValid() {
    for (Violation violation : violations) {
      if (violation.severity().invalidates()) {
        return false;
      }
    }
    return true;
  }

  public boolean isEmpty() {
    return violations.isEmpty();
  }

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

  /** The number of violations of each severity, worst first; severities without any are absent. */
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    violations.forEach(v -> counts.merge(v.severity(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** The number of violations of each code, ordered by code. */
  public Map<String, Integer> countsByCode() {
    Map<String, Integer> counts = new TreeMap<>();
    violations.forEach(v -> counts.merge(v.code(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** The violations of one code, in report order. */
  public List<Violation> violations(String code) {
    Objects.requireNonNull(code, "code");
    return violations.stream().filter(v -> v.code().equals(code)).toList();
  }

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

  /** One line per violation, after a summary line. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(isValid() ? "valid" : "invalid").append(", ").append(violations.size());
    text.append(violations.size() == 1 ? " violation" : " violations");
    violations.forEach(v -> text.append(System.lineSeparator()).append(v));
    return text.toString();
  }
}
