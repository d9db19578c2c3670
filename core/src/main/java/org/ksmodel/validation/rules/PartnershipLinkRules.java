package org.ksmodel.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ksmodel.common.Code;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.EntityId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.Severity;
import org.ksmodel.common.SolutionId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.RelatedPartnership;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;
import org.ksmodel.validation.Subject;

/**
 * The partnership rules on its links: the institutions, solutions and parent programme it names.
 * All but the repeated-solution check read the dataset.
 */
final class PartnershipLinkRules {
  private static final DataPath PARENT = DataPath.of("parent");
  private static final DataPath SOLUTIONS = DataPath.of("solutions");
  private static final Code PARENT_TYPE = Code.of(RelatedPartnership.TYPE_VOCABULARY, "1");

  /** The longest cycle of parents that {@code partnership.parent.cycle} finds. */
  static final int MAX_WALK = 1_000;

  private PartnershipLinkRules() {}

  static List<Rule<?>> all() {
    return List.of(
        Rule.of(
                "partnership.reference.unresolved",
                Severity.ERROR,
                Subject.PARTNERSHIP,
                PartnershipLinkRules::referencesResolve)
            .needingDataset(),
        Rule.of(
                "partnership.parent.form",
                Severity.ERROR,
                Subject.PARTNERSHIP,
                PartnershipLinkRules::parentIsProgramme)
            .needingDataset(),
        Rule.of(
                "partnership.parent.cycle",
                Severity.ERROR,
                Subject.PARTNERSHIP,
                PartnershipLinkRules::noParentCycle)
            .needingDataset(),
        Rule.of(
                "partnership.parent.period",
                Severity.WARNING,
                Subject.PARTNERSHIP,
                PartnershipLinkRules::insideParentPeriod)
            .needingDataset(),
        Rule.of(
                "partnership.solution.stage",
                Severity.WARNING,
                Subject.PARTNERSHIP,
                PartnershipLinkRules::solutionsValidated)
            .needingDataset(),
        Rule.of(
            "partnership.related.parent",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipLinkRules::publishedParentAgrees),
        Rule.of(
            "partnership.solution.duplicate",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipLinkRules::solutionListedOnce));
  }

  private static void referencesResolve(Partnership p, RuleContext context, Findings findings) {
    // Paths are built only for what does not resolve.
    Dataset dataset = context.dataset();
    for (int i = 0; i < p.participations().size(); i++) {
      EntityId institution = p.participations().get(i).institution();
      if (!dataset.contains(institution)) {
        Lookups.requireResolves(
            context,
            institution,
            DataPath.of("participations").index(i).member("institution"),
            findings);
      }
    }
    List<SolutionId> solutions = p.solutions();
    for (int i = 0; i < solutions.size(); i++) {
      if (!dataset.contains(solutions.get(i))) {
        Lookups.requireResolves(context, solutions.get(i), SOLUTIONS.index(i), findings);
      }
    }
    if (p.parent().isPresent() && !dataset.contains(p.parent().get())) {
      Lookups.requireResolves(context, p.parent().get(), PARENT, findings);
    }
    Optional<InstitutionId> reporting = p.reportingInstitution();
    if (reporting.isPresent() && !dataset.contains(reporting.get())) {
      Lookups.requireResolves(
          context, reporting.get(), DataPath.of("reportingInstitution"), findings);
    }
  }

  /** SEGIB: projects and actions belong to a programme. */
  private static void parentIsProgramme(Partnership p, RuleContext context, Findings findings) {
    if (p.parent().isEmpty()) {
      return;
    }
    Optional<Partnership> parent = context.dataset().partnership(p.parent().get());
    if (parent.isPresent() && parent.get().form() != PartnershipForm.PROGRAMME) {
      findings.report(PARENT, p.parent().get(), parent.get().form());
    }
  }

