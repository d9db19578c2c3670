package org.ksmodel.validation.rules;

import java.time.LocalDate;
import java.util.List;
import org.ksmodel.common.DataPath;
import org.ksmodel.result.CriterionRating;
import org.ksmodel.result.DacCriterion;
import org.ksmodel.result.Evaluation;
import org.ksmodel.result.EvaluationType;
import org.ksmodel.result.Independence;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.RuleContext;

/** The results rules about evaluations that need nothing but the framework; see ResultsRules. */
final class ResultsEvaluationRules {
  private static final DacCriterion[] CRITERIA = DacCriterion.values();

  private ResultsEvaluationRules() {}

  static DataPath evaluation(int index) {
    return DataPath.of("evaluations").index(index);
  }

  /**
   * Each of the six DAC criteria is scored, or marked N/A (no score) with a reason in its comment:
   * the OECD-DAC asks evaluators to justify leaving a criterion out, not to skip it silently.
   * Reported at the missing rating, or at the missing reason.
   */
  static void allCriteriaRated(ResultsFramework framework, RuleContext context, Findings findings) {
    List<Evaluation> evaluations = framework.evaluations();
    for (int e = 0; e < evaluations.size(); e++) {
      for (DacCriterion criterion : CRITERIA) {
        CriterionRating rating = evaluations.get(e).ratings().get(criterion);
        if (rating == null) {
          findings.report(
              evaluation(e).member("ratings").member(criterion.name()), criterion.name());
        } else if (rating.isNotApplicable()
            && (rating.comment().isEmpty() || rating.comment().get().isBlank())) {
          findings.report(
              evaluation(e).member("ratings").member(criterion.name()).member("comment"),
              criterion.name());
        }
      }
    }
  }

  /** A self-evaluation is done by the partners themselves, so it cannot be independent. */
  static void selfEvaluationInternal(
      ResultsFramework framework, RuleContext context, Findings findings) {
    List<Evaluation> evaluations = framework.evaluations();
    for (int e = 0; e < evaluations.size(); e++) {
      Evaluation evaluation = evaluations.get(e);
      if (evaluation.type() == EvaluationType.SELF
          && evaluation.independence() == Independence.INDEPENDENT) {
        findings.report(evaluation(e).member("independence"));
      }
    }
  }

  /** The date of an evaluation is the day it was completed, so not after today. */
  static void evaluationInThePast(
      ResultsFramework framework, RuleContext context, Findings findings) {
    LocalDate today = context.today();
    List<Evaluation> evaluations = framework.evaluations();
    for (int e = 0; e < evaluations.size(); e++) {
      LocalDate date = evaluations.get(e).date();
      if (date.isAfter(today)) {
        findings.report(evaluation(e).member("date"), date, today);
      }
    }
  }
}
