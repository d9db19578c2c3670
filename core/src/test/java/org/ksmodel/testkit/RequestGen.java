package org.ksmodel.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.KnowledgeRequestId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SolutionId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.ExchangeInstrument;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.Role;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.request.RequestStatus;

/**
 * Generators of knowledge requests. A generated request fits every rule: it names a sector or an
 * SDG target, its status fits its answers (MATCHED and SERVED name one, SERVED names a partnership
 * that ran, OPEN names none), the requester takes part in the partnerships that answered it, its
 * country is the requester's, it is dated before 2025 and the period wanted starts after it.
 */
public final class RequestGen {
  private RequestGen() {}

  /** An invented request id. */
  public static Gen<KnowledgeRequestId> requestId() {
    return rng -> KnowledgeRequestId.of("REQ-" + rng.between(1, 999_999));
  }

  private static Gen<PartnershipId> partnershipId() {
    return rng -> PartnershipId.of("PART-" + rng.between(1, 999_999));
  }

  private static <T> List<T> distinct(List<T> values) {
    return List.copyOf(new LinkedHashSet<>(values));
  }

  /** Any request, with invented ids for itself, its requester and its answers. */
  public static Gen<KnowledgeRequest> any() {
    return rng -> {
      List<PartnershipId> partnerships =
          rng.chance(0.5) ? partnershipId().list(1, 3).next(rng) : List.<PartnershipId>of();
      List<SolutionId> solutions =
          rng.chance(0.5) ? SolutionGen.solutionId().list(1, 3).next(rng) : List.<SolutionId>of();
      return request(
              requestId().next(rng),
              InstitutionGen.institutionId().next(rng),
              CommonGen.country().optional(0.8).next(rng),
              partnerships,
              solutions,
              true)
          .next(rng);
    };
  }

  /**
   * A request of {@code requester} answered by {@code partnerships} and {@code solutions} (either
   * may be empty); {@code servable}: whether one of the partnerships ran, so SERVED is possible.
   */
  public static Gen<KnowledgeRequest> request(
      KnowledgeRequestId id,
      InstitutionId requester,
      Optional<CountryCode> country,
      List<PartnershipId> partnerships,
      List<SolutionId> solutions,
      boolean servable) {
    return rng -> {
      KnowledgeRequest.Builder request =
          KnowledgeRequest.builder()
              .id(id)
              .requester(requester)
              .country(rng.chance(0.8) ? country : Optional.empty())
              .challenge(CommonGen.text().next(rng))
              .sectors(distinct(CommonGen.sector().list(0, 3).next(rng)))
              .sdgTargets(distinct(CommonGen.sdgTarget().list(0, 3).next(rng)))
              .languages(distinct(CommonGen.language().list(0, 2).next(rng)))
              .preferredInstruments(rng.distinct(List.of(ExchangeInstrument.values()), 0, 3))
              .preferredDelivery(Gen.enumOf(Delivery.class).optional(0.5).next(rng))
              .partnerships(partnerships)
              .solutions(solutions)
              .status(status(rng, partnerships, solutions, servable));
      Optional<LocalDate> asked = CommonGen.date().optional(0.8).next(rng);
      request.requestDate(asked);
      if (rng.chance(0.5)) {
        LocalDate start = asked.orElse(CommonGen.date().next(rng)).plusDays(rng.between(0, 365));
        request.period(
            rng.chance(0.2)
                ? DateRange.startingOn(start)
                : DateRange.ofClosed(start, start.plusDays(rng.between(0, 2 * 365))));
      }
      KnowledgeRequest built = request.build();
      if (built.sectors().isEmpty() && built.sdgTargets().isEmpty()) {
        built =
            KnowledgeRequest.builder().from(built).addSectors(CommonGen.sector().next(rng)).build();
      }
      return built;
    };
  }

  private static RequestStatus status(
      Rng rng, List<PartnershipId> partnerships, List<SolutionId> solutions, boolean servable) {
    if (partnerships.isEmpty() && solutions.isEmpty()) {
      return rng.pick(RequestStatus.OPEN, RequestStatus.WITHDRAWN);
    }
    if (!partnerships.isEmpty() && servable) {
      return rng.pick(RequestStatus.MATCHED, RequestStatus.SERVED, RequestStatus.WITHDRAWN);
    }
    return rng.pick(RequestStatus.MATCHED, RequestStatus.WITHDRAWN);
  }

  /**
   * {@code dataset} with knowledge requests added: for about a third of its partnerships, one from
   * a recipient (answered by the partnership, by its solutions, or not yet), ids {@code REQ-0},
   * {@code REQ-1}, ...
   */
  public static Dataset withRequests(Dataset dataset, Rng rng) {
    List<KnowledgeRequest> requests = new ArrayList<>();
    for (Partnership partnership : dataset.partnerships()) {
      if (rng.chance(0.35)) {
        KnowledgeRequestId id = KnowledgeRequestId.of("REQ-" + requests.size());
        requests.add(forPartnership(id, partnership, dataset).next(rng));
      }
    }
    return Dataset.builder().from(dataset).knowledgeRequests(requests).build();
  }

  /**
   * A request of one of the partnership's recipients (or participants), valid in {@code dataset}.
   */
  public static Gen<KnowledgeRequest> forPartnership(
      KnowledgeRequestId id, Partnership partnership, Dataset dataset) {
    return rng -> {
      List<InstitutionId> recipients = new ArrayList<>();
      for (Participation participation : partnership.participations()) {
        if (participation.has(Role.RECIPIENT)) {
          recipients.add(participation.institution());
        }
      }
      InstitutionId requester =
          recipients.isEmpty()
              ? rng.pick(new ArrayList<>(partnership.institutionIds()))
              : rng.pick(recipients);
      Optional<CountryCode> country = dataset.institution(requester).flatMap(Institution::country);
      List<PartnershipId> partnerships = List.of();
      List<SolutionId> solutions = List.of();
      double answer = rng.nextInt(10) / 10.0;
      if (answer >= 0.2 && answer < 0.4 && !partnership.solutions().isEmpty()) {
        solutions = rng.distinct(partnership.solutions(), 1, partnership.solutions().size());
      } else if (answer >= 0.4) {
        partnerships = List.of(partnership.id());
        solutions = rng.distinct(partnership.solutions(), 0, partnership.solutions().size());
      }
      boolean ran =
          partnership.status() != PartnershipStatus.PLANNED
              && partnership.status() != PartnershipStatus.CANCELLED;
      return request(id, requester, country, partnerships, solutions, ran).next(rng);
    };
  }
}
