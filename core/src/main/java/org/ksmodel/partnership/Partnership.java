package org.ksmodel.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.ksmodel.common.Classifications;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.DocumentLink;
import org.ksmodel.common.Entity;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.Period;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.Sector;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * A cooperation initiative through which institutions share development solutions: what IATI calls
 * an activity and SEGIB an initiative (a programme, project or action).
 *
 * <p>Construction only rejects what is meaningless (a partnership that is its own parent, a
 * participation without any KS or IATI role). The business rules (a provider and a recipient, a
 * facilitator in triangular cooperation, countries that fit the modality, activities inside the
 * period, ...) are the validator's.
 *
 * <p>Immutable and safe to share between threads.
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

  /** {@return the id, often the IATI activity identifier} */
  public abstract PartnershipId id();

  /** {@return the title} */
  public abstract LocalizedText title();

  /** {@return what the partnership is about} */
  public abstract Optional<LocalizedText> description();

  /**
   * {@return how it connects countries (South-South, triangular, ...)} Required; when it was
   * derived rather than published (IATI has none), {@link #modalityInferred()} says so.
   */
  public abstract Modality modality();

  /** {@return whether it is a programme, a project or an action} */
  public abstract PartnershipForm form();

  /** {@return the programme this project or action belongs to} */
  public abstract Optional<PartnershipId> parent();

  /** {@return the agreement it rests on, when there is one} */
  public abstract Optional<AgreementType> agreement();

  /** {@return the institutions taking part, each with its roles} */
  public abstract List<Participation> participations();

  // Published data (IATI): provenance, identifiers, links, documents, places, contacts.

  /**
   * {@return whether the modality was inferred (derived by an importer from the participants'
   * countries or roles), not published} IATI has no modality: an importer that derives one says so
   * here. False by default.
   */
  @Value.Default
  public boolean modalityInferred() {
    return false;
  }

  /** {@return the institution that reported the partnership (IATI's {@code reporting-org})} */
  public abstract Optional<InstitutionId> reportingInstitution();

  /**
   * {@return whether the reporting institution reports as a secondary reporter: it publishes what
   * another organisation does (IATI's {@code secondary-reporter}); false by default}
   */
  @Value.Default
  public boolean secondaryReporter() {
    return false;
  }

  /** {@return the partnership's other identifiers (IATI's {@code other-identifier})} */
  public abstract List<OtherIdentifier> otherIdentifiers();

  /**
   * {@return the partnerships this one is related to, of every IATI kind (parent, child, sibling,
   * co-funded, third party)} See {@link RelatedPartnership} on how they relate to {@link
   * #parent()}.
   */
  public abstract List<RelatedPartnership> relatedPartnerships();

  /** {@return the documents published about the partnership} */
  public abstract List<DocumentLink> documentLinks();

  /** {@return the places where it works or whose people it benefits (IATI's {@code location})} */
  public abstract List<Site> locations();

  /** {@return whom to contact about it (IATI's {@code contact-info})} */
  public abstract List<Contact> contacts();

  /** {@return the development solutions shared} */
  public abstract List<SolutionId> solutions();

  /** {@return the results chain it is designed around} */
  public abstract Optional<Design> design();

  /** {@return the knowledge exchanges it runs} */
  public abstract List<ExchangeActivity> activities();

  /** {@return where it stands in its life} */
  public abstract PartnershipStatus status();

  /**
   * {@return the period agreed at the start; its start, its end or both may be known (IATI allows a
   * planned end without a planned start)}
   */
  public abstract Optional<Period> plannedPeriod();

  /**
   * {@return the period it actually ran (without an end while it runs); its start, its end or both
   * may be known}
   */
  public abstract Optional<Period> actualPeriod();

  /**
   * {@return the sectors it works in, each of its vocabulary and with its share when published; the
   * DAC ones also as {@link #dacSectors()}}
   */
  public abstract List<Sector> sectors();

  /** {@return the SDG targets it contributes to} */
  public abstract List<SdgTarget> sdgTargets();

  /**
   * {@return the countries it benefits, with their shares when published; a recipient country is a
   * recipient even when no institution of it takes part}
   */
  public abstract List<RecipientCountry> recipientCountries();

  /** {@return the regions it benefits, with their shares when published} */
  public abstract List<RecipientRegion> recipientRegions();

  /** {@return the SDG goals it contributes to, 1 to 17 (a goal without a target)} */
  public abstract List<Integer> sdgGoals();

  /** {@return the policy objectives it addresses (IATI's policy markers)} */
  public abstract List<PolicyMarker> policyMarkers();

  /**
   * {@return its IATI classifications by default (collaboration, flow, finance, aid and tied
   * types), as published}
   */
  public abstract Optional<Classifications> classifications();

  /** {@return whether it is humanitarian, when the publisher says (IATI's humanitarian flag)} */
  public abstract Optional<Boolean> humanitarian();

  /** {@return the DAC sector codes among its sectors (vocabularies 1 and 2), in order} */
  public List<SectorCode> dacSectors() {
    List<SectorCode> codes = new ArrayList<>(sectors().size());
    sectors().forEach(sector -> sector.dacCode().ifPresent(codes::add));
    return Collections.unmodifiableList(codes);
  }

  /** {@return the planned first day, when known} */
  public Optional<LocalDate> plannedStart() {
    return plannedPeriod().flatMap(Period::start);
  }

  /** {@return the planned last day, when known} */
  public Optional<LocalDate> plannedEnd() {
    return plannedPeriod().flatMap(Period::end);
  }

  /** {@return the actual first day, when known} */
  public Optional<LocalDate> actualStart() {
    return actualPeriod().flatMap(Period::start);
  }

  /** {@return the actual last day, when known} */
  public Optional<LocalDate> actualEnd() {
    return actualPeriod().flatMap(Period::end);
  }

  /**
   * {@return the period to judge dates against: the actual period when its start is known,
   * otherwise the planned one when its start is known; empty when neither start is given}
   */
  public Optional<DateRange> period() {
    return actualPeriod().flatMap(Period::range).or(() -> plannedPeriod().flatMap(Period::range));
  }

  /**
   * {@return whether {@link #period()} is the actual period (rather than the planned one or none)}
   */
  public boolean periodIsActual() {
    return actualPeriod().flatMap(Period::range).isPresent();
  }

  /**
   * {@return every institution taking part, each once, in order of first appearance; unmodifiable}
   */
  public Set<InstitutionId> institutionIds() {
    Set<InstitutionId> ids = new LinkedHashSet<>();
    participations().forEach(p -> ids.add(p.institution()));
    return Collections.unmodifiableSet(ids);
  }

  /**
   * {@return the institutions holding {@code role}, each once, in order of first appearance;
   * unmodifiable}
   *
   * @param role the role to look for
   */
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
   * {@return whether {@code institution} holds {@code role} in any of its participations} An
   * institution listed twice counts with the roles of both entries.
   *
   * @param institution the institution to look for
   * @param role the role to look for
   */
  public boolean hasRole(InstitutionId institution, Role role) {
    return participations().stream()
        .anyMatch(p -> p.institution().equals(institution) && p.has(role));
  }

  /**
   * Rejects a partnership that names itself as its parent; checked on {@code build()}, not meant to
   * be called directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if the parent is the partnership's own id
   */
  @Value.Check
  protected void check() {
    Checks.require(
        !parent().filter(id()::equals).isPresent(),
        "partnership.parent.self",
        "parent",
        () -> "partnership " + id() + " names itself as its parent");
  }

  /** {@return an empty builder of {@link Partnership}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Partnership}; {@code builder().from(partnership)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the id, title,
   * modality, form or status is not set, or the partnership names itself as its parent.
   */
  public static final class Builder extends ImmutablePartnership.Builder {
    Builder() {}

    /**
     * Sets the planned period from a range with a known start.
     *
     * @param range the planned days
     * @return this builder
     */
    public Builder plannedPeriod(DateRange range) {
      return plannedPeriod(Period.of(range));
    }

    /**
     * Sets the actual period from a range with a known start.
     *
     * @param range the days it ran
     * @return this builder
     */
    public Builder actualPeriod(DateRange range) {
      return actualPeriod(Period.of(range));
    }

    /**
     * Adds DAC sectors without percentages, as {@link Sector#of(SectorCode)}.
     *
     * @param codes the DAC codes
     * @return this builder
     */
    public Builder addSectors(SectorCode... codes) {
      for (SectorCode code : codes) {
        addSectors(Sector.of(code));
      }
      return this;
    }
  }
}
