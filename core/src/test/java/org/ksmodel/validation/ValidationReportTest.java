package org.ksmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;

/** A report on its own: validity by severity, counts, lookups by code, equality and its text. */
class ValidationReportTest {
  private static Violation violation(String code, Severity severity) {
    return Violation.builder()
        .code(code)
        .severity(severity)
        .path(DataPath.of("x"))
        .message(code + " found")
        .build();
  }

  @Test
  void theEmptyReportIsValidAndSharedByEveryEmptyList() {
    assertThat(ValidationReport.of(List.of())).isSameAs(ValidationReport.empty());
    ValidationReport empty = ValidationReport.empty();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.isValid()).isTrue();
    assertThat(empty.countsBySeverity()).isEmpty();
    assertThat(empty.toString()).isEqualTo("valid, 0 violations");
  }

  @Test
  void onlyFatalAndErrorMakeAReportInvalid() {
    for (Severity severity : Severity.values()) {
      ValidationReport report =
          ValidationReport.of(List.of(violation("a.b", Severity.INFO), violation("c.d", severity)));
      assertThat(report.isValid())
          .as("%s", severity)
          .isEqualTo(severity == Severity.WARNING || severity == Severity.INFO);
      assertThat(report.isEmpty()).isFalse();
    }
  }

  @Test
  void countsAreBySeverityAndByCode() {
    ValidationReport report =
        ValidationReport.of(
            List.of(
                violation("b.code", Severity.ERROR),
                violation("a.code", Severity.WARNING),
                violation("b.code", Severity.ERROR),
                violation("c.code", Severity.FATAL)));
    assertThat(report.count(Severity.ERROR)).isEqualTo(2);
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(report.count(Severity.INFO)).isZero();
    assertThat(report.countsBySeverity())
        .containsExactly(
            Map.entry(Severity.FATAL, 1),
            Map.entry(Severity.ERROR, 2),
            Map.entry(Severity.WARNING, 1));
    assertThat(report.countsByCode())
        .containsExactly(Map.entry("a.code", 1), Map.entry("b.code", 2), Map.entry("c.code", 1));
    assertThat(report.violations("b.code")).hasSize(2);
    assertThat(report.violations("z.code")).isEmpty();
    assertThat(report.has("c.code")).isTrue();
    assertThat(report.has("z.code")).isFalse();
  }

  @Test
  void theTextHasASummaryLineAndOneLinePerViolation() {
    ValidationReport one = ValidationReport.of(List.of(violation("a.code", Severity.ERROR)));
    assertThat(one.toString())
        .isEqualTo(
            "invalid, 1 violation" + System.lineSeparator() + "ERROR a.code at /x: a.code found");
    ValidationReport two =
        ValidationReport.of(
            List.of(violation("a.code", Severity.WARNING), violation("b.code", Severity.INFO)));
    assertThat(two.toString().split(System.lineSeparator()))
        .containsExactly(
            "valid, 2 violations",
            "WARNING a.code at /x: a.code found",
            "INFO b.code at /x: b.code found");
  }

  @Test
  void reportsAreEqualByTheirViolationsInOrderAndCopyThem() {
    List<Violation> list =
        new ArrayList<>(
            List.of(violation("a.code", Severity.ERROR), violation("b.code", Severity.INFO)));
    ValidationReport report = ValidationReport.of(list);
    ValidationReport same = ValidationReport.of(List.copyOf(list));
    assertThat(report).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(report.hashCode()).isEqualTo(report.violations().hashCode()).isNotZero();
    assertThat(report).isNotEqualTo(ValidationReport.of(List.of(list.get(1), list.get(0))));
    assertThat(report).isNotEqualTo(list);
    list.clear();
    assertThat(report.violations()).hasSize(2);
  }
}
