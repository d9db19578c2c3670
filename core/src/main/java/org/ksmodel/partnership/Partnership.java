package org.ksmodel.partnership;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.Entity;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * A cooperation initiative through which institutions share development solutions: what IATI calls
 * an activity and SEGIB an initiative (a programme, project or action).
 *
 * <p>Construction only rejects what is meaningless (a partnership that is its own parent, a
 * participation without a role). The business rules (a provider and a recipient, a facilitator in
 * triangular cooperation, countries that fit the modality, activities inside the period, ...) are
 * the validator's.
 */
@Value.Immutable
@KsStyle
// Immutables would merge Builder.from over Entity, whose id has another type; from takes a
// Partnership.
@SuppressWarnings("immutables:from")
public abstract class Partnership implements Entity {
  // Package-private: only the generated implementation extends a value type.
  Partnership() {}

  /** {@return {@link EntityKind#PARTNERSHIP}, always} */
  @Override
  public final EntityKind kind() {
    return EntityKind.PARTNERSHIP;
  }

  /** The id; often the IATI activity identifier. */
  public abstract PartnershipId id();

  /** The title. */
  public abstract LocalizedText title();

  /** What the partnership is about. */
  public abstract Optional<LocalizedText> description();

  /** How it connects countries (South-South, triangular, ...). */
  public abstract Modality modality();

  /** Programme, project or action. */
  public abstract PartnershipForm form();

  /** The programme this project or action belongs to. */
  public abstract Optional<PartnershipId> parent();

  /** The agreement it rests on, when there is one. */
  public abstract Optional<AgreementType> agreement();

  /** The institutions taking part, each with its roles. */
  public abstract List<Participation> participations();

  /** The development solutions shared. */
  public abstract List<SolutionId> solutions();

  /** The results chain it is designed around. */
  public abstract Optional<Design> design();

  /** The knowledge exchanges it runs. */
  public abstract List<ExchangeActivity> activities();

  /** Where it stands in its life. */
  public abstract PartnershipStatus status();

  /** The period agreed at the start. */
  public abstract Optional<DateRange> plannedPeriod();

  /** The period it actually ran (open-ended while it runs). */
  public abstract Optional<DateRange> actualPeriod();

  /** The DAC sectors it works in. */
  public abstract List<SectorCode> sectors();

  /** The SDG targets it contributes to. */
  public abstract List<SdgTarget> sdgTargets();

  /**
   * The period to judge dates against: the actual period when known, otherwise the planned one;
   * empty when neither is given.
   */
  public Optional<DateRange> period() {
    return actualPeriod().or(this::plannedPeriod);
  }

  /** Every institution taking part, each once, in order of first appearance; unmodifiable. */
  public Set<InstitutionId> institutionIds() {
    Set<InstitutionId> ids = new LinkedHashSet<>();
    participations().forEach(p -> ids.add(p.institution()));
    return Collections.unmodifiableSet(ids);
  }

  /** The institutions holding {@code role}, each once, in order of appearance; unmodifiable. */
  public Set<InstitutionId> institutionsWithRole(Role role) {
    Set<InstitutionId> ids = new LinkedHashSet<>();
    for (Participation participation : participations()) {
      if (participation.has(role)) {
        ids.add(participation.institution());
      }
    }
    return Collections.unmodifiableSet(ids);
  }

  /**
   * Whether {@code institution} holds {@code role} in any of its participations (an institution
   * listed twice counts with the roles of both entries).
   */
  public boolean hasRole(InstitutionId institution, Role role) {
    return participations().stream()
        .anyMatch(p -> p.institution().equals(institution) && p.has(role));
  }

  /** Rejects a partnership that names itself as its parent. */
  @Value.Check
  protected void check() {
    Checks.require(
        !parent().filter(id()::equals).isPresent(),
        "partnership.parent.self",
        "parent",
        () -> "partnership " + id() + " names itself as its parent");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Partnership}; {@code builder().from(p)} copies one. */
  public static final class Builder extends ImmutablePartnership.Builder {
    Builder() {}
  }
}
