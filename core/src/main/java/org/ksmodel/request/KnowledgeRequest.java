package org.ksmodel.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.Entity;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.KnowledgeRequestId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.common.internal.KsStyle;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.ExchangeInstrument;

/**
 * A demand for knowledge: an institution asks how others solved a challenge it faces (a partner
 * country's demand that a knowledge hub responds to). It says what is wanted (the challenge in the
 * requester's own words, sectors, SDG targets), how the requester would like to learn (languages,
 * instruments, delivery, period), where the request stands ({@link RequestStatus}), and which
 * partnerships and solutions answered it.
 *
 * <p>Whether the status fits the answers (a MATCHED request names one, ...) is a business rule that
 * the validator checks, so a request in any state can be built.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
// Immutables would merge Builder.from over Entity, whose id has another type; from takes a
// KnowledgeRequest.
@SuppressWarnings("immutables:from")
public abstract class KnowledgeRequest implements Entity {
  // Package-private: only the generated implementation extends a value type.
  KnowledgeRequest() {}

  /** {@return {@link EntityKind#KNOWLEDGE_REQUEST}, always} */
  @Override
  public final EntityKind kind() {
    return EntityKind.KNOWLEDGE_REQUEST;
  }

  /** {@return the request's id} */
  public abstract KnowledgeRequestId id();

  /** {@return the institution that asks} */
  public abstract InstitutionId requester();

  /**
   * {@return the country for which the knowledge is asked, when stated} Usually the requester's
   * own; a multilateral or a regional network may ask for one of its member countries.
   */
  public abstract Optional<CountryCode> country();

  /** {@return the challenge, in the requester's own words} */
  public abstract LocalizedText challenge();

  /** {@return the DAC sectors the request belongs to} */
  public abstract List<SectorCode> sectors();

  /** {@return the SDG targets the requester works towards} */
  public abstract List<SdgTarget> sdgTargets();

  /** {@return the languages in which the requester can learn} */
  public abstract List<LanguageCode> languages();

  /** {@return the kinds of exchange the requester would prefer, e.g. a study tour} */
  public abstract List<ExchangeInstrument> preferredInstruments();

  /** {@return whether the requester would rather meet in person, online or both, when stated} */
  public abstract Optional<Delivery> preferredDelivery();

  /** {@return when the requester would like the exchange to happen, when stated} */
  public abstract Optional<DateRange> period();

  /** {@return where the request stands; OPEN unless stated} */
  @Value.Default
  public RequestStatus status() {
    return RequestStatus.OPEN;
  }

  /** {@return the partnerships that answered the request} */
  public abstract List<PartnershipId> partnerships();

  /** {@return the solutions that answered the request} */
  public abstract List<SolutionId> solutions();

  /** {@return when the request was made, when known} */
  public abstract Optional<LocalDate> requestDate();

  /** {@return whether the request names at least one partnership or solution that answered it} */
  public boolean hasAnswers() {
    return !partnerships().isEmpty() || !solutions().isEmpty();
  }

  /** {@return an empty builder of {@link KnowledgeRequest}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link KnowledgeRequest}; {@code builder().from(request)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the id, requester
   * or challenge is not set.
   */
  public static final class Builder extends ImmutableKnowledgeRequest.Builder {
    Builder() {}
  }
}
