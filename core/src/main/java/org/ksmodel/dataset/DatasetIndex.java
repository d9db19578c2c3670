package org.ksmodel.dataset;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.EntityId;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.funding.Funding;
import org.ksmodel.institution.Institution;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;

/**
 * The indexes of a dataset, built in one pass over each collection, so the cost stays linear in the
 * number of entities and references. The network is built on first use only.
 */
final class DatasetIndex {
  private final Dataset dataset;
  private final Set<EntityId> duplicates = new LinkedHashSet<>();

  final IdIndex<InstitutionId, Institution> institutions;
  final IdIndex<SolutionId, Solution> solutions;
  final IdIndex<PartnershipId, Partnership> partnerships;
  final IdIndex<FundingId, Funding> fundings;
  final IdIndex<ResultsFrameworkId, ResultsFramework> resultsFrameworks;

  final MultiIndex<CountryCode, Institution> institutionsByCountry = new MultiIndex<>();
  final MultiIndex<CountryCode, Partnership> partnershipsByCountry = new MultiIndex<>();
  final MultiIndex<InstitutionId, Partnership> partnershipsByInstitution = new MultiIndex<>();
  final MultiIndex<Modality, Partnership> partnershipsByModality = new MultiIndex<>();
  final MultiIndex<SectorCode, Partnership> partnershipsBySector = new MultiIndex<>();
  final MultiIndex<SectorCode, Partnership> partnershipsBySectorCategory = new MultiIndex<>();
  final MultiIndex<SdgTarget, Partnership> partnershipsByTarget = new MultiIndex<>();
  final MultiIndex<Integer, Partnership> partnershipsByGoal = new MultiIndex<>();
  final MultiIndex<PartnershipId, Partnership> partnershipsByParent = new MultiIndex<>();
  final MultiIndex<SolutionId, Partnership> partnershipsBySolution = new MultiIndex<>();
  final MultiIndex<SolutionStage, Solution> solutionsByStage = new MultiIndex<>();
  final MultiIndex<InstitutionId, Solution> solutionsByOwner = new MultiIndex<>();
  final MultiIndex<PartnershipId, Funding> fundingsByPartnership = new MultiIndex<>();
  final MultiIndex<PartnershipId, ResultsFramework> resultsByPartnership = new MultiIndex<>();

  private volatile PartnershipNetwork network;

  DatasetIndex(Dataset dataset) {
    this.dataset = dataset;
    institutions = new IdIndex<>(dataset.institutions(), Institution::id, duplicates);
    solutions = new IdIndex<>(dataset.solutions(), Solution::id, duplicates);
    partnerships = new IdIndex<>(dataset.partnerships(), Partnership::id, duplicates);
    fundings = new IdIndex<>(dataset.fundings(), Funding::id, duplicates);
    resultsFrameworks =
        new IdIndex<>(dataset.resultsFrameworks(), ResultsFramework::id, duplicates);
    for (Institution institution : dataset.institutions()) {
      institutionsByCountry.add(institution.country(), institution);
    }
    for (Partnership partnership : dataset.partnerships()) {
      indexPartnership(partnership);
    }
    for (Solution solution : dataset.solutions()) {
      solutionsByStage.add(solution.stage(), solution);
      solutionsByOwner.add(solution.owner(), solution);
    }
    for (Funding funding : dataset.fundings()) {
      funding.partnership().ifPresent(id -> fundingsByPartnership.add(id, funding));
    }
    for (ResultsFramework framework : dataset.resultsFrameworks()) {
      framework.partnership().ifPresent(id -> resultsByPartnership.add(id, framework));
    }
  }

  private void indexPartnership(Partnership partnership) {
    partnershipsByModality.add(partnership.modality(), partnership);
    partnership.parent().ifPresent(parent -> partnershipsByParent.add(parent, partnership));
    for (Participation participation : partnership.participations()) {
      partnershipsByInstitution.addOnce(participation.institution(), partnership);
      institutions
          .find(participation.institution())
          .ifPresent(
              institution -> partnershipsByCountry.addOnce(institution.country(), partnership));
    }
    for (SectorCode sector : partnership.sectors()) {
      partnershipsBySector.addOnce(sector, partnership);
      partnershipsBySectorCategory.addOnce(sector.category(), partnership);
    }
    for (SdgTarget target : partnership.sdgTargets()) {
      partnershipsByTarget.addOnce(target, partnership);
      partnershipsByGoal.addOnce(target.goal(), partnership);
    }
    for (SolutionId solution : partnership.solutions()) {
      partnershipsBySolution.addOnce(solution, partnership);
    }
  }

  IdIndex<?, ?> byKind(EntityKind kind) {
    switch (kind) {
      case INSTITUTION:
        return institutions;
      case SOLUTION:
        return solutions;
      case PARTNERSHIP:
        return partnerships;
      case FUNDING:
        return fundings;
      case RESULTS_FRAMEWORK:
        return resultsFrameworks;
      default:
        throw new AssertionError(kind);
    }
  }

  Set<EntityId> duplicateIds() {
    return Collections.unmodifiableSet(duplicates);
  }

  PartnershipNetwork network() {
    PartnershipNetwork built = network;
    if (built == null) {
      built = PartnershipNetwork.of(dataset.partnerships());
      network = built;
    }
    return built;
  }
}
