package org.ksmodel.examples.customrule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.examples.showcase.Showcase;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.validation.ValidationReport;

class CustomRuleExampleTest {
  @Test
  void theHouseRuleReportsEveryActivityWithoutACountAsAnError() {
    long uncounted =
        Showcase.dataset().partnerships().stream()
            .flatMap(p -> p.activities().stream())
            .map(ExchangeActivity::participantCount)
            .filter(count -> count.isEmpty())
            .count();
    ValidationReport report = CustomRuleExample.validateShowcase();
    assertThat(report.violations(CustomRuleExample.CODE)).hasSize((int) uncounted);
    assertThat(report.violations(CustomRuleExample.CODE))
        .allSatisfy(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR))
        .allSatisfy(v -> assertThat(v.path().toJsonPointer()).endsWith("/participantCount"))
        .allSatisfy(v -> assertThat(v.message()).contains("does not say how many people"));
    assertThat(report.has("partnership.sector.missing")).isFalse();
    assertThat(CustomRuleExample.houseValidator().ruleSet().isEnabled("partnership.sector.missing"))
        .isFalse();
  }

  @Test
  void theRuleStaysSilentWhenEveryActivityIsCounted() {
    var dataset = Showcase.dataset();
    var counted =
        dataset.partnerships().stream()
            .map(
                p ->
                    org.ksmodel.partnership.Partnership.builder()
                        .from(p)
                        .activities(
                            p.activities().stream()
                                .map(
                                    a ->
                                        ExchangeActivity.builder()
                                            .from(a)
                                            .participantCount(12)
                                            .build())
                                .toList())
                        .build())
            .toList();
    var report =
        CustomRuleExample.houseValidator()
            .validate(
                org.ksmodel.dataset.Dataset.builder().from(dataset).partnerships(counted).build());
    assertThat(report.violations(CustomRuleExample.CODE)).isEmpty();
    assertThat(report.violations())
        .extracting(Violation::code)
        .doesNotContain(CustomRuleExample.CODE);
  }
}
