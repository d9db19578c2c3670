package org.ksmodel.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.SolutionId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.solution.Adoption;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;

/**
 * Whole datasets, valid by construction and by every rule: references resolve, ids are unique, and
 * each partnership's participants sit in countries that fit its modality. Sizes follow the number
 * of partnerships: a quarter as many institutions, a fifth as many solutions, fundings for about 60
 * % and results frameworks for about half of the partnerships, knowledge requests for about a third
 * (from a recipient, answered by the partnership, its solutions, or not yet).
 */
public final class DatasetGen {
  private static final int SAMPLE = 5;

  private DatasetGen() {}

  /** A dataset with {@code partnerships} partnerships (at least one). */
  public static Gen<Dataset> dataset(int partnerships) {
    return rng -> new Assembly(rng, partnerships).build();
  }

  /** A dataset of between {@code min} and {@code max} partnerships. */
  public static Gen<Dataset> dataset(int min, int max) {
    return rng -> new Assembly(rng, rng.between(min, max)).build();
  }

  /** Builds one dataset; the pools of ids by country let modalities pick fitting participants. */
  private static final class Assembly {
    private final Rng rng;
    private final int partnershipCount;
    private final Dataset.Builder dataset = Dataset.builder();
    private final List<InstitutionId> institutionIds = new ArrayList<>();
    private final Map<CountryCode, List<InstitutionId>> byCountry = new HashMap<>();
    private final List<InstitutionId> south = new ArrayList<>();
    private final List<InstitutionId> north = new ArrayList<>();
    private final List<InstitutionId> multilaterals = new ArrayList<>();
    private final List<SolutionId> shareable = new ArrayList<>();
    private final Map<InstitutionId, CountryCode> countries = new HashMap<>();

    Assembly(Rng rng, int partnershipCount) {
      this.rng = rng;
      this.partnershipCount = Math.max(1, partnershipCount);
    }

    Dataset build() {
      addInstitutions(Math.max(12, partnershipCount / 4));
      addSolutions(Math.max(4, partnershipCount / 5));
      for (int i = 0; i < partnershipCount; i++) {
        addPartnership(i);
      }
      // Knowledge requests (1.1): after everything else, so the rest is generated as before.
      return RequestGen.withRequests(dataset.build(), rng);
    }

    private void addInstitutions(int count) {
      for (int i = 0; i < count; i++) {
        // Every fourth institution is in the North; the first eight cover eight countries and the
        // ninth shares the first one's, so regional and domestic partnerships always find members.
        boolean northern = i % 4 == 3;
        List<CountryCode> pool = northern ? CommonGen.NORTH : CommonGen.SOUTH;
        CountryCode country = i <= 8 ? pool.get(i % 8 % pool.size()) : rng.pick(pool);
        InstitutionId id = InstitutionId.of("INST-" + i);
        Institution institution =
            InstitutionGen.institution(id, country, sample(institutionIds)).next(rng);
        if (i % 10 == 6) {
          // Multilateral partnerships need a multilateral organisation among their members.
          institution =
              Institution.builder()
                  .from(institution)
                  .type(InstitutionType.MULTILATERAL)
                  .iatiOrganisationType(Optional.empty())
                  .build();
          multilaterals.add(id);
        }
        dataset.addInstitutions(institution);
        institutionIds.add(id);
        byCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(id);
        countries.put(id, country);
        (northern ? north : south).add(id);
      }
      // Format 1.1 (institutions): an institution without a country, e.g. a multilateral whose
      // publisher gave none. It takes part in no partnership, so the country pools stay whole.
      dataset.addInstitutions(
          Institution.builder()
              .from(
                  InstitutionGen.institution(
                          InstitutionId.of("INST-NOWHERE"), CommonGen.NORTH.get(0))
                      .next(rng))
              .country(Optional.empty())
              .build());
    }

    private void addSolutions(int count) {
      for (int i = 0; i < count; i++) {
        InstitutionId owner = rng.pick(institutionIds);
        Solution solution =
            SolutionGen.solution(
                    SolutionId.of("SOL-" + i), owner, countryOf(owner), sample(institutionIds))
                .next(rng);
        solution = withAdoptersAtHome(solution);
        dataset.addSolutions(solution);
        if (solution.stage().isAtLeast(SolutionStage.VALIDATED)) {
          shareable.add(solution.id());
        }
      }
    }

    /** Moves each adoption to its adopter's country, or drops an adopter of the origin country. */
    private Solution withAdoptersAtHome(Solution solution) {
      List<Adoption> adoptions = new ArrayList<>(solution.adoptions().size());
      for (Adoption adoption : solution.adoptions()) {
        if (adoption.institution().isEmpty()) {
          adoptions.add(adoption);
        } else if (countryOf(adoption.institution().get()).equals(solution.originCountry())) {
          adoptions.add(Adoption.builder().from(adoption).institution(Optional.empty()).build());
        } else {
          CountryCode home = countryOf(adoption.institution().get());
          adoptions.add(Adoption.builder().from(adoption).country(home).build());
        }
      }
      return Solution.builder().from(solution).adoptions(adoptions).build();
    }

