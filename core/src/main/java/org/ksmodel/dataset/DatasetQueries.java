package org.ksmodel.dataset;

import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
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

/** The indexes behind the dataset's queries, built in one pass over each collection. */
final class DatasetQueries {
  private final IdIndex<InstitutionId, Institution> institutions;

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

  DatasetQueries(Dataset dataset, IdIndex<InstitutionId, Institution> institutions) {
    this.institutions = institutions;
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
      Institution institution = institutions.get(participation.institution());
      if (institution != null) {
        partnershipsByCountry.addOnce(institution.country(), partnership);
      }
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
}