  /**
   * Follows parents until the chain ends, leaves the dataset, or comes back to this partnership.
   * Brent's cycle detection stops the walk as soon as it enters a cycle that does not hold this
   * partnership (its members report it), without memory. The walk also stops after {@link
   * #MAX_WALK} steps, so that a long chain costs each partnership at most that much: real
   * hierarchies have two levels (programme, project), and every link of a longer chain already
   * breaks {@code partnership.parent.form} or {@code partnership.programme.parent}.
   */
  private static void noParentCycle(Partnership p, RuleContext context, Findings findings) {
    if (p.parent().isEmpty()) {
      return;
    }
    Dataset dataset = context.dataset();
    PartnershipId start = p.id();
    PartnershipId tortoise = start;
    PartnershipId hare = p.parent().get();
    int power = 1;
    int length = 1;
    for (int steps = 1; steps <= MAX_WALK; steps++) {
      if (hare.equals(start)) {
        findings.report(PARENT, p.parent().get(), steps);
        return;
      }
      if (hare.equals(tortoise)) {
        return;
      }
      if (power == length) {
        tortoise = hare;
        power *= 2;
        length = 0;
      }
      Optional<Partnership> next = dataset.partnership(hare);
      if (next.isEmpty() || next.get().parent().isEmpty()) {
        return;
      }
      hare = next.get().parent().get();
      length++;
    }
  }

  /**
   * A project or action runs within its programme's period (each judged by {@link
   * Partnership#period()}: actual when known, otherwise planned).
   */
  private static void insideParentPeriod(Partnership p, RuleContext context, Findings findings) {
    Optional<DateRange> own = p.period();
    if (p.parent().isEmpty() || own.isEmpty()) {
      return;
    }
    Optional<Partnership> parent = context.dataset().partnership(p.parent().get());
    if (parent.isEmpty()) {
      return;
    }
    Optional<DateRange> parentPeriod = parent.get().period();
    if (parentPeriod.isPresent() && !parentPeriod.get().encloses(own.get())) {
      findings.report(
          DataPath.of(p.periodIsActual() ? "actualPeriod" : "plannedPeriod"),
          own.get(),
          p.parent().get(),
          parentPeriod.get());
    }
  }

  /**
   * What a partnership shares should have passed the catalogue's criteria (VALIDATED or later). A
   * RETIRED solution is fine in a partnership that is over: it may have been retired since.
   */
  private static void solutionsValidated(Partnership p, RuleContext context, Findings findings) {
    Dataset dataset = context.dataset();
    boolean over =
        p.status() == PartnershipStatus.COMPLETED || p.status() == PartnershipStatus.CANCELLED;
    List<SolutionId> solutions = p.solutions();
    for (int i = 0; i < solutions.size(); i++) {
      Optional<Solution> solution = dataset.solution(solutions.get(i));
      if (solution.isEmpty()) {
        continue;
      }
      SolutionStage stage = solution.get().stage();
      boolean fine =
          stage.isAtLeast(SolutionStage.VALIDATED) || (over && stage == SolutionStage.RETIRED);
      if (!fine) {
        findings.report(SOLUTIONS.index(i), solutions.get(i), stage);
      }
    }
  }

  /**
   * The KS parent and the parents published as related partnerships (type 1) agree: when both are
   * given, one of the published parents is the KS parent.
   */
  private static void publishedParentAgrees(Partnership p, RuleContext context, Findings findings) {
    if (p.parent().isEmpty()) {
      return;
    }
    List<PartnershipId> published = new ArrayList<>(1);
    for (RelatedPartnership related : p.relatedPartnerships()) {
      if (related.type().equals(PARENT_TYPE)) {
        if (related.partnership().equals(p.parent().get())) {
          return;
        }
        published.add(related.partnership());
      }
    }
    if (!published.isEmpty()) {
      findings.report(PARENT, p.parent().get(), published);
    }
  }

  private static void solutionListedOnce(Partnership p, RuleContext context, Findings findings) {
    List<SolutionId> solutions = p.solutions();
    PartnershipRules.forEachRepeat(
        solutions,
        id -> id,
        (index, first) -> findings.report(SOLUTIONS.index(index), solutions.get(index), first));
  }
}
