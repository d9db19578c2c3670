package org.ksmodel.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.Funding;
import org.ksmodel.institution.Institution;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.Role;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.request.RequestStatus;

/**
 * Ways to spoil a valid dataset the way messy real data is spoiled: dangling and duplicate ids,
 * dates out of order, missing roles, mixed currencies, unknown codes, cycles of parents. Every
 * result still constructs: these are the defects the validator must report, never throw on.
 */
public final class DatasetCorruptions {
  private DatasetCorruptions() {}

  /** Datasets of {@code base} with between one and five corruptions each. */
  public static Gen<Dataset> corrupted(Gen<Dataset> base) {
    return rng -> {
      Dataset dataset = base.next(rng);
      int count = rng.between(1, 5);
      for (int i = 0; i < count; i++) {
        dataset = corruption(rng).apply(dataset);
      }
      return dataset;
    };
  }

  private static UnaryOperator<Dataset> corruption(Rng rng) {
    switch (rng.nextInt(11)) {
      case 0:
        return d -> onePartnership(d, rng, p -> withParticipant(p, InstitutionId.of("GHOST-1")));
      case 1:
        return d -> onePartnership(d, rng, DatasetCorruptions::withoutRecipients);
      case 2:
        return d -> onePartnership(d, rng, DatasetCorruptions::withActivityLongBefore);
      case 3:
        return d -> onePartnership(d, rng, DatasetCorruptions::withUnknownCodes);
      case 4:
        return d -> oneFunding(d, rng, DatasetCorruptions::withForeignContribution);
      case 5:
        return DatasetCorruptions::withRepeatedEntities;
      case 6:
        return d -> withParentCycle(d, rng);
      case 7:
        return d -> withoutInstitution(d, rng);
      case 8:
        return d -> onePartnership(d, rng, p -> withSolution(p, SolutionId.of("GHOST-SOL")));
      case 9:
        return d -> withUnansweredServedRequest(d, rng);
      default:
        return d -> withUnknownCountry(d, rng);
    }
  }

  private static Dataset onePartnership(Dataset d, Rng rng, UnaryOperator<Partnership> change) {
    List<Partnership> partnerships = new ArrayList<>(d.partnerships());
    int i = rng.nextInt(partnerships.size());
    partnerships.set(i, change.apply(partnerships.get(i)));
    return Dataset.builder().from(d).partnerships(partnerships).build();
  }

  private static Dataset oneFunding(Dataset d, Rng rng, UnaryOperator<Funding> change) {
    if (d.fundings().isEmpty()) {
      return d;
    }
    List<Funding> fundings = new ArrayList<>(d.fundings());
    int i = rng.nextInt(fundings.size());
    fundings.set(i, change.apply(fundings.get(i)));
    return Dataset.builder().from(d).fundings(fundings).build();
  }

  private static Partnership withParticipant(Partnership p, InstitutionId id) {
    return Partnership.builder()
        .from(p)
        .addParticipations(Participation.of(id, Role.RECIPIENT))
        .build();
  }

  private static Partnership withSolution(Partnership p, SolutionId id) {
    return Partnership.builder().from(p).addSolutions(id).build();
  }

  private static Partnership withoutRecipients(Partnership p) {
    List<Participation> participations = new ArrayList<>();
    for (Participation participation : p.participations()) {
      participations.add(
          participation.has(Role.RECIPIENT)
              ? Participation.of(participation.institution(), Role.IMPLEMENTER)
              : participation);
    }
    return Partnership.builder().from(p).participations(participations).build();
  }

  private static Partnership withActivityLongBefore(Partnership p) {
    if (p.activities().isEmpty()) {
      return Partnership.builder()
          .from(p)
          .plannedPeriod(DateRange.ofClosed(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 1)))
          .build();
    }
    List<ExchangeActivity> activities = new ArrayList<>(p.activities());
    ExchangeActivity first = activities.get(0);
    activities.set(
        0,
        ExchangeActivity.builder()
            .from(first)
            .period(DateRange.ofClosed(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 5)))
            .build());
    return Partnership.builder().from(p).activities(activities).build();
  }

  private static Partnership withUnknownCodes(Partnership p) {
    return Partnership.builder()
        .from(p)
        .addSectors(SectorCode.of("99999"))
        .addSdgTargets(SdgTarget.of("17.99"))
        .build();
  }

  private static Funding withForeignContribution(Funding f) {
    if (f.contributions().isEmpty()) {
      return f;
    }
    List<Contribution> contributions = new ArrayList<>(f.contributions());
    Contribution first = contributions.get(0);
    CurrencyCode other =
        CurrencyCode.of(first.committedAmount().currency().value().equals("XAF") ? "ZZZ" : "XAF");
    contributions.set(
        0,
        Contribution.builder()
            .from(first)
            .committedAmount(Money.of(first.committedAmount().amount(), other))
            .build());
    return Funding.builder().from(f).contributions(contributions).build();
  }

  private static Dataset withRepeatedEntities(Dataset d) {
    Dataset.Builder builder = Dataset.builder().from(d);
    builder.addPartnerships(d.partnerships().get(0));
    if (!d.institutions().isEmpty()) {
      builder.addInstitutions(d.institutions().get(d.institutions().size() - 1));
    }
    return builder.build();
  }

  /** Two partnerships name each other as parent. */
  private static Dataset withParentCycle(Dataset d, Rng rng) {
    if (d.partnerships().size() < 2) {
      return d;
    }
    List<Partnership> partnerships = new ArrayList<>(d.partnerships());
    int a = rng.nextInt(partnerships.size());
    int b = (a + 1) % partnerships.size();
    PartnershipId idA = partnerships.get(a).id();
    PartnershipId idB = partnerships.get(b).id();
    if (idA.equals(idB)) {
      return d;
    }
    partnerships.set(a, Partnership.builder().from(partnerships.get(a)).parent(idB).build());
    partnerships.set(b, Partnership.builder().from(partnerships.get(b)).parent(idA).build());
    return Dataset.builder().from(d).partnerships(partnerships).build();
  }

  private static Dataset withoutInstitution(Dataset d, Rng rng) {
    List<Institution> institutions = new ArrayList<>(d.institutions());
    if (!institutions.isEmpty()) {
      institutions.remove(rng.nextInt(institutions.size()));
    }
    return Dataset.builder().from(d).institutions(institutions).build();
  }

  /** A request that says SERVED, answered by a partnership that is not in the dataset. */
  private static Dataset withUnansweredServedRequest(Dataset d, Rng rng) {
    List<KnowledgeRequest> requests = new ArrayList<>(d.knowledgeRequests());
    if (requests.isEmpty()) {
      return d;
    }
    int i = rng.nextInt(requests.size());
    requests.set(
        i,
        KnowledgeRequest.builder()
            .from(requests.get(i))
            .status(RequestStatus.SERVED)
            .partnerships(List.of(PartnershipId.of("GHOST-P")))
            .build());
    return Dataset.builder().from(d).knowledgeRequests(requests).build();
  }

  private static Dataset withUnknownCountry(Dataset d, Rng rng) {
    List<Institution> institutions = new ArrayList<>(d.institutions());
    if (institutions.isEmpty()) {
      return d;
    }
    int i = rng.nextInt(institutions.size());
    institutions.set(
        i, Institution.builder().from(institutions.get(i)).country(CountryCode.of("QQ")).build());
    return Dataset.builder().from(d).institutions(institutions).build();
  }
}
