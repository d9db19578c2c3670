package org.ksmodel.validation.rules;

import java.time.LocalDate;
import java.util.List;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Severity;
import org.ksmodel.result.Evidence;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultLevel;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;
import org.ksmodel.validation.Subject;

/**
 * The rules about results frameworks (codes {@code result.*}): the framework and its results here;
 * indicators in {@link ResultsIndicatorRules}; evaluations in {@link ResultsEvaluationRules}; what
 * needs the partnership or other entities in {@link ResultsPartnershipRules}.
 */
final class ResultsRules {
  private ResultsRules() {}

  static List<Rule<?>> all() {
    return List.of(
        rule("result.framework.empty", Severity.WARNING, ResultsRules::empty),
        rule("result.indicators.missing", Severity.WARNING, ResultsRules::indicatorsPresent),
        rule(
            "result.intermediateOutcome.type",
            Severity.ERROR,
            ResultsRules::intermediateOutcomeNamed),
        rule(
            "result.indicator.percentage.range",
            Severity.ERROR,
            ResultsIndicatorRules.eachIndicator(ResultsIndicatorRules::percentageRange)),
        rule(
            "result.indicator.qualitative.text",
            Severity.ERROR,
            ResultsIndicatorRules.eachIndicator(ResultsIndicatorRules::qualitativeText)),
        rule(
            "result.indicator.numeric.number",
            Severity.ERROR,
            ResultsIndicatorRules.eachIndicator(ResultsIndicatorRules::numericNumber)),
        rule(
            "result.indicator.unit.missing",
            Severity.INFO,
            ResultsIndicatorRules.eachIndicator(ResultsIndicatorRules::unitNamed)),
        rule(
            "result.indicator.sdgIndicator.unknown",
            Severity.ERROR,
            ResultsIndicatorRules.eachIndicator(ResultsIndicatorRules::sdgTargetKnown)),
        rule(
            "result.indicator.targets.missing",
            Severity.WARNING,
            ResultsIndicatorRules.eachIndicator(ResultsIndicatorRules::targetsPresent)),
        rule(
            "result.indicator.period.duplicate",
            Severity.ERROR,
            ResultsIndicatorRules.eachIndicator(ResultsIndicatorRules::periodsDistinct)),
        rule(
            "result.indicator.baseline.date",
            Severity.WARNING,
            ResultsIndicatorRules.eachIndicator(ResultsIndicatorRules::baselineBeforeTargets)),
        rule(
            "result.indicator.baseline.duplicate",
            Severity.ERROR,
            ResultsIndicatorRules.eachIndicator(ResultsIndicatorRules::baselinesDistinct)),
        rule(
            "result.indicator.dimension.repeated",
            Severity.ERROR,
            ResultsIndicatorRules.eachIndicator(ResultsIndicatorRules::dimensionsDistinct)),
        rule(
            "result.indicator.actual.future",
            Severity.ERROR,
            ResultsIndicatorRules.eachIndicator(ResultsIndicatorRules::actualsStarted)),
        rule("result.evidence.future", Severity.ERROR, ResultsRules::evidenceInThePast),
        rule(
            "result.evaluation.criteria", Severity.ERROR, ResultsEvaluationRules::allCriteriaRated),
        rule(
            "result.evaluation.self.independence",
            Severity.ERROR,
            ResultsEvaluationRules::selfEvaluationInternal),
        rule(
            "result.evaluation.future",
            Severity.ERROR,
            ResultsEvaluationRules::evaluationInThePast),
        rule(
                "result.reference.unresolved",
                Severity.ERROR,
                ResultsPartnershipRules::referencesResolve)
            .needingDataset(),
        rule(
                "result.indicator.actuals.completed",
                Severity.ERROR,
                ResultsPartnershipRules::actualsWhenCompleted)
            .needingDataset(),
        rule(
                "result.indicator.period.outside",
                Severity.WARNING,
                ResultsPartnershipRules::periodsOverlapPartnership)
            .needingDataset(),
        rule(
                "result.intermediateOutcome.notTargeted",
                Severity.WARNING,
                ResultsPartnershipRules::outcomesTargeted)
            .needingDataset(),
        rule(
                "result.evaluation.expost.date",
                Severity.ERROR,
                ResultsPartnershipRules::exPostAfterEnd)
            .needingDataset());
  }

  private static Rule<ResultsFramework> rule(
      String code, Severity severity, Rule.Check<ResultsFramework> check) {
    return Rule.of(code, severity, Subject.RESULTS_FRAMEWORK, check);
  }

  static DataPath result(int index) {
    return DataPath.of("results").index(index);
  }

  /** A framework with no result, evidence or evaluation documents nothing. */
  private static void empty(ResultsFramework framework, RuleContext context, Findings findings) {
    if (framework.results().isEmpty()
        && framework.evidence().isEmpty()
        && framework.evaluations().isEmpty()) {
      findings.report(DataPath.root(), framework.id());
    }
  }

  /** A result nothing measures cannot be reported on. */
  private static void indicatorsPresent(
      ResultsFramework framework, RuleContext context, Findings findings) {
    List<Result> results = framework.results();
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).indicators().isEmpty()) {
        findings.report(result(i).member("indicators"));
      }
    }
  }

  /**
   * The level INTERMEDIATE_OUTCOME means one of the five intermediate outcomes of the Art of
   * Knowledge Exchange; without naming which, it says no more than OUTCOME. (Construction only
   * rejects the converse, a named outcome on another level.)
   */
  private static void intermediateOutcomeNamed(
      ResultsFramework framework, RuleContext context, Findings findings) {
    List<Result> results = framework.results();
    for (int i = 0; i < results.size(); i++) {
      Result result = results.get(i);
      if (result.level() == ResultLevel.INTERMEDIATE_OUTCOME
          && result.intermediateOutcome().isEmpty()) {
        findings.report(result(i).member("intermediateOutcome"));
      }
    }
  }

  /** Evidence is gathered, so it cannot be dated after today. */
  private static void evidenceInThePast(
      ResultsFramework framework, RuleContext context, Findings findings) {
    LocalDate today = context.today();
    List<Evidence> evidence = framework.evidence();
    for (int i = 0; i < evidence.size(); i++) {
      LocalDate date = evidence.get(i).date();
      if (date.isAfter(today)) {
        findings.report(DataPath.of("evidence").index(i).member("date"), date, today);
      }
    }
  }
}
