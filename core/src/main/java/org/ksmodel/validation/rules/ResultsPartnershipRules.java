package org.ksmodel.validation.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.EntityId;
import org.ksmodel.partnership.ChangeObjective;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.result.Evaluation;
import org.ksmodel.result.EvaluationType;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IntermediateOutcome;
import org.ksmodel.result.PeriodValue;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultLevel;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.RuleContext;

/**
 * The results rules that need the dataset: references, and what the partnership of a framework says
 * about status, period and targeted outcomes. A framework whose partnership does not resolve is
 * only reported by {@code result.reference.unresolved}; frameworks of solutions and institutions
 * have no partnership to compare with.
 */
final class ResultsPartnershipRules {
  private ResultsPartnershipRules() {}

  static void referencesResolve(
      ResultsFramework framework, RuleContext context, Findings findings) {
    resolves(context, framework.partnership(), "partnership", findings);
    resolves(context, framework.solution(), "solution", findings);
    resolves(context, framework.institution(), "institution", findings);
  }

  private static void resolves(
      RuleContext context, Optional<? extends EntityId> id, String member, Findings findings) {
    if (id.isPresent() && !context.dataset().contains(id.get())) {
      Lookups.requireResolves(context, id.get(), DataPath.of(member), findings);
    }
  }

  private static Optional<Partnership> partnershipOf(
      ResultsFramework framework, RuleContext context) {
    return framework.partnership().isPresent()
        ? context.dataset().partnership(framework.partnership().get())
        : Optional.empty();
  }

  /**
   * Once a partnership is COMPLETED, every indicator reports what was reached, or says why it
   * cannot ({@code missingActualsReason}).
   */
  static void actualsWhenCompleted(
      ResultsFramework framework, RuleContext context, Findings findings) {
    Optional<Partnership> partnership = partnershipOf(framework, context);
    if (partnership.isEmpty() || partnership.get().status() != PartnershipStatus.COMPLETED) {
      return;
    }
    List<Result> results = framework.results();
    for (int r = 0; r < results.size(); r++) {
      List<Indicator> indicators = results.get(r).indicators();
      for (int i = 0; i < indicators.size(); i++) {
        Indicator indicator = indicators.get(i);
        boolean reason =
            indicator.missingActualsReason().isPresent()
                && !indicator.missingActualsReason().get().isBlank();
        if (indicator.actuals().isEmpty() && !reason) {
          findings.report(
              ResultsIndicatorRules.indicator(r, i).member("actuals"), partnership.get().id());
        }
      }
    }
  }

  /**
   * Targets and actuals are about the partnership, so each period shares at least a day with the
   * partnership's period (the actual one when known, else the planned one). A warning, since an
   * impact may be measured some time after the end.
   */
  static void periodsOverlapPartnership(
      ResultsFramework framework, RuleContext context, Findings findings) {
    Optional<Partnership> partnership = partnershipOf(framework, context);
    Optional<DateRange> period = partnership.flatMap(Partnership::period);
    if (period.isEmpty()) {
      return;
    }
    List<Result> results = framework.results();
    for (int r = 0; r < results.size(); r++) {
      List<Indicator> indicators = results.get(r).indicators();
      for (int i = 0; i < indicators.size(); i++) {
        Indicator indicator = indicators.get(i);
        outside(indicator.targets(), "targets", r, i, partnership.get(), period.get(), findings);
        outside(indicator.actuals(), "actuals", r, i, partnership.get(), period.get(), findings);
      }
    }
  }

  private static void outside(
      List<PeriodValue> values,
      String member,
      int result,
      int index,
      Partnership partnership,
      DateRange period,
      Findings findings) {
    for (int k = 0; k < values.size(); k++) {
      DateRange own = values.get(k).period();
      if (!own.overlaps(period)) {
        findings.report(
            ResultsIndicatorRules.indicator(result, index).member(member).index(k).member("period"),
            own,
            period,
            partnership.id());
      }
    }
  }

  /**
   * An intermediate outcome reported is one the partnership aimed at: targeted by a change
   * objective of its design or by one of its exchange activities. Skipped for a partnership without
   * a design: it has not laid out its results chain yet (the anchor the partnership rules ask for),
   * so there is nothing to compare with.
   */
  static void outcomesTargeted(ResultsFramework framework, RuleContext context, Findings findings) {
    if (!namesOutcome(framework)) {
      return;
    }
    Optional<Partnership> partnership = partnershipOf(framework, context);
    if (partnership.isEmpty() || partnership.get().design().isEmpty()) {
      return;
    }
    Set<IntermediateOutcome> targeted = targetedBy(partnership.get());
    if (targeted.isEmpty()) {
      return;
    }
    List<Result> results = framework.results();
    for (int r = 0; r < results.size(); r++) {
      Optional<IntermediateOutcome> outcome = results.get(r).intermediateOutcome();
      if (outcome.isPresent() && !targeted.contains(outcome.get())) {
        findings.report(
            ResultsRules.result(r).member("intermediateOutcome"),
            outcome.get(),
            partnership.get().id());
      }
    }
  }

  private static boolean namesOutcome(ResultsFramework framework) {
    for (Result result : framework.results()) {
      if (result.level() == ResultLevel.INTERMEDIATE_OUTCOME
          && result.intermediateOutcome().isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static Set<IntermediateOutcome> targetedBy(Partnership partnership) {
    Set<IntermediateOutcome> targeted = EnumSet.noneOf(IntermediateOutcome.class);
    for (ChangeObjective objective : partnership.design().orElseThrow().changeObjectives()) {
      targeted.addAll(objective.targetedOutcomes());
    }
    for (ExchangeActivity activity : partnership.activities()) {
      targeted.addAll(activity.targetedOutcomes());
    }
    return targeted;
  }

  /**
   * An ex-post evaluation looks back at a partnership that is over, so it is dated after the end of
   * the partnership's period (the actual one when known, else the planned one); a partnership whose
   * period has no end has not ended.
   */
  static void exPostAfterEnd(ResultsFramework framework, RuleContext context, Findings findings) {
    List<Evaluation> evaluations = framework.evaluations();
    boolean exPost = false;
    for (int e = 0; e < evaluations.size() && !exPost; e++) {
      exPost = evaluations.get(e).type() == EvaluationType.EX_POST;
    }
    if (!exPost) {
      return;
    }
    Optional<Partnership> partnership = partnershipOf(framework, context);
    Optional<DateRange> period = partnership.flatMap(Partnership::period);
    if (period.isEmpty()) {
      return;
    }
    Optional<LocalDate> end = period.get().end();
    for (int e = 0; e < evaluations.size(); e++) {
      Evaluation evaluation = evaluations.get(e);
      if (evaluation.type() == EvaluationType.EX_POST
          && (end.isEmpty() || !evaluation.date().isAfter(end.get()))) {
        findings.report(
            ResultsEvaluationRules.evaluation(e).member("date"),
            evaluation.date(),
            partnership.get().id(),
            end.map(LocalDate::toString).orElse("none yet"));
      }
    }
  }
}
