package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.validation.ValidationReport;
import org.ksmodel.validation.Validator;

/** What rule tests share: a validator with a fixed clock, and assertions on one code. */
public final class RuleTesting {
  /** The validator's today in rule tests; the generators date everything before it. */
  public static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

  public static final Validator VALIDATOR =
      Validator.builder()
          .clock(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
          .build();

  private RuleTesting() {}

  /** Asserts that {@code code} fired exactly at the given JSON Pointers, with its severity. */
  public static void assertFires(
      ValidationReport report, String code, Severity severity, String... pointers) {
    List<Violation> found = report.violations(code);
    assertThat(found)
        .as("violations of %s in %s", code, report)
        .extracting(v -> v.path().toJsonPointer())
        .containsExactly(pointers);
    assertThat(found).allSatisfy(v -> assertThat(v.severity()).isEqualTo(severity));
    assertThat(found).allSatisfy(v -> assertThat(v.message()).doesNotStartWith(code));
  }

  /** Asserts that {@code code} did not fire. */
  public static void assertSilent(ValidationReport report, String code) {
    assertThat(report.violations(code)).as("violations of %s in %s", code, report).isEmpty();
  }
}