    private void addPartnership(int index) {
      Modality modality = rng.pick(Modality.class);
      List<InstitutionId> providers = new ArrayList<>();
      List<InstitutionId> recipients = new ArrayList<>();
      List<InstitutionId> facilitators = new ArrayList<>();
      switch (modality) {
        case SOUTH_SOUTH -> pickAbroad(south, south, providers, recipients);
        case NORTH_SOUTH -> pickDistinct(north, south, providers, recipients);
        case SOUTH_NORTH -> pickDistinct(south, north, providers, recipients);
        case TRIANGULAR -> {
          pickAbroad(south, south, providers, recipients);
          facilitators.add(rng.pick(north));
        }
        case REGIONAL -> pickInThreeCountries(providers, recipients);
        case DOMESTIC -> pickInOneCountry(providers, recipients);
        case MULTILATERAL -> pickDistinct(multilaterals, institutionIds, providers, recipients);
      }
      List<SolutionId> solutions =
          shareable.isEmpty() ? List.of() : rng.distinct(sample(shareable), 0, 2);
      PartnershipId id = PartnershipId.of("PART-" + index);
      Partnership partnership =
          PartnershipGen.partnership(id, modality, providers, recipients, facilitators, solutions)
              .next(rng);
      dataset.addPartnerships(partnership);
      if (rng.chance(0.6)) {
        dataset.addFundings(
            FundingGen.forPartnership(FundingId.of("FUND-" + index), partnership).next(rng));
      }
      if (rng.chance(0.5)) {
        dataset.addResultsFrameworks(
            ResultsGen.forPartnership(ResultsFrameworkId.of("RF-" + index), partnership).next(rng));
      }
    }

    private void pickDistinct(
        List<InstitutionId> providerPool,
        List<InstitutionId> recipientPool,
        List<InstitutionId> providers,
        List<InstitutionId> recipients) {
      providers.add(rng.pick(providerPool));
      InstitutionId recipient = rng.pick(recipientPool);
      while (providers.contains(recipient)) {
        recipient = rng.pick(recipientPool);
      }
      recipients.add(recipient);
    }

    /** The first southern institutions are in distinct countries, so three countries exist. */
    /** Like {@link #pickDistinct}, with the recipient in another country than the provider. */
    private void pickAbroad(
        List<InstitutionId> providerPool,
        List<InstitutionId> recipientPool,
        List<InstitutionId> providers,
        List<InstitutionId> recipients) {
      InstitutionId provider = rng.pick(providerPool);
      InstitutionId recipient = rng.pick(recipientPool);
      for (int i = 0; countryOf(recipient).equals(countryOf(provider)); i++) {
        // The first southern institutions are in distinct countries: a fallback that always works.
        recipient = i < 50 ? rng.pick(recipientPool) : recipientPool.get(i % 3);
      }
      providers.add(provider);
      recipients.add(recipient);
    }

    private void pickInThreeCountries(
        List<InstitutionId> providers, List<InstitutionId> recipients) {
      List<InstitutionId> distinctCountries = new ArrayList<>();
      List<CountryCode> seen = new ArrayList<>();
      for (InstitutionId id : pickSome(south)) {
        if (!seen.contains(countryOf(id))) {
          seen.add(countryOf(id));
          distinctCountries.add(id);
        }
      }
      for (int i = 0; distinctCountries.size() < 3; i++) {
        InstitutionId id = south.get(i);
        if (!seen.contains(countryOf(id))) {
          seen.add(countryOf(id));
          distinctCountries.add(id);
        }
      }
      providers.add(distinctCountries.get(0));
      recipients.addAll(distinctCountries.subList(1, distinctCountries.size()));
    }

    private void pickInOneCountry(List<InstitutionId> providers, List<InstitutionId> recipients) {
      List<InstitutionId> compatriots = byCountry.get(countryOf(rng.pick(institutionIds)));
      if (compatriots.size() < 2) {
        compatriots =
            byCountry.values().stream().filter(ids -> ids.size() >= 2).findFirst().orElseThrow();
      }
      pickDistinct(compatriots, compatriots, providers, recipients);
    }

    private CountryCode countryOf(InstitutionId id) {
      return countries.get(id);
    }

    /** Up to a few distinct values of {@code pool}, without copying it. */
    private <T> List<T> sample(List<T> pool) {
      return pool.isEmpty() ? List.of() : pickSome(pool);
    }

    private <T> List<T> pickSome(List<T> pool) {
      List<T> some = new ArrayList<>(SAMPLE);
      for (int i = 0; i < SAMPLE; i++) {
        T value = rng.pick(pool);
        if (!some.contains(value)) {
          some.add(value);
        }
      }
      return some;
    }
  }
}
