package org.ksmodel.solution;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.Entity;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.common.internal.KsStyle;

/**
 * A development solution, or good practice: something an institution did that worked, documented so
 * that others can learn from it and adapt it. It moves along a {@link SolutionStage} life cycle in
 * a catalogue, is validated by {@link CriterionAssessment}s, packaged in {@link KnowledgeProduct}s
 * and taken up elsewhere ({@link Adoption}s).
 *
 * <p>Whether the stage fits the content (a VALIDATED solution with its mandatory criteria met, ...)
 * is a business rule that the validator checks, so a solution in any state can be built.
 */
@Value.Immutable
@KsStyle
// Immutables would merge Builder.from over Entity, whose id has another type; from takes a
// Solution.
@SuppressWarnings("immutables:from")
public abstract class Solution implements Entity {
  // Package-private: only the generated implementation extends a value type.
  Solution() {}

  /** {@return {@link EntityKind#SOLUTION}, always} */
  @Override
  public final EntityKind kind() {
    return EntityKind.SOLUTION;
  }

  /** How {@link #currentAssessments()} picks one assessment per criterion. */
  private static final Comparator<CriterionAssessment> NEWER_DATED_FIRST_UNDATED_OLDEST =
      Comparator.comparing(
          (CriterionAssessment assessment) -> assessment.date().orElse(null),
          Comparator.nullsFirst(Comparator.naturalOrder()));

  /** The solution's id. */
  public abstract SolutionId id();

  /** The title, e.g. "Conditional cash transfers for families in extreme poverty". */
  public abstract LocalizedText title();

  /** The development challenge the solution addresses. */
  public abstract Optional<LocalizedText> challenge();

  /** What the solution does and how. */
  public abstract Optional<LocalizedText> description();

  /** The results achieved and the evidence of them. */
  public abstract Optional<LocalizedText> resultsEvidence();

  /** What was learnt, including what did not work. */
  public abstract Optional<LocalizedText> lessons();

  /** The country where the solution was developed. */
  public abstract CountryCode originCountry();

  /** The institution that owns the solution and puts it forward. */
  public abstract InstitutionId owner();

  /** Other institutions that implemented it. */
  public abstract List<InstitutionId> implementingInstitutions();

  /** When the solution was implemented, when known. */
  public abstract Optional<DateRange> period();

  /** The DAC sectors it belongs to. */
  public abstract List<SectorCode> sectors();

  /** The SDG targets it contributes to. */
  public abstract List<SdgTarget> sdgTargets();

  /** The languages in which it is documented. */
  public abstract List<LanguageCode> languages();

  /** Where it stands in the catalogue's life cycle; IDENTIFIED unless stated. */
  @Value.Default
  public SolutionStage stage() {
    return SolutionStage.IDENTIFIED;
  }

  /** The judgements against validation criteria, in any order; a criterion may be reassessed. */
  public abstract List<CriterionAssessment> criteriaAssessments();

  /** The products that package the solution. */
  public abstract List<KnowledgeProduct> knowledgeProducts();

  /** Where the solution was adopted. */
  public abstract List<Adoption> adoptions();

  /**
   * The assessment that counts for each criterion assessed: the latest dated one; undated
   * assessments count as older than dated ones, and of equals the later in the list wins. In the
   * order criteria first appear; unmodifiable.
   */
  public Map<Code, CriterionAssessment> currentAssessments() {
    Map<Code, CriterionAssessment> current = new LinkedHashMap<>();
    for (CriterionAssessment assessment : criteriaAssessments()) {
      current.merge(
          assessment.criterion(),
          assessment,
          (kept, candidate) ->
              NEWER_DATED_FIRST_UNDATED_OLDEST.compare(candidate, kept) >= 0 ? candidate : kept);
    }
    return Collections.unmodifiableMap(current);
  }

  /**
   * The criteria that the catalogue marks mandatory (in any of the solution's assessments), in the
   * order they first appear; unmodifiable.
   */
  public Set<Code> mandatoryCriteria() {
    Set<Code> mandatory = new LinkedHashSet<>();
    for (CriterionAssessment assessment : criteriaAssessments()) {
      if (assessment.mandatory()) {
        mandatory.add(assessment.criterion());
      }
    }
    return Collections.unmodifiableSet(mandatory);
  }

  /**
   * The mandatory criteria whose current assessment is not met (or undecided); unmodifiable.
   *
   * @see #currentAssessments()
   */
  public Set<Code> unmetMandatoryCriteria() {
    Map<Code, CriterionAssessment> current = currentAssessments();
    Set<Code> unmet = new LinkedHashSet<>();
    for (Code criterion : mandatoryCriteria()) {
      if (!current.get(criterion).isMet()) {
        unmet.add(criterion);
      }
    }
    return Collections.unmodifiableSet(unmet);
  }

  /**
   * Whether every mandatory criterion is met in its current assessment; true when none is
   * mandatory. (The validator also wants a VALIDATED solution to have assessments at all.)
   */
  public boolean mandatoryCriteriaMet() {
    return unmetMandatoryCriteria().isEmpty();
  }

  /** The knowledge products of a type, in list order. */
  public List<KnowledgeProduct> knowledgeProducts(KnowledgeProductType type) {
    Objects.requireNonNull(type, "type");
    return knowledgeProducts().stream().filter(product -> product.type() == type).toList();
  }

  /** The countries where the solution was adopted, in code order; unmodifiable. */
  public Set<CountryCode> adoptedCountries() {
    Set<CountryCode> countries = new TreeSet<>();
    adoptions().forEach(adoption -> countries.add(adoption.country()));
    return Collections.unmodifiableSet(countries);
  }

  /** Whether the solution was adopted in {@code country}. */
  public boolean isAdoptedIn(CountryCode country) {
    Objects.requireNonNull(country, "country");
    return adoptions().stream().anyMatch(adoption -> adoption.country().equals(country));
  }

  /** The institutions that assessed the solution, in id order; unmodifiable. */
  public Set<InstitutionId> assessors() {
    Set<InstitutionId> assessors = new TreeSet<>();
    criteriaAssessments().forEach(a -> a.assessor().ifPresent(assessors::add));
    return Collections.unmodifiableSet(assessors);
  }

  /**
   * Every institution the solution links to (owner, implementers, assessors, adopters), in id
   * order; unmodifiable.
   */
  public Set<InstitutionId> referencedInstitutions() {
    Set<InstitutionId> ids = new TreeSet<>(assessors());
    ids.add(owner());
    ids.addAll(implementingInstitutions());
    adoptions().forEach(adoption -> adoption.institution().ifPresent(ids::add));
    return Collections.unmodifiableSet(ids);
  }

  /** The partnerships named by its adoptions, in id order; unmodifiable. */
  public Set<PartnershipId> referencedPartnerships() {
    Set<PartnershipId> ids = new TreeSet<>();
    adoptions().forEach(adoption -> adoption.partnership().ifPresent(ids::add));
    return Collections.unmodifiableSet(ids);
  }

  /** An empty builder of {@link Solution}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Solution}; {@code builder().from(solution)} copies one. */
  public static final class Builder extends ImmutableSolution.Builder {
    Builder() {}
  }
}
