package org.ksmodel.common;

import java.util.Comparator;

/**
 * The typed id of an aggregate. Ids link aggregates instead of object references, so each aggregate
 * can be mapped and serialised on its own and the validator checks that links resolve.
 *
 * <p>An id is free text without surrounding whitespace; an institution id is often an IATI
 * organisation identifier (see {@link IatiOrganisationIdentifier}). Ids of different kinds are
 * never equal, even with the same text. Ids order by kind (in the order of {@link EntityKind}),
 * then by text.
 *
 * <p>Immutable and safe to share between threads.
 */
public abstract sealed class EntityId implements Comparable<EntityId>
    permits InstitutionId,
        SolutionId,
        PartnershipId,
        FundingId,
        ResultsFrameworkId,
        KnowledgeRequestId {
  private static final Comparator<EntityId> ORDER =
      Comparator.comparing(EntityId::kind).thenComparing(EntityId::value);

  private final String value;

  EntityId(String value) {
    this.value = Identifiers.requireTrimmed(value, "id");
  }

  /** {@return the kind of aggregate this id names} */
  public abstract EntityKind kind();

  /** {@return the id as text, as written on the wire} */
  public final String value() {
    return value;
  }

  /**
   * {@return whether the id has the form of an IATI organisation identifier such as {@code
   * XM-DAC-41114}} Only the form is checked, not whether the agency is known.
   */
  public final boolean looksLikeIatiIdentifier() {
    return IatiOrganisationIdentifier.parse(value).isPresent();
  }

  @Override
  public final int compareTo(EntityId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && value.equals(((EntityId) other).value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** {@return the id as text, as {@link #value()}} */
  @Override
  public final String toString() {
    return value;
  }
}
