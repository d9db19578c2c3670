package org.ksmodel.dataset;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.EntityId;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
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
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;

/**
 * All the aggregates of one document, in the order they were given. Lookups and queries use indexes
 * built once, on first use, in time linear in the size of the data.
 *
 * <p>A dataset may hold dangling references and duplicate ids: it is the validator's job to report
 * them. Lookups return the first entity with an id; {@link #duplicateIds()} names the others. Query
 * results keep the dataset's order.
 *
 * <p>Instances are immutable and safe to share across threads. The indexes behind the lookups and
 * queries are built on first use, once or idempotently, and safely published: threads that first
 * touch them together all see whole indexes.
 */
@Value.Immutable
@KsStyle
public abstract class Dataset {
  // Package-private: only the generated implementation extends a value type.
  Dataset() {}

  public abstract List<Institution> institutions();

  public abstract List<Solution> solutions();

  public abstract List<Partnership> partnerships();

  public abstract List<Funding> fundings();

  public abstract List<ResultsFramework> resultsFrameworks();

  @Value.Lazy
  DatasetIndex index() {
    return new DatasetIndex(this);
  }

  /** The dataset with nothing in it; one shared instance. */
  public static Dataset empty() {
    return Empty.DATASET;
  }

  /** A holder, so the instance is made on first use, after this class is initialised. */
  private static final class Empty {
    static final Dataset DATASET = builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The number of entities of all kinds. */
  public int size() {
    return institutions().size()
        + solutions().size()
        + partnerships().size()
        + fundings().size()
        + resultsFrameworks().size();
  }

  public Optional<Institution> institution(InstitutionId id) {
    return index().institutions.find(id);
  }

  public Optional<Solution> solution(SolutionId id) {
    return index().solutions.find(id);
  }

  public Optional<Partnership> partnership(PartnershipId id) {
    return index().partnerships.find(id);
  }

  public Optional<Funding> funding(FundingId id) {
    return index().fundings.find(id);
  }

  public Optional<ResultsFramework> resultsFramework(ResultsFrameworkId id) {
    return index().resultsFrameworks.find(id);
  }

  /** Whether an entity of the id's kind has this id. */
  public boolean contains(EntityId id) {
    return index().byKind(id.kind()).contains(id);
  }

  /**
   * The position of the first entity with this id in its collection (as in {@code
   * /partnerships/3}), or -1.
   */
  public int positionOf(EntityId id) {
    return index().byKind(id.kind()).position(id);
  }

  /** The ids used by more than one entity of the same kind, in the order first repeated. */
  public Set<EntityId> duplicateIds() {
    return index().duplicateIds();
  }

  /** The institutions based in a country. */
  public List<Institution> institutionsIn(CountryCode country) {
    return index().queries().institutionsByCountry.get(country);
  }

  /** The partnerships in which at least one participating institution is based in a country. */
  public List<Partnership> partnershipsIn(CountryCode country) {
    return index().queries().partnershipsByCountry.get(country);
  }

  /** The partnerships in which an institution takes part, in any role. */
  public List<Partnership> partnershipsOf(InstitutionId institution) {
    return index().queries().partnershipsByInstitution.get(institution);
  }

  public List<Partnership> partnershipsWith(Modality modality) {
    return index().queries().partnershipsByModality.get(modality);
  }

  /**
   * The partnerships in a sector: for a five-digit code, those that name it; for a three-digit
   * category, those that name the category or any code in it.
   */
  public List<Partnership> partnershipsInSector(SectorCode sector) {
    return sector.isCategory()
        ? index().queries().partnershipsBySectorCategory.get(sector)
        : index().queries().partnershipsBySector.get(sector);
  }

  /** The partnerships that name an SDG target. */
  public List<Partnership> partnershipsFor(SdgTarget target) {
    return index().queries().partnershipsByTarget.get(target);
  }

  /** The partnerships that name any target of an SDG goal (1 to 17). */
  public List<Partnership> partnershipsForGoal(int goal) {
    return index().queries().partnershipsByGoal.get(goal);
  }

  /** The projects and actions whose parent is {@code programme}. */
  public List<Partnership> childrenOf(PartnershipId programme) {
    return index().queries().partnershipsByParent.get(programme);
  }

  /** The partnerships that share a solution. */
  public List<Partnership> partnershipsSharing(SolutionId solution) {
    return index().queries().partnershipsBySolution.get(solution);
  }

  public List<Solution> solutionsAt(SolutionStage stage) {
    return index().queries().solutionsByStage.get(stage);
  }

  /** The solutions owned by an institution. */
  public List<Solution> solutionsOwnedBy(InstitutionId owner) {
    return index().queries().solutionsByOwner.get(owner);
  }

  /** The fundings of a partnership. */
  public List<Funding> fundingsOf(PartnershipId partnership) {
    return index().queries().fundingsByPartnership.get(partnership);
  }

  /** The results frameworks of a partnership. */
  public List<ResultsFramework> resultsFrameworksOf(PartnershipId partnership) {
    return index().queries().resultsByPartnership.get(partnership);
  }

  /** Which institutions work with which, through the partnerships of this dataset. */
  public PartnershipNetwork network() {
    return index().network();
  }

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
        + "}";
  }

  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}
  }
}
