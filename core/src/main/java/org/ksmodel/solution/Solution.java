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
 *
 * <p>Immutable and safe to share between threads.
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

  /** {@return the solution's id} */
  public abstract SolutionId id();

  /** {@return the title, e.g. "Conditional cash transfers for families in extreme poverty"} */
  public abstract LocalizedText title();

  /** {@return the development challenge the solution addresses} */
  public abstract Optional<LocalizedText> challenge();

  /** {@return what the solution does and how} */
  public abstract Optional<LocalizedText> description();

  /** {@return the results achieved and the evidence of them} */
  public abstract Optional<LocalizedText> resultsEvidence();

  /** {@return what was learnt, including what did not work} */
  public abstract Optional<LocalizedText> lessons();

  /** {@return the country where the solution was developed} */
  public abstract CountryCode originCountry();

  /** {@return the institution that owns the solution and puts it forward} */
  public abstract InstitutionId owner();

  /** {@return the other institutions that implemented it} */
  public abstract List<InstitutionId> implementingInstitutions();

  /** {@return when the solution was implemented, when known} */
  public abstract Optional<DateRange> period();

  /** {@return the DAC sectors it belongs to} */
  public abstract List<SectorCode> sectors();

  /** {@return the SDG targets it contributes to} */
  public abstract List<SdgTarget> sdgTargets();

  /** {@return the languages in which it is documented} */
  public abstract List<LanguageCode> languages();

  /** {@return where it stands in the catalogue's life cycle; IDENTIFIED unless stated} */
  @Value.Default
  public SolutionStage stage() {
    return SolutionStage.IDENTIFIED;
  }

  /**
   * {@return the judgements against validation criteria, in any order} A criterion may be assessed
   * more than once; {@link #currentAssessments()} picks the one that counts.
   */
  public abstract List<CriterionAssessment> criteriaAssessments();

  /** {@return the products that package the solution} */
  public abstract List<KnowledgeProduct> knowledgeProducts();

  /** {@return where the solution was adopted} */
  public abstract List<Adoption> adoptions();

  /**
   * {@return the assessment that counts for each criterion assessed, in the order criteria first
   * appear; unmodifiable} That is the latest dated one; undated assessments count as older than
   * dated ones, and of two with the same date (or both undated) the later in the list wins.
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
   * {@return the criteria that the catalogue marks mandatory (in any of the solution's
   * assessments), in the order they first appear; unmodifiable}
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
   * {@return the mandatory criteria whose current assessment is not met (or undecided);
   * unmodifiable}
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
   * {@return whether every mandatory criterion is met in its current assessment; true when none is
   * mandatory} (The validator also wants a VALIDATED solution to have assessments at all.)
   */
  public boolean mandatoryCriteriaMet() {
    return unmetMandatoryCriteria().isEmpty();
  }

  /**
   * {@return the knowledge products of a type, in list order}
   *
   * @param type the kind of product wanted
   */
  public List<KnowledgeProduct> knowledgeProducts(KnowledgeProductType type) {
    Objects.requireNonNull(type, "type");
    return knowledgeProducts().stream().filter(product -> product.type() == type).toList();
  }

  /** {@return the countries where the solution was adopted, in code order; unmodifiable} */
  public Set<CountryCode> adoptedCountries() {
    Set<CountryCode> countries = new TreeSet<>();
    adoptions().forEach(adoption -> countries.add(adoption.country()));
    return Collections.unmodifiableSet(countries);
  }

  /**
   * {@return whether the solution was adopted in {@code country}}
   *
   * @param country the country to look for
   */
  public boolean isAdoptedIn(CountryCode country) {
    Objects.requireNonNull(country, "country");
    return adoptions().stream().anyMatch(adoption -> adoption.country().equals(country));
  }

  /** {@return the institutions that assessed the solution, in id order; unmodifiable} */
  public Set<InstitutionId> assessors() {
    Set<InstitutionId> assessors = new TreeSet<>();
    criteriaAssessments().forEach(a -> a.assessor().ifPresent(assessors::add));
    return Collections.unmodifiableSet(assessors);
  }

  /**
   * {@return every institution the solution links to (owner, implementers, assessors, adopters), in
   * id order; unmodifiable}
   */
  public Set<InstitutionId> referencedInstitutions() {
    Set<InstitutionId> ids = new TreeSet<>(assessors());
    ids.add(owner());
    ids.addAll(implementingInstitutions());
    adoptions().forEach(adoption -> adoption.institution().ifPresent(ids::add));
    return Collections.unmodifiableSet(ids);
  }

  /** {@return the partnerships named by its adoptions, in id order; unmodifiable} */
  public Set<PartnershipId> referencedPartnerships() {
    Set<PartnershipId> ids = new TreeSet<>();
    adoptions().forEach(adoption -> adoption.partnership().ifPresent(ids::add));
    return Collections.unmodifiableSet(ids);
  }

  /** {@return an empty builder of {@link Solution}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Solution}; {@code builder().from(solution)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the id, title,
   * origin country or owner is not set.
   */
  public static final class Builder extends ImmutableSolution.Builder {
    Builder() {}
  }
}
