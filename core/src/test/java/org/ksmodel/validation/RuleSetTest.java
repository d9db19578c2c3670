package org.ksmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Severity;
import org.ksmodel.partnership.Partnership;

/** The rule set's bookkeeping: lookups, enabling, the strict profile's reading of severities. */
class RuleSetTest {
  private static Rule<Partnership> rule(String code, Severity severity) {
    return Rule.of(
        code,
        severity,
        Subject.PARTNERSHIP,
        (p, context, findings) -> findings.report(DataPath.root()));
  }

  @Test
  void aRuleSetKnowsItsRulesInOrderAndWhichAreOn() {
    Rule<Partnership> first = rule("acme.first", Severity.ERROR);
    Rule<Partnership> second = rule("acme.second", Severity.WARNING);
    RuleSet rules = RuleSet.empty().add(first).add(second).disable("acme.second").build();
    assertThat(rules.rules()).containsExactly(first, second);
    assertThat(rules.codes()).containsExactly("acme.first", "acme.second");
    assertThat(rules.rule("acme.second")).containsSame(second);
    assertThat(rules.rule("acme.none")).isEmpty();
    assertThat(rules.isEnabled("acme.first")).isTrue();
    assertThat(rules.isEnabled("acme.second")).isFalse();
    assertThat(rules.isEnabled("acme.none")).isFalse();
    assertThat(rules.enabledRules()).containsExactly(first);
    assertThat(rules.profile()).isEqualTo(Profile.DEFAULT);
    RuleSet copy = rules.toBuilder().build();
    assertThat(copy.rules()).containsExactly(first, second);
    assertThat(copy.isEnabled("acme.second")).isFalse();
  }

  @Test
  void strictRaisesOnlyWarningsAndAnOverrideWinsOverTheProfile() {
    RuleSet strict =
        RuleSet.empty()
            .profile(Profile.STRICT)
            .add(rule("acme.info", Severity.INFO))
            .add(rule("acme.warning", Severity.WARNING))
            .add(rule("acme.error", Severity.ERROR))
            .add(rule("acme.fatal", Severity.FATAL))
            .add(rule("acme.lowered", Severity.WARNING))
            .severity("acme.lowered", Severity.INFO)
            .build();
    assertThat(strict.profile()).isEqualTo(Profile.STRICT);
    assertThat(strict.severityOf(strict.rule("acme.info").orElseThrow())).isEqualTo(Severity.INFO);
    assertThat(strict.severityOf(strict.rule("acme.warning").orElseThrow()))
        .isEqualTo(Severity.ERROR);
    assertThat(strict.severityOf(strict.rule("acme.error").orElseThrow()))
        .isEqualTo(Severity.ERROR);
    assertThat(strict.severityOf(strict.rule("acme.fatal").orElseThrow()))
        .isEqualTo(Severity.FATAL);
    assertThat(strict.severityOf(strict.rule("acme.lowered").orElseThrow()))
        .isEqualTo(Severity.INFO);
    RuleSet relaxed = strict.toBuilder().profile(Profile.DEFAULT).build();
    assertThat(relaxed.severityOf(relaxed.rule("acme.warning").orElseThrow()))
        .isEqualTo(Severity.WARNING);
    assertThat(relaxed.severityOf(relaxed.rule("acme.lowered").orElseThrow()))
        .isEqualTo(Severity.INFO);
    assertThat(RuleSet.strict().profile()).isEqualTo(Profile.STRICT);
    assertThat(RuleSet.defaults().profile()).isEqualTo(Profile.DEFAULT);
    assertThat(RuleSet.defaults().codes()).isEqualTo(RuleSet.strict().codes()).isNotEmpty();
  }

  @Test
  void unknownCodesAreRefusedWithTheirName() {
    RuleSet.Builder builder = RuleSet.empty().add(rule("acme.known", Severity.INFO));
    assertThatThrownBy(() -> builder.severity("acme.unknown", Severity.ERROR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule has the code acme.unknown");
    assertThatThrownBy(() -> builder.enable("acme.unknown"))
        .hasMessage("no rule has the code acme.unknown");
    assertThatThrownBy(() -> builder.add(rule("acme.known", Severity.ERROR)))
        .hasMessage("a rule with code acme.known is already there");
    assertThat(builder.enable("acme.known").build().isEnabled("acme.known")).isTrue();
  }

  @Test
  void theStandardValidatorRunsTheDefaultRules() {
    assertThat(Validator.standard().ruleSet().codes()).isEqualTo(RuleSet.defaults().codes());
    assertThat(Validator.standard().ruleSet().profile()).isEqualTo(Profile.DEFAULT);
  }
}
