package org.ksmodel.dataset;

import java.util.List;
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
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.request.RequestStatus;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;

/** The indexes behind the dataset's queries, built in one pass over each collection. */
final class DatasetQueries {
  private static final int FEW = 16;

  final MultiIndex<CountryCode, Institution> institutionsByCountry;
  final MultiIndex<CountryCode, Partnership> partnershipsByCountry;
  final MultiIndex<InstitutionId, Partnership> partnershipsByInstitution;
  final MultiIndex<Modality, Partnership> partnershipsByModality;
  final MultiIndex<SectorCode, Partnership> partnershipsBySector;
  final MultiIndex<SectorCode, Partnership> partnershipsBySectorCategory;
  final MultiIndex<SdgTarget, Partnership> partnershipsByTarget;
  final MultiIndex<Integer, Partnership> partnershipsByGoal;
  final MultiIndex<PartnershipId, Partnership> partnershipsByParent;
  final MultiIndex<SolutionId, Partnership> partnershipsBySolution;
  final MultiIndex<SolutionStage, Solution> solutionsByStage;
  final MultiIndex<InstitutionId, Solution> solutionsByOwner;
  final MultiIndex<PartnershipId, Funding> fundingsByPartnership;
  final MultiIndex<PartnershipId, ResultsFramework> resultsByPartnership;
  final MultiIndex<RequestStatus, KnowledgeRequest> requestsByStatus;
  final MultiIndex<InstitutionId, KnowledgeRequest> requestsByRequester;
  final MultiIndex<PartnershipId, KnowledgeRequest> requestsByPartnership;
  final MultiIndex<SolutionId, KnowledgeRequest> requestsBySolution;

  DatasetQueries(Dataset dataset, IdIndex<InstitutionId, Institution> institutions) {
    List<Institution> institutionList = dataset.institutions();
    MultiIndex.Builder<CountryCode, Institution> byCountry =
        MultiIndex.builder(institutionList, FEW);
    for (int i = 0; i < institutionList.size(); i++) {
      int position = i;
      institutionList.get(i).country().ifPresent(country -> byCountry.add(country, position));
    }
    institutionsByCountry = byCountry.build();

    PartnershipIndexer partnerships = new PartnershipIndexer(dataset, institutions);
    partnershipsByCountry = partnerships.byCountry.build();
    partnershipsByInstitution = partnerships.byInstitution.build();
    partnershipsByModality = partnerships.byModality.build();
    partnershipsBySector = partnerships.bySector.build();
    partnershipsBySectorCategory = partnerships.bySectorCategory.build();
    partnershipsByTarget = partnerships.byTarget.build();
    partnershipsByGoal = partnerships.byGoal.build();
    partnershipsByParent = partnerships.byParent.build();
    partnershipsBySolution = partnerships.bySolution.build();

    List<Solution> solutions = dataset.solutions();
    MultiIndex.Builder<SolutionStage, Solution> byStage = MultiIndex.builder(solutions, FEW);
    MultiIndex.Builder<InstitutionId, Solution> byOwner =
        MultiIndex.builder(solutions, solutions.size());
    for (int i = 0; i < solutions.size(); i++) {
      byStage.add(solutions.get(i).stage(), i);
      byOwner.add(solutions.get(i).owner(), i);
    }
    solutionsByStage = byStage.build();
    solutionsByOwner = byOwner.build();

    List<Funding> fundings = dataset.fundings();
    MultiIndex.Builder<PartnershipId, Funding> fundingsOf =
        MultiIndex.builder(fundings, fundings.size());
    for (int i = 0; i < fundings.size(); i++) {
      int position = i;
      fundings.get(i).partnership().ifPresent(id -> fundingsOf.add(id, position));
    }
    fundingsByPartnership = fundingsOf.build();

    List<ResultsFramework> frameworks = dataset.resultsFrameworks();
    MultiIndex.Builder<PartnershipId, ResultsFramework> resultsOf =
        MultiIndex.builder(frameworks, frameworks.size());
    for (int i = 0; i < frameworks.size(); i++) {
      int position = i;
      frameworks.get(i).partnership().ifPresent(id -> resultsOf.add(id, position));
    }
    resultsByPartnership = resultsOf.build();

    List<KnowledgeRequest> requests = dataset.knowledgeRequests();
    MultiIndex.Builder<RequestStatus, KnowledgeRequest> byStatus =
        MultiIndex.builder(requests, FEW);
    MultiIndex.Builder<InstitutionId, KnowledgeRequest> byRequester =
        MultiIndex.builder(requests, requests.size());
    MultiIndex.Builder<PartnershipId, KnowledgeRequest> byPartnership =
        MultiIndex.builder(requests, requests.size());
    MultiIndex.Builder<SolutionId, KnowledgeRequest> bySolution =
        MultiIndex.builder(requests, requests.size());
    for (int i = 0; i < requests.size(); i++) {
      KnowledgeRequest request = requests.get(i);
      byStatus.add(request.status(), i);
      byRequester.add(request.requester(), i);
      for (PartnershipId partnership : request.partnerships()) {
        byPartnership.addOnce(partnership, i);
      }
      for (SolutionId solution : request.solutions()) {
        bySolution.addOnce(solution, i);
      }
    }
    requestsByStatus = byStatus.build();
    requestsByRequester = byRequester.build();
    requestsByPartnership = byPartnership.build();
    requestsBySolution = bySolution.build();
  }

