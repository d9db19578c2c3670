package org.ksmodel.dataset;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.EntityId;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.KnowledgeRequestId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.common.internal.KsStyle;
import org.ksmodel.funding.Funding;
import org.ksmodel.institution.Institution;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.request.RequestStatus;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;

/**
 * All the aggregates of one document, in the order they were given. Lookups and queries use indexes
 * built once, on first use, in time linear in the size of the data.
 *
 * <p>A dataset may hold dangling references and duplicate ids: it is the validator's job to report
 * them. Lookups return the first entity with an id; {@link #duplicateIds()} names the others. Query
 * results keep the dataset's order and are unmodifiable; a query that matches nothing gives an
 * empty list. Two datasets are equal when they hold equal entities in the same order.
 *
 * <p>Instances are immutable and safe to share across threads. The indexes behind the lookups and
 * queries are built on first use, once or idempotently, and safely published: threads that first
 * touch them together all see whole indexes. The {@link Builder} is not thread-safe.
 */
@Value.Immutable
@KsStyle
public abstract class Dataset {
  // Package-private: only the generated implementation extends a value type.
  Dataset() {}

  /** {@return the institutions, in the order they were given; unmodifiable} */
  public abstract List<Institution> institutions();

  /** {@return the solutions, in the order they were given; unmodifiable} */
  public abstract List<Solution> solutions();

  /** {@return the partnerships, in the order they were given; unmodifiable} */
  public abstract List<Partnership> partnerships();

  /** {@return the fundings, in the order they were given; unmodifiable} */
  public abstract List<Funding> fundings();

  /** {@return the results frameworks, in the order they were given; unmodifiable} */
  public abstract List<ResultsFramework> resultsFrameworks();

  /**
   * {@return the knowledge requests, in the order they were given; unmodifiable} Added in format
   * 1.1.
   */
  public abstract List<KnowledgeRequest> knowledgeRequests();

  @Value.Lazy
  DatasetIndex index() {
    return new DatasetIndex(this);
  }

  /** {@return the dataset with nothing in it; one shared instance} */
  public static Dataset empty() {
    return Empty.DATASET;
  }

  /** A holder, so the instance is made on first use, after this class is initialised. */
  private static final class Empty {
    static final Dataset DATASET = builder().build();
  }

  /** {@return a new builder, with every collection empty} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of entities of all kinds, duplicates included} */
  public int size() {
    return institutions().size()
        + solutions().size()
        + partnerships().size()
        + fundings().size()
        + resultsFrameworks().size()
        + knowledgeRequests().size();
  }

  /**
   * Looks up the institution with an id.
   *
   * @param id the id
   * @return the first institution with the id, or empty when there is none
   */
  public Optional<Institution> institution(InstitutionId id) {
    return index().institutions.find(id);
  }

  /**
   * Looks up the solution with an id.
   *
   * @param id the id
   * @return the first solution with the id, or empty when there is none
   */
  public Optional<Solution> solution(SolutionId id) {
    return index().solutions.find(id);
  }

  /**
   * Looks up the partnership with an id.
   *
   * @param id the id
   * @return the first partnership with the id, or empty when there is none
   */
  public Optional<Partnership> partnership(PartnershipId id) {
    return index().partnerships.find(id);
  }

  /**
   * Looks up the funding with an id.
   *
   * @param id the id
   * @return the first funding with the id, or empty when there is none
   */
  public Optional<Funding> funding(FundingId id) {
    return index().fundings.find(id);
  }

  /**
   * Looks up the results framework with an id.
   *
   * @param id the id
   * @return the first results framework with the id, or empty when there is none
   */
  public Optional<ResultsFramework> resultsFramework(ResultsFrameworkId id) {
    return index().resultsFrameworks.find(id);
  }

  /**
   * Looks up the knowledge request with an id.
   *
   * @param id the id
   * @return the first knowledge request with the id, or empty when there is none
   */
  public Optional<KnowledgeRequest> knowledgeRequest(KnowledgeRequestId id) {
    return index().knowledgeRequests.find(id);
  }

  /**
   * Tells whether an id resolves; an id of one kind never finds an entity of another.
   *
   * @param id the id of any kind
   * @return whether an entity of the id's kind has this id
   */
  public boolean contains(EntityId id) {
    return index().byKind(id.kind()).contains(id);
  }

  /**
   * Finds where an entity sits in its collection, for paths such as {@code /partnerships/3}.
   *
   * @param id the id of any kind
   * @return the position, from 0, of the first entity with this id in the collection of its kind,
   *     or -1 when there is none
   */
  public int positionOf(EntityId id) {
    return index().byKind(id.kind()).position(id);
  }

  /**
   * {@return the ids used by more than one entity of the same kind, each once, in the order they
   * are first repeated; unmodifiable}
   */
  public Set<EntityId> duplicateIds() {
    return index().duplicateIds();
  }

  /**
   * Finds the institutions based in a country; an institution without a country is in none.
   *
   * @param country the country
   * @return the institutions whose country it is
   */
  public List<Institution> institutionsIn(CountryCode country) {
    return index().queries().institutionsByCountry.get(country);
  }

  /**
   * Finds the partnerships with a participant based in a country. Only participants that are
   * institutions of this dataset with a country count: the country of an unresolved one is unknown.
   *
   * @param country the country
   * @return the partnerships in which at least one participating institution is based in {@code
   *     country}
   */
  public List<Partnership> partnershipsIn(CountryCode country) {
    return index().queries().partnershipsByCountry.get(country);
  }

