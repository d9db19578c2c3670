package org.ksmodel.validation.rules;

import java.util.List;
import java.util.Optional;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.EntityId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.Severity;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.solution.Adoption;
import org.ksmodel.solution.CriterionAssessment;
import org.ksmodel.solution.Solution;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;

/**
 * The solution rules that need the whole dataset: references resolve and agree with the solution.
 */
final class SolutionReferenceRules {
  private static final DataPath OWNER = DataPath.of("owner");
  private static final DataPath IMPLEMENTERS = DataPath.of("implementingInstitutions");

  private SolutionReferenceRules() {}

  static List<Rule<?>> all() {
    return List.of(
        SolutionRules.rule(
                "solution.reference.unresolved",
                Severity.ERROR,
                SolutionReferenceRules::referencesResolve)
            .needingDataset(),
        SolutionRules.rule(
                "solution.adoption.partnership.unshared",
                Severity.WARNING,
                SolutionReferenceRules::adoptedThroughSharing)
            .needingDataset(),
        SolutionRules.rule(
                "solution.adoption.institution.country",
                Severity.WARNING,
                SolutionReferenceRules::adopterInCountry)
            .needingDataset());
  }

  private static void referencesResolve(Solution solution, RuleContext context, Findings f) {
    resolve(context, solution.owner(), OWNER, f);
    List<InstitutionId> implementers = solution.implementingInstitutions();
    for (int i = 0; i < implementers.size(); i++) {
      if (!context.dataset().contains(implementers.get(i))) {
        Lookups.requireResolves(context, implementers.get(i), IMPLEMENTERS.index(i), f);
      }
    }
    List<CriterionAssessment> assessments = solution.criteriaAssessments();
    for (int i = 0; i < assessments.size(); i++) {
      Optional<InstitutionId> assessor = assessments.get(i).assessor();
      if (assessor.isPresent() && !context.dataset().contains(assessor.get())) {
        Lookups.requireResolves(
            context, assessor.get(), SolutionRules.CRITERIA.index(i).member("assessor"), f);
      }
    }
    List<Adoption> adoptions = solution.adoptions();
    for (int i = 0; i < adoptions.size(); i++) {
      Optional<InstitutionId> institution = adoptions.get(i).institution();
      if (institution.isPresent() && !context.dataset().contains(institution.get())) {
        Lookups.requireResolves(
            context, institution.get(), SolutionRules.ADOPTIONS.index(i).member("institution"), f);
      }
      Optional<PartnershipId> partnership = adoptions.get(i).partnership();
      if (partnership.isPresent() && !context.dataset().contains(partnership.get())) {
        Lookups.requireResolves(
            context, partnership.get(), SolutionRules.ADOPTIONS.index(i).member("partnership"), f);
      }
    }
  }

  private static void resolve(RuleContext context, EntityId id, DataPath path, Findings findings) {
    if (!context.dataset().contains(id)) {
      Lookups.requireResolves(context, id, path, findings);
    }
  }

  /** The partnership through which a solution travelled lists it among the solutions it shares. */
  private static void adoptedThroughSharing(Solution solution, RuleContext context, Findings f) {
    List<Adoption> adoptions = solution.adoptions();
    for (int i = 0; i < adoptions.size(); i++) {
      Optional<PartnershipId> id = adoptions.get(i).partnership();
      if (id.isEmpty()) {
        continue;
      }
      Optional<Partnership> partnership = context.dataset().partnership(id.get());
      if (partnership.isPresent() && !partnership.get().solutions().contains(solution.id())) {
        f.report(SolutionRules.ADOPTIONS.index(i).member("partnership"), id.get(), solution.id());
      }
    }
  }

  /**
   * The adopting institution is based in the country of the adoption. Multilaterals and regional
   * networks are exempt: their seat is not where they work.
   */
  private static void adopterInCountry(Solution solution, RuleContext context, Findings f) {
    List<Adoption> adoptions = solution.adoptions();
    for (int i = 0; i < adoptions.size(); i++) {
      Adoption adoption = adoptions.get(i);
      if (adoption.institution().isEmpty()) {
        continue;
      }
      Optional<Institution> adopter = context.dataset().institution(adoption.institution().get());
      // An adopter of unknown country cannot contradict the adoption's country.
      if (adopter.isPresent()
          && adopter.get().country().isPresent()
          && !adopter.get().type().filter(InstitutionType.MULTILATERAL::equals).isPresent()
          && !adopter.get().type().filter(InstitutionType.REGIONAL_NETWORK::equals).isPresent()
          && !adopter.get().country().get().equals(adoption.country())) {
        f.report(
            SolutionRules.ADOPTIONS.index(i).member("country"),
            adoption.country(),
            adopter.get().id(),
            adopter.get().country().get());
      }
    }
  }
}