  /** Every index over partnerships, filled in one pass over them. */
  private static final class PartnershipIndexer {
    final MultiIndex.Builder<CountryCode, Partnership> byCountry;
    final MultiIndex.Builder<InstitutionId, Partnership> byInstitution;
    final MultiIndex.Builder<Modality, Partnership> byModality;
    final MultiIndex.Builder<SectorCode, Partnership> bySector;
    final MultiIndex.Builder<SectorCode, Partnership> bySectorCategory;
    final MultiIndex.Builder<SdgTarget, Partnership> byTarget;
    final MultiIndex.Builder<Integer, Partnership> byGoal;
    final MultiIndex.Builder<PartnershipId, Partnership> byParent;
    final MultiIndex.Builder<SolutionId, Partnership> bySolution;

    private final IdIndex<InstitutionId, Institution> institutions;

    /**
     * The number of each institution's country in {@link #byCountry}, by the institution's
     * position: found in one pass over the institutions, so resolving a participant's country reads
     * an int instead of the institution, wherever in memory it is.
     */
    private final int[] countryNumbers;

    PartnershipIndexer(Dataset dataset, IdIndex<InstitutionId, Institution> institutions) {
      this.institutions = institutions;
      List<Partnership> partnerships = dataset.partnerships();
      byCountry = MultiIndex.builder(partnerships, FEW);
      byInstitution = MultiIndex.builder(partnerships, dataset.institutions().size());
      byModality = MultiIndex.builder(partnerships, FEW);
      bySector = MultiIndex.builder(partnerships, FEW);
      bySectorCategory = MultiIndex.builder(partnerships, FEW);
      byTarget = MultiIndex.builder(partnerships, FEW);
      byGoal = MultiIndex.builder(partnerships, FEW);
      byParent = MultiIndex.builder(partnerships, FEW);
      bySolution = MultiIndex.builder(partnerships, dataset.solutions().size());
      List<Institution> institutionList = dataset.institutions();
      countryNumbers = new int[institutionList.size()];
      for (int i = 0; i < countryNumbers.length; i++) {
        // -1: an institution without a country puts its partnerships in no country.
        countryNumbers[i] = institutionList.get(i).country().map(byCountry::numberOf).orElse(-1);
      }
      for (int i = 0; i < partnerships.size(); i++) {
        add(partnerships.get(i), i);
      }
    }

    private void add(Partnership partnership, int position) {
      byModality.add(partnership.modality(), position);
      partnership.parent().ifPresent(parent -> byParent.add(parent, position));
      for (Participation participation : partnership.participations()) {
        byInstitution.addOnce(participation.institution(), position);
        int institution = institutions.position(participation.institution());
        if (institution >= 0 && countryNumbers[institution] >= 0) {
          byCountry.addOnceByNumber(countryNumbers[institution], position);
        }
      }
      for (SectorCode sector : partnership.dacSectors()) {
        bySector.addOnce(sector, position);
        bySectorCategory.addOnce(sector.category(), position);
      }
      for (SdgTarget target : partnership.sdgTargets()) {
        byTarget.addOnce(target, position);
        byGoal.addOnce(target.goal(), position);
      }
      for (Integer goal : partnership.sdgGoals()) {
        byGoal.addOnce(goal, position);
      }
      for (SolutionId solution : partnership.solutions()) {
        bySolution.addOnce(solution, position);
      }
    }
  }
}