  /**
   * Finds the partnerships of an institution, whether or not the institution is in this dataset.
   *
   * @param institution the institution's id
   * @return the partnerships in which the institution takes part, in any role
   */
  public List<Partnership> partnershipsOf(InstitutionId institution) {
    return index().queries().partnershipsByInstitution.get(institution);
  }

  /**
   * Finds the partnerships of one modality, e.g. every triangular partnership.
   *
   * @param modality the modality
   * @return the partnerships of that modality
   */
  public List<Partnership> partnershipsWith(Modality modality) {
    return index().queries().partnershipsByModality.get(modality);
  }

  /**
   * Finds the partnerships in a sector: for a five-digit code, those that name it; for a
   * three-digit category, those that name the category or any code in it.
   *
   * @param sector a purpose code or a category
   * @return the partnerships in the sector
   */
  public List<Partnership> partnershipsInSector(SectorCode sector) {
    return sector.isCategory()
        ? index().queries().partnershipsBySectorCategory.get(sector)
        : index().queries().partnershipsBySector.get(sector);
  }

  /**
   * Finds the partnerships that contribute to an SDG target.
   *
   * @param target the target
   * @return the partnerships that name the target
   */
  public List<Partnership> partnershipsFor(SdgTarget target) {
    return index().queries().partnershipsByTarget.get(target);
  }

  /**
   * Finds the partnerships that contribute to an SDG goal, named as a goal or through any of its
   * targets.
   *
   * @param goal the goal, 1 to 17
   * @return the partnerships that name the goal or a target of it; empty for a number that is not a
   *     goal
   */
  public List<Partnership> partnershipsForGoal(int goal) {
    return index().queries().partnershipsByGoal.get(goal);
  }

  /**
   * Finds the projects and actions of a programme.
   *
   * @param programme the programme's id
   * @return the partnerships whose parent is {@code programme}
   */
  public List<Partnership> childrenOf(PartnershipId programme) {
    return index().queries().partnershipsByParent.get(programme);
  }

  /**
   * Finds the partnerships through which a solution is shared.
   *
   * @param solution the solution's id
   * @return the partnerships that name the solution
   */
  public List<Partnership> partnershipsSharing(SolutionId solution) {
    return index().queries().partnershipsBySolution.get(solution);
  }

  /**
   * Finds the solutions at one stage of their life, e.g. every validated solution.
   *
   * @param stage the stage
   * @return the solutions at that stage
   */
  public List<Solution> solutionsAt(SolutionStage stage) {
    return index().queries().solutionsByStage.get(stage);
  }

  /**
   * Finds the solutions of an institution.
   *
   * @param owner the institution's id
   * @return the solutions it owns
   */
  public List<Solution> solutionsOwnedBy(InstitutionId owner) {
    return index().queries().solutionsByOwner.get(owner);
  }

  /**
   * Finds the money behind a partnership.
   *
   * @param partnership the partnership's id
   * @return the fundings that name the partnership
   */
  public List<Funding> fundingsOf(PartnershipId partnership) {
    return index().queries().fundingsByPartnership.get(partnership);
  }

  /**
   * Finds the results frameworks of a partnership.
   *
   * @param partnership the partnership's id
   * @return the results frameworks that name the partnership
   */
  public List<ResultsFramework> resultsFrameworksOf(PartnershipId partnership) {
    return index().queries().resultsByPartnership.get(partnership);
  }

  /**
   * Finds the knowledge requests at one status, e.g. every open request.
   *
   * @param status the status
   * @return the requests with that status
   */
  public List<KnowledgeRequest> knowledgeRequestsWith(RequestStatus status) {
    return index().queries().requestsByStatus.get(status);
  }

  /**
   * Finds the knowledge requests of an institution, whether or not it is in this dataset.
   *
   * @param requester the institution's id
   * @return the requests it made
   */
  public List<KnowledgeRequest> knowledgeRequestsOf(InstitutionId requester) {
    return index().queries().requestsByRequester.get(requester);
  }

  /**
   * Finds the knowledge requests that a partnership answered.
   *
   * @param partnership the partnership's id
   * @return the requests that name the partnership among their answers
   */
  public List<KnowledgeRequest> knowledgeRequestsAnsweredBy(PartnershipId partnership) {
    return index().queries().requestsByPartnership.get(partnership);
  }

  /**
   * Finds the knowledge requests that a solution answered.
   *
   * @param solution the solution's id
   * @return the requests that name the solution among their answers
   */
  public List<KnowledgeRequest> knowledgeRequestsAnsweredBy(SolutionId solution) {
    return index().queries().requestsBySolution.get(solution);
  }

  /**
   * {@return which institutions work with which, through the partnerships of this dataset} Built on
   * first use.
   */
  public PartnershipNetwork network() {
    return index().network();
  }

  /** {@return the number of entities of each kind, e.g. {@code Dataset{institutions=2, ...}}} */
  @Override
  public String toString() {
    return "Dataset{institutions="
        + institutions().size()
        + ", solutions="
        + solutions().size()
        + ", partnerships="
        + partnerships().size()
        + ", fundings="
        + fundings().size()
        + ", resultsFrameworks="
        + resultsFrameworks().size()
        + ", knowledgeRequests="
        + knowledgeRequests().size()
        + "}";
  }

  /**
   * Builds datasets: add entities with {@code addInstitutions}, {@code addPartnerships} and the
   * like, then call {@code build()}. Nothing is checked beyond nulls: duplicates and dangling
   * references are the validator's to report. Not thread-safe.
   */
  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}
  }
}
