package org.ksmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.Rng;

class ValidatorTest {
  private static final Dataset DATASET = DatasetGen.dataset(20).next(Rng.seeded(7));

  /** An integrator's own rule: every partnership should name a sector. */
  private static final Rule<Partnership> NEEDS_SECTOR =
      Rule.of(
              "acme.partnership.sector",
              Severity.WARNING,
              Subject.PARTNERSHIP,
              (partnership, context, findings) -> {
                if (partnership.sectors().isEmpty()) {
                  findings.report(DataPath.of("sectors"), partnership.id());
                }
              })
          .withMessage("partnership {0} names no sector");

  private static final Rule<Partnership> ALWAYS =
      Rule.of(
          "acme.partnership.always",
          Severity.INFO,
          Subject.PARTNERSHIP,
          (partnership, context, findings) -> findings.report(DataPath.of("title"), "x"));

  private static Validator only(Rule<?>... rules) {
    RuleSet.Builder builder = RuleSet.empty();
    for (Rule<?> rule : rules) {
      builder.add(rule);
    }
    return Validator.builder().ruleSet(builder.build()).build();
  }

  @Test
  void aCustomRuleReportsWithItsOwnMessageAndTheFullPath() {
    Dataset dataset =
        Dataset.builder()
            .from(DATASET)
            .partnerships(
                List.of(
                    DATASET.partnerships().get(0),
                    Partnership.builder()
                        .from(DATASET.partnerships().get(1))
                        .sectors(List.of())
                        .build()))
            .build();
    ValidationReport report = only(NEEDS_SECTOR).validate(dataset);

    Violation violation = report.violations("acme.partnership.sector").get(0);
    assertThat(violation.path().toJsonPointer()).isEqualTo("/partnerships/1/sectors");
    assertThat(violation.severity()).isEqualTo(Severity.WARNING);
    assertThat(violation.subjectId()).contains("PART-1");
    assertThat(violation.message()).isEqualTo("partnership PART-1 names no sector");
    assertThat(violation.arguments()).containsExactly("PART-1");
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void aSeverityOverrideChangesTheFindingsAndValidity() {
    RuleSet rules =
        RuleSet.empty().add(ALWAYS).severity("acme.partnership.always", Severity.ERROR).build();
    ValidationReport report = Validator.builder().ruleSet(rules).build().validate(DATASET);
    assertThat(report.countsBySeverity()).isEqualTo(Map.of(Severity.ERROR, 20));
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void aDisabledRuleDoesNotRunAndCanBeEnabledAgain() {
    RuleSet rules = RuleSet.empty().add(ALWAYS).disable("acme.partnership.always").build();
    assertThat(Validator.builder().ruleSet(rules).build().validate(DATASET).isEmpty()).isTrue();
    assertThat(rules.isEnabled("acme.partnership.always")).isFalse();
    RuleSet again = rules.toBuilder().enable("acme.partnership.always").build();
    assertThat(Validator.builder().ruleSet(again).build().validate(DATASET).count(Severity.INFO))
        .isEqualTo(20);
  }

  @Test
  void theStrictProfileRaisesWarningsButNotOverrides() {
    Rule<Partnership> warn =
        Rule.of(
            "acme.partnership.warn",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            (p, c, f) -> f.report());
    RuleSet strict = RuleSet.empty().add(warn).add(ALWAYS).profile(Profile.STRICT).build();
    assertThat(strict.severityOf(warn)).isEqualTo(Severity.ERROR);
    assertThat(strict.severityOf(ALWAYS)).isEqualTo(Severity.INFO);
    RuleSet relaxed =
        strict.toBuilder().severity("acme.partnership.warn", Severity.WARNING).build();
    assertThat(relaxed.severityOf(warn)).isEqualTo(Severity.WARNING);
    assertThat(RuleSet.strict().profile()).isEqualTo(Profile.STRICT);
  }

  @Test
  void aRuleThatThrowsIsReportedAndTheOthersStillRun() {
    Rule<Partnership> broken =
        Rule.of(
            "acme.partnership.broken",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            (p, c, f) -> {
              throw new IllegalStateException("boom");
            });
    ValidationReport report = only(broken, ALWAYS).validate(DATASET);
    assertThat(report.violations(Validator.RULE_FAILED)).hasSize(20);
    assertThat(report.violations(Validator.RULE_FAILED).get(0).message())
        .contains("acme.partnership.broken")
        .contains("boom");
    assertThat(report.violations("acme.partnership.always")).hasSize(20);
  }

  @Test
  void datasetRulesAreSkippedForASingleEntity() {
    Rule<Partnership> resolving =
        Rule.of(
                "acme.partnership.resolving",
                Severity.ERROR,
                Subject.PARTNERSHIP,
                (p, c, f) -> f.report())
            .needingDataset();
    Validator validator = only(resolving);
    assertThat(validator.validate(DATASET.partnerships().get(0)).isEmpty()).isTrue();
    assertThat(validator.validate(DATASET).violations()).hasSize(20);
  }

  @Test
  void singleEntityPathsAreRelativeToTheEntity() {
    ValidationReport report = only(ALWAYS).validate(DATASET.partnerships().get(3));
    assertThat(report.violations().get(0).path().toJsonPointer()).isEqualTo("/title");
  }

  @Test
  void theClockDecidesToday() {
    LocalDate seen[] = new LocalDate[1];
    Rule<Dataset> today =
        Rule.of(
            "acme.dataset.today", Severity.INFO, Subject.DATASET, (d, c, f) -> seen[0] = c.today());
    Clock clock = Clock.fixed(Instant.parse("2030-06-01T10:00:00Z"), ZoneOffset.UTC);
    Validator.builder()
        .ruleSet(RuleSet.empty().add(today).build())
        .clock(clock)
        .build()
        .validate(DATASET);
    assertThat(seen[0]).isEqualTo(LocalDate.of(2030, 6, 1));
  }

  @Test
  void reportsAreDeterministic() {
    Validator validator = only(ALWAYS, NEEDS_SECTOR);
    assertThat(validator.validate(DATASET)).isEqualTo(validator.validate(DATASET));
    List<String> pointers =
        validator.validate(DATASET).violations().stream()
            .map(v -> v.path().toJsonPointer())
            .toList();
    assertThat(pointers.get(0)).isEqualTo("/partnerships/0/title");
    assertThat(pointers.get(19)).isEqualTo("/partnerships/19/title");
  }

  @Test
  void ruleSetsRefuseNonsense() {
    assertThatThrownBy(
            () -> Rule.of("Not A Code", Severity.ERROR, Subject.DATASET, (d, c, f) -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleSet.builder().disable("no.such.code"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no.such.code");
    assertThatThrownBy(() -> RuleSet.empty().add(ALWAYS).add(ALWAYS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsBySeverityAndCode() {
    ValidationReport report = only(ALWAYS).validate(DATASET);
    assertThat(report.count(Severity.INFO)).isEqualTo(20);
    assertThat(report.count(Severity.ERROR)).isZero();
    assertThat(report.countsByCode()).containsExactly(Map.entry("acme.partnership.always", 20));
    assertThat(report.has("acme.partnership.always")).isTrue();
    assertThat(report.toString()).startsWith("valid, 20 violations");
  }
}
