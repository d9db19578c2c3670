package org.ksmodel.dataset;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ksmodel.common.EntityId;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.KnowledgeRequestId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.SolutionId;
import org.ksmodel.funding.Funding;
import org.ksmodel.institution.Institution;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;

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
  final IdIndex<KnowledgeRequestId, KnowledgeRequest> knowledgeRequests;

  private volatile DatasetQueries queries;
  private volatile PartnershipNetwork network;

  DatasetIndex(Dataset dataset) {
    this.dataset = dataset;
    institutions = new IdIndex<>(dataset.institutions(), Institution::id, duplicates);
    solutions = new IdIndex<>(dataset.solutions(), Solution::id, duplicates);
    partnerships = new IdIndex<>(dataset.partnerships(), Partnership::id, duplicates);
    fundings = new IdIndex<>(dataset.fundings(), Funding::id, duplicates);
    resultsFrameworks =
        new IdIndex<>(dataset.resultsFrameworks(), ResultsFramework::id, duplicates);
    knowledgeRequests =
        new IdIndex<>(dataset.knowledgeRequests(), KnowledgeRequest::id, duplicates);
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
      case KNOWLEDGE_REQUEST:
        return knowledgeRequests;
      default:
        throw new AssertionError(kind);
    }
  }

  Set<EntityId> duplicateIds() {
    return Collections.unmodifiableSet(duplicates);
  }

  /** The indexes of the queries, built on the first query: validation needs few of them. */
  DatasetQueries queries() {
    DatasetQueries built = queries;
    if (built == null) {
      built = new DatasetQueries(dataset, institutions);
      queries = built;
    }
    return built;
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
