package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;
import static org.ksmodel.validation.rules.SolutionRulesTest.assessment;
import static org.ksmodel.validation.rules.SolutionRulesTest.copy;
import static org.ksmodel.validation.rules.SolutionRulesTest.validate;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Severity;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.solution.Criterion;
import org.ksmodel.solution.CriterionAssessment;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;
import org.ksmodel.validation.ValidationReport;

/** The rules that hold a solution's stage to its content: fires, silent. */
class SolutionStageRulesTest {
  @Nested
  class DocumentedContent {
    static final String CODE = "solution.stage.documented.content";

    @Test
    void fires() {
      Solution bare =
          copy()
              .stage(SolutionStage.DOCUMENTED)
              .challenge(Optional.empty())
              .description(Optional.empty())
              .build();
      assertFires(validate(bare), CODE, Severity.WARNING, "/challenge", "/description");
    }

    @Test
    void silent() {
      // Only identified, or off the main line: nothing to document yet.
      for (SolutionStage stage : List.of(SolutionStage.IDENTIFIED, SolutionStage.REJECTED)) {
        Solution bare =
            copy().stage(stage).challenge(Optional.empty()).description(Optional.empty()).build();
        assertSilent(validate(bare), CODE);
      }
    }
  }

  @Nested
  class ValidatedCriteria {
    static final String CODE = "solution.stage.validated.criteria";

    @Test
    void firesWithoutAssessments() {
      for (SolutionStage stage :
          List.of(SolutionStage.VALIDATED, SolutionStage.PACKAGED, SolutionStage.SHARED)) {
        Solution unassessed = copy().stage(stage).criteriaAssessments(List.of()).build();
        ValidationReport report = validate(unassessed);
        assertFires(report, CODE, Severity.ERROR, "/criteriaAssessments");
        assertThat(report.violations(CODE).get(0).message())
            .isEqualTo(
                "a solution at stage "
                    + stage
                    + " needs criteria assessments with every mandatory criterion met, but it has"
                    + " no criteria assessment");
      }
    }

    @Test
    void firesAtTheLatestAssessmentOfAnUnmetMandatoryCriterion() {
      // Relevance was met in 2020 and reassessed as not met in 2023: the reassessment counts.
      CriterionAssessment reassessed =
          CriterionAssessment.builder()
              .from(assessment(Criterion.RELEVANCE, true, false))
              .date(SolutionRulesTest.ASSESSED.plusYears(3))
              .build();
      ValidationReport report = validate(copy().addCriteriaAssessments(reassessed).build());
      assertFires(report, CODE, Severity.ERROR, "/criteriaAssessments/3");
      assertThat(report.violations(CODE).get(0).arguments())
          .containsExactly(
              "SHARED",
              "the mandatory criterion Criterion:RELEVANCE is not met in its latest assessment");
    }

    @Test
    void firesForACriterionThatIsMandatoryButUndecided() {
      CriterionAssessment undecided =
          CriterionAssessment.builder().criterion(Criterion.HORIZONTALITY).mandatory(true).build();
      assertFires(
          validate(copy().addCriteriaAssessments(undecided).build()),
          CODE,
          Severity.ERROR,
          "/criteriaAssessments/3");
    }

    @Test
    void silent() {
      // Relevance failed in 2019 and passed on reassessment in 2020; an undated failing verdict
      // counts as older than the dated ones.
      CriterionAssessment failedEarlier =
          CriterionAssessment.builder()
              .from(assessment(Criterion.RELEVANCE, true, false))
              .date(SolutionRulesTest.ASSESSED.minusYears(1))
              .build();
      CriterionAssessment undated =
          CriterionAssessment.builder()
              .from(assessment(Criterion.RELEVANCE, true, false))
              .date(Optional.empty())
              .build();
      Solution reassessed = copy().addCriteriaAssessments(failedEarlier, undated).build();
      assertSilent(validate(reassessed), CODE);
      // Before validation, and off the main line, criteria are not required.
      for (SolutionStage stage :
          List.of(SolutionStage.DOCUMENTED, SolutionStage.REJECTED, SolutionStage.RETIRED)) {
        assertSilent(validate(copy().stage(stage).criteriaAssessments(List.of()).build()), CODE);
      }
    }
  }

  @Nested
  class PackagedProducts {
    static final String CODE = "solution.stage.packaged.products";

    @Test
    void fires() {
      for (SolutionStage stage : List.of(SolutionStage.PACKAGED, SolutionStage.SHARED)) {
        assertFires(
            validate(copy().stage(stage).knowledgeProducts(List.of()).build()),
            CODE,
            Severity.ERROR,
            "/knowledgeProducts");
      }
    }

    @Test
    void silent() {
      assertSilent(
          validate(copy().stage(SolutionStage.VALIDATED).knowledgeProducts(List.of()).build()),
          CODE);
    }
  }

  @Nested
  class SharedUptake {
    static final String CODE = "solution.stage.shared.uptake";

    Partnership sharing(Solution solution) {
      return Partnership.builder()
          .id(SolutionRulesTest.PARTNERSHIP)
          .title(LocalizedText.of("Colombia and Peru share social protection"))
          .modality(Modality.SOUTH_SOUTH)
          .form(PartnershipForm.PROJECT)
          .status(PartnershipStatus.ACTIVE)
          .addSolutions(solution.id())
          .build();
    }

    @Test
    void fires() {
      Solution unadopted = copy().adoptions(List.of()).build();
      Dataset dataset = Dataset.builder().addSolutions(unadopted).build();
      assertFires(VALIDATOR.validate(dataset), CODE, Severity.ERROR, "/solutions/0/adoptions");
    }

    @Test
    void silent() {
      Solution unadopted = copy().adoptions(List.of()).build();
      // A partnership of the dataset shares it.
      Dataset shared =
          Dataset.builder().addSolutions(unadopted).addPartnerships(sharing(unadopted)).build();
      assertSilent(VALIDATOR.validate(shared), CODE);
      // Adopted.
      assertSilent(
          VALIDATOR.validate(Dataset.builder().addSolutions(copy().build()).build()), CODE);
      // Validated alone, partnerships cannot be seen: the rule does not run.
      assertSilent(validate(unadopted), CODE);
    }
  }
}
