package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Funding;
import org.ksmodel.institution.Institution;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;
import org.ksmodel.testkit.FundingGen;
import org.ksmodel.testkit.InstitutionGen;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.ResultsGen;
import org.ksmodel.testkit.Rng;
import org.ksmodel.testkit.SolutionGen;
import org.ksmodel.validation.ValidationReport;

/** dataset.id.duplicate: every repeat of an id within one kind, at the repeat's id. */
class DatasetRulesTest {
  private static final Institution INSTITUTION = InstitutionGen.any().next(Rng.seeded(1));
  private static final Solution SOLUTION = SolutionGen.any().next(Rng.seeded(2));
  private static final Partnership PARTNERSHIP = PartnershipGen.any().next(Rng.seeded(3));
  private static final Funding FUNDING = FundingGen.any().next(Rng.seeded(4));
  private static final ResultsFramework FRAMEWORK = ResultsGen.any().next(Rng.seeded(5));

  @Test
  void eachKindReportsEveryRepeatAfterTheFirst() {
    Dataset dataset =
        Dataset.builder()
            .addInstitutions(INSTITUTION, INSTITUTION, INSTITUTION)
            .addSolutions(SOLUTION, SOLUTION)
            .addPartnerships(PARTNERSHIP, PARTNERSHIP)
            .addFundings(FUNDING, FUNDING)
            .addResultsFrameworks(FRAMEWORK, FRAMEWORK)
            .build();
    ValidationReport report = VALIDATOR.validate(dataset);
    assertFires(
        report,
        "dataset.id.duplicate",
        Severity.ERROR,
        "/institutions/1/id",
        "/institutions/2/id",
        "/solutions/1/id",
        "/partnerships/1/id",
        "/fundings/1/id",
        "/resultsFrameworks/1/id");
    assertThat(report.violations("dataset.id.duplicate"))
        .extracting(Violation::arguments)
        .containsExactly(
            List.of("institution", INSTITUTION.id().value()),
            List.of("institution", INSTITUTION.id().value()),
            List.of("solution", SOLUTION.id().value()),
            List.of("partnership", PARTNERSHIP.id().value()),
            List.of("funding", FUNDING.id().value()),
            List.of("resultsFramework", FRAMEWORK.id().value()));
  }

  @Test
  void oneOfEachKindIsNoRepeat() {
    Dataset dataset =
        Dataset.builder()
            .addInstitutions(INSTITUTION)
            .addSolutions(SOLUTION)
            .addPartnerships(PARTNERSHIP)
            .addFundings(FUNDING)
            .addResultsFrameworks(FRAMEWORK)
            .build();
    assertSilent(VALIDATOR.validate(dataset), "dataset.id.duplicate");
  }
}
