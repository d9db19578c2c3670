package org.ksmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.testkit.FundingGen;
import org.ksmodel.testkit.InstitutionGen;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.ResultsGen;
import org.ksmodel.testkit.Rng;
import org.ksmodel.testkit.SolutionGen;

/** A finding names the entity it concerns; its message falls back to the code and arguments. */
class FindingSubjectTest {
  private static final Dataset DATASET =
      Dataset.builder()
          .addInstitutions(InstitutionGen.any().next(Rng.seeded(1)))
          .addSolutions(SolutionGen.any().next(Rng.seeded(2)))
          .addPartnerships(PartnershipGen.any().next(Rng.seeded(3)))
          .addFundings(FundingGen.any().next(Rng.seeded(4)))
          .addResultsFrameworks(ResultsGen.any().next(Rng.seeded(5)))
          .build();

  @Test
  void eachFindingCarriesTheIdOfItsEntity() {
    // Rules made here, not in fields: a validator is built from them in each test.
    RuleSet rules =
        RuleSet.empty()
            .add(
                Rule.of(
                    "acme.i",
                    Severity.INFO,
                    Subject.INSTITUTION,
                    (v, c, f) -> f.report(DataPath.root())))
            .add(
                Rule.of(
                    "acme.s",
                    Severity.INFO,
                    Subject.SOLUTION,
                    (v, c, f) -> f.report(DataPath.root())))
            .add(
                Rule.of(
                    "acme.p",
                    Severity.INFO,
                    Subject.PARTNERSHIP,
                    (v, c, f) -> f.report(DataPath.root())))
            .add(
                Rule.of(
                    "acme.f",
                    Severity.INFO,
                    Subject.FUNDING,
                    (v, c, f) -> f.report(DataPath.root())))
            .add(
                Rule.of(
                    "acme.r",
                    Severity.INFO,
                    Subject.RESULTS_FRAMEWORK,
                    (v, c, f) -> f.report(DataPath.root())))
            .add(
                Rule.of(
                    "acme.d",
                    Severity.INFO,
                    Subject.DATASET,
                    (v, c, f) -> f.report(DataPath.root())))
            .build();
    ValidationReport report = Validator.builder().ruleSet(rules).build().validate(DATASET);
    assertThat(report.violations())
        .extracting(v -> v.subjectId().orElse("-"))
        .containsExactly(
            DATASET.institutions().get(0).id().value(),
            DATASET.solutions().get(0).id().value(),
            DATASET.partnerships().get(0).id().value(),
            DATASET.fundings().get(0).id().value(),
            DATASET.resultsFrameworks().get(0).id().value(),
            "-");
    assertThat(report.violations())
        .extracting(v -> v.path().toJsonPointer())
        .containsExactly(
            "/institutions/0",
            "/solutions/0",
            "/partnerships/0",
            "/fundings/0",
            "/resultsFrameworks/0",
            "");
  }

  @Test
  void aMessageIsTheRulesOwnTemplateElseTheCodeAndItsArguments() {
    RuleSet rules =
        RuleSet.empty()
            .add(
                Rule.of(
                    "acme.bare",
                    Severity.INFO,
                    Subject.DATASET,
                    (v, c, f) -> f.report(DataPath.root())))
            .add(
                Rule.of(
                    "acme.args",
                    Severity.INFO,
                    Subject.DATASET,
                    (v, c, f) -> f.report(DataPath.root(), "a", 1)))
            .add(
                Rule.of(
                        "acme.own",
                        Severity.INFO,
                        Subject.DATASET,
                        (v, c, f) -> f.report(DataPath.root(), "x"))
                    .withMessage("the value ''{0}''"))
            .build();
    ValidationReport report = Validator.builder().ruleSet(rules).build().validate(DATASET);
    assertThat(report.violations())
        .extracting(Violation::message)
        .containsExactly("acme.bare", "acme.args [a, 1]", "the value 'x'");
    assertThat(rules.rule("acme.own").orElseThrow().message()).contains("the value ''{0}''");
    assertThat(rules.rule("acme.bare").orElseThrow().message()).isEmpty();
  }
}
