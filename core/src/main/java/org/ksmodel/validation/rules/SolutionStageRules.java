package org.ksmodel.validation.rules;

import java.util.List;
import java.util.Map;
import org.ksmodel.common.Code;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Severity;
import org.ksmodel.solution.CriterionAssessment;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;

/**
 * The rules that hold a solution's stage to its content. Each stage of the main line needs what the
 * earlier ones produced, so the rules apply from their stage on ({@link SolutionStage#isAtLeast});
 * the side states (NEEDS_REVISION, REJECTED, RETIRED) are not checked.
 */
final class SolutionStageRules {
  private static final DataPath CHALLENGE = DataPath.of("challenge");
  private static final DataPath DESCRIPTION = DataPath.of("description");

  private SolutionStageRules() {}

  static List<Rule<?>> all() {
    return List.of(
        SolutionRules.rule(
            "solution.stage.documented.content", Severity.WARNING, SolutionStageRules::documented),
        SolutionRules.rule(
            "solution.stage.validated.criteria", Severity.ERROR, SolutionStageRules::validated),
        SolutionRules.rule(
            "solution.stage.packaged.products", Severity.ERROR, SolutionStageRules::packaged),
        // Validated alone, a solution cannot tell whether a partnership elsewhere shares it.
        SolutionRules.rule(
                "solution.stage.shared.uptake", Severity.ERROR, SolutionStageRules::shared)
            .needingDataset());
  }

  /** DOCUMENTED means described: the challenge addressed and what the solution does. */
  private static void documented(Solution solution, RuleContext context, Findings findings) {
    if (!solution.stage().isAtLeast(SolutionStage.DOCUMENTED)) {
      return;
    }
    if (solution.challenge().isEmpty()) {
      findings.report(CHALLENGE, solution.stage(), "challenge");
    }
    if (solution.description().isEmpty()) {
      findings.report(DESCRIPTION, solution.stage(), "description");
    }
  }

  /**
   * VALIDATED means judged against the criteria with every mandatory one met. A criterion may be
   * reassessed: its current assessment decides ({@link Solution#currentAssessments()}), and a
   * finding points at that assessment.
   */
  private static void validated(Solution solution, RuleContext context, Findings findings) {
    if (!solution.stage().isAtLeast(SolutionStage.VALIDATED)) {
      return;
    }
    List<CriterionAssessment> assessments = solution.criteriaAssessments();
    if (assessments.isEmpty()) {
      findings.report(SolutionRules.CRITERIA, solution.stage(), "it has no criteria assessment");
      return;
    }
    // Most validated solutions pass: skip building the current assessments when no criterion is
    // mandatory or every verdict is met.
    boolean anyMandatory = false;
    boolean anyUnmet = false;
    for (int i = 0; i < assessments.size(); i++) {
      anyMandatory |= assessments.get(i).mandatory();
      anyUnmet |= !assessments.get(i).isMet();
    }
    if (!anyMandatory || !anyUnmet) {
      return;
    }
    Map<Code, CriterionAssessment> current = solution.currentAssessments();
    for (Code criterion : solution.unmetMandatoryCriteria()) {
      findings.report(
          SolutionRules.CRITERIA.index(lastIndexOf(assessments, current.get(criterion))),
          solution.stage(),
          "the mandatory criterion " + criterion + " is not met in its latest assessment");
    }
  }

  /** The position of that very assessment in the list; of identical entries, the last, as wins. */
  private static int lastIndexOf(List<CriterionAssessment> assessments, CriterionAssessment one) {
    for (int i = assessments.size() - 1; i >= 0; i--) {
      if (assessments.get(i) == one) {
        return i;
      }
    }
    return assessments.lastIndexOf(one);
  }

  private static void packaged(Solution solution, RuleContext context, Findings findings) {
    if (solution.stage().isAtLeast(SolutionStage.PACKAGED)
        && solution.knowledgeProducts().isEmpty()) {
      findings.report(SolutionRules.PRODUCTS, solution.stage());
    }
  }

  /** SHARED means taken up: an adoption, or a partnership of the dataset that shares it. */
  private static void shared(Solution solution, RuleContext context, Findings findings) {
    if (solution.stage() == SolutionStage.SHARED
        && solution.adoptions().isEmpty()
        && context.dataset().partnershipsSharing(solution.id()).isEmpty()) {
      findings.report(SolutionRules.ADOPTIONS);
    }
  }
}
