package org.ksmodel.institution;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DocumentLink;
import org.ksmodel.common.Entity;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * An institution that takes part in knowledge sharing: a ministry, an agency, a bank, a network, a
 * university, a company; what IATI calls an organisation. When it acts as a knowledge hub it has a
 * {@link HubProfile}, and it may have a {@link KsBudget} and {@link CapacityAssessment}s.
 *
 * <p>Links to other institutions (the parent, assessors) are ids; the validator checks that they
 * resolve.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
// Immutables would merge Builder.from over Entity, whose id has another type; from takes a
// Institution.
@SuppressWarnings("immutables:from")
public abstract class Institution implements Entity {
  // Package-private: only the generated implementation extends a value type.
  Institution() {}

  /** {@return {@link EntityKind#INSTITUTION}, always} */
  @Override
  public final EntityKind kind() {
    return EntityKind.INSTITUTION;
  }

  /** {@return the institution's id, often its IATI organisation identifier} */
  public abstract InstitutionId id();

  /**
   * {@return the institution's name, in one or more languages; empty when the source did not
   * publish one} Imported data names some organisations by identifier only (an IATI {@code
   * participating-org} with a {@code ref} and no narrative); no name is made up for them. Always
   * present in documents of format 1.0; the validator reports a missing one ({@code
   * institution.name.missing}).
   */
  public abstract Optional<LocalizedText> name();

  /** {@return the short name it goes by, e.g. {@code APC} or {@code KOICA}; kept as given} */
  public abstract Optional<String> acronym();

  /**
   * {@return the country where the institution is based; empty when none is known} A multilateral
   * or a regional body has no country of its own (its seat may be given, it need not be), and
   * published data often leaves the country out. Always present in documents of format 1.0.
   */
  public abstract Optional<CountryCode> country();

  /**
   * {@return what kind of institution it is, in knowledge-sharing terms; empty when the source does
   * not say} Imported data may give only an IATI OrganisationType ({@link
   * #iatiOrganisationType()}), or nothing; {@link InstitutionType#OTHER} means "another kind", not
   * "not said". Always present in documents of format 1.0.
   */
  public abstract Optional<InstitutionType> type();

  /**
   * {@return the IATI OrganisationType code as found in imported data, when there is one} It is
   * kept when it says more than {@link #type()}, e.g. {@code 72 Private Sector in Aid Recipient
   * Country}. It must be a code of the {@value InstitutionType#IATI_VOCABULARY} vocabulary.
   */
  public abstract Optional<Code> iatiOrganisationType();

  /** {@return the institution this one belongs to, e.g. the ministry that holds an agency} */
  public abstract Optional<InstitutionId> parent();

  /**
   * {@return the institution's web site, as given} Kept as text so that a malformed address in real
   * data does not stop loading; the validator reports it.
   */
  public abstract Optional<String> website();

  /** {@return the DAC sectors the institution works in; for a thematic hub, its themes} */
  public abstract List<SectorCode> sectors();

  /** {@return how the institution acts as a knowledge hub, when it does} */
  public abstract Optional<HubProfile> hubProfile();

  /** {@return what the institution sets aside for knowledge sharing, when known} */
  public abstract Optional<KsBudget> ksBudget();

  /** {@return the assessments of the institution's knowledge-sharing capacity, in any order} */
  public abstract List<CapacityAssessment> capacityAssessments();

  /** {@return the documents published about the institution (IATI's {@code document-link})} */
  public abstract List<DocumentLink> documentLinks();

  /**
   * Rejects an IATI organisation type of another vocabulary and an institution that is its own
   * parent; checked on {@code build()}, not meant to be called directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if the IATI organisation type is not a code of
   *     the {@code OrganisationType} vocabulary, or the institution names itself as its parent
   */
  @Value.Check
  protected void check() {
    iatiOrganisationType()
        .ifPresent(
            code ->
                Checks.require(
                    InstitutionType.IATI_VOCABULARY.equals(code.vocabulary()),
                    "institution.iatiOrganisationType.vocabulary",
                    "iatiOrganisationType",
                    () -> "expected a code of the OrganisationType vocabulary, got " + code));
    parent()
        .ifPresent(
            parent ->
                Checks.require(
                    !parent.equals(id()),
                    "institution.parent.self",
                    "parent",
                    () -> "institution " + id() + " cannot be its own parent"));
  }

  /** {@return whether the institution acts as a knowledge hub (it has a hub profile)} */
  public boolean isKnowledgeHub() {
    return hubProfile().isPresent();
  }

  /**
   * {@return the IATI OrganisationType to publish: the one imported when there is one, otherwise
   * the one of {@link #type()}; empty when neither is known}
   */
  public Optional<Code> effectiveIatiOrganisationType() {
    return iatiOrganisationType().or(() -> type().map(InstitutionType::iatiOrganisationType));
  }

  /**
   * {@return the name's text in its default language, or the id when no name was published} For
   * display only (a list, a report); the id is not stored as a name.
   */
  public String displayName() {
    return name().map(LocalizedText::text).orElseGet(() -> id().value());
  }

  /**
   * {@return the most recent capacity assessment; of several on the same day, the last in the list}
   * Empty when there is none.
   */
  public Optional<CapacityAssessment> latestAssessment() {
    CapacityAssessment latest = null;
    for (CapacityAssessment assessment : capacityAssessments()) {
      if (latest == null || !assessment.date().isBefore(latest.date())) {
        latest = assessment;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * {@return the average maturity level of the latest assessment; empty without one}
   *
   * @see CapacityAssessment#averageLevel()
   */
  public Optional<BigDecimal> averageMaturity() {
    return latestAssessment().flatMap(CapacityAssessment::averageLevel);
  }

  /**
   * {@return the capacity assessments from the oldest to the latest} Assessments of the same day
   * keep their list order.
   */
  public List<CapacityAssessment> assessmentsByDate() {
    return capacityAssessments().stream()
        .sorted(Comparator.comparing(CapacityAssessment::date))
        .toList();
  }

  /**
   * {@return every institution this one links to (parent and assessors), in id order; unmodifiable}
   */
  public Set<InstitutionId> referencedInstitutions() {
    Set<InstitutionId> ids = new TreeSet<>();
    parent().ifPresent(ids::add);
    capacityAssessments().forEach(a -> a.assessorInstitution().ifPresent(ids::add));
    return Collections.unmodifiableSet(ids);
  }

  /** {@return an empty builder of {@link Institution}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Institution}; {@code builder().from(institution)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the id is not
   * set, if the IATI organisation type is not a code of the {@code OrganisationType} vocabulary, or
   * if the institution names itself as its parent.
   */
  public static final class Builder extends ImmutableInstitution.Builder {
    Builder() {}
  }
}
