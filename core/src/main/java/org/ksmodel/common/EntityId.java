package org.ksmodel.common;

import java.util.Comparator;

/**
 * The typed id of an aggregate. Ids link aggregates instead of object references, so each aggregate
 * can be mapped and serialised on its own and the validator checks that links resolve.
 *
 * <p>An id is free text without surrounding whitespace; an institution id is often an IATI
 * organisation identifier (see {@link IatiOrganisationIdentifier}). Ids of different kinds are
 * never equal, even with the same text.
 */
public abstract sealed class EntityId implements Comparable<EntityId>
    permits InstitutionId, SolutionId, PartnershipId, FundingId, ResultsFrameworkId {
  private static final Comparator<EntityId> ORDER =
      Comparator.comparing(EntityId::kind).thenComparing(EntityId::value);

  private final String value;

  EntityId(String value) {
    this.value = Identifiers.requireTrimmed(value, "id");
  }

  /** The kind of aggregate this id names. */
  public abstract EntityKind kind();

  /** The id as text, as written on the wire. */
  public final String value() {
    return value;
  }

  /** Whether the id has the form of an IATI organisation identifier such as XM-DAC-41114. */
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

  @Override
  public final String toString() {
    return value;
  }
}
