package org.ksmodel.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Severity;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.CapacityAssessment;
import org.ksmodel.institution.Institution;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;

/** The institution rules that need the whole dataset: references resolve, parents form no cycle. */
final class InstitutionReferenceRules {
  private static final DataPath PARENT = DataPath.of("parent");

  private InstitutionReferenceRules() {}

  static List<Rule<?>> all() {
    return List.of(
        InstitutionRules.rule(
                "institution.reference.unresolved",
                Severity.ERROR,
                InstitutionReferenceRules::referencesResolve)
            .needingDataset(),
        InstitutionRules.rule(
                "institution.parent.cycle", Severity.ERROR, InstitutionReferenceRules::noCycle)
            .needingDataset());
  }

  private static void referencesResolve(Institution institution, RuleContext context, Findings f) {
    Dataset dataset = context.dataset();
    if (institution.parent().isPresent() && !dataset.contains(institution.parent().get())) {
      Lookups.requireResolves(context, institution.parent().get(), PARENT, f);
    }
    List<CapacityAssessment> assessments = institution.capacityAssessments();
    for (int i = 0; i < assessments.size(); i++) {
      Optional<InstitutionId> assessor = assessments.get(i).assessorInstitution();
      if (assessor.isPresent() && !dataset.contains(assessor.get())) {
        Lookups.requireResolves(
            context,
            assessor.get(),
            InstitutionRules.ASSESSMENTS.index(i).member("assessorInstitution"),
            f);
      }
    }
  }

  /**
   * Follows the parents from the institution and reports when they lead back to it. Brent's cycle
   * detection stops the walk soon after it enters a cycle that does not pass through this
   * institution (that cycle is reported on its own members), and the walk never takes more steps
   * than there are institutions, so it ends on any data. An unresolved parent ends the chain.
   */
  private static void noCycle(Institution institution, RuleContext context, Findings findings) {
    if (institution.parent().isEmpty()) {
      return;
    }
    Dataset dataset = context.dataset();
    InstitutionId self = institution.id();
    InstitutionId tortoise = self;
    InstitutionId hare = institution.parent().get();
    int power = 1;
    int length = 1;
    int limit = dataset.institutions().size() + 1;
    for (int step = 0; step < limit; step++) {
      if (hare.equals(self)) {
        findings.report(PARENT, chain(dataset, institution, limit));
        return;
      }
      if (hare.equals(tortoise)) {
        return;
      }
      if (length == power) {
        tortoise = hare;
        power *= 2;
        length = 0;
      }
      Optional<InstitutionId> next = dataset.institution(hare).flatMap(Institution::parent);
      if (next.isEmpty()) {
        return;
      }
      hare = next.get();
      length++;
    }
  }

  /** The ids of the cycle through the institution, e.g. {@code A -> B -> C -> A}. */
  private static String chain(Dataset dataset, Institution institution, int limit) {
    List<String> ids = new ArrayList<>();
    ids.add(institution.id().value());
    Optional<InstitutionId> next = institution.parent();
    for (int step = 0; step < limit && next.isPresent(); step++) {
      ids.add(next.get().value());
      if (next.get().equals(institution.id())) {
        break;
      }
      next = dataset.institution(next.get()).flatMap(Institution::parent);
    }
    return String.join(" -> ", ids);
  }
}
