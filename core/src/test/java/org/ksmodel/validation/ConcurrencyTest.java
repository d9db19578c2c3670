package org.ksmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.EntityId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Funding;
import org.ksmodel.institution.Institution;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;
import org.ksmodel.testkit.Concurrently;
import org.ksmodel.testkit.DatasetCorruptions;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.Rng;

/**
 * Validators and datasets are shared across threads: threads released together over shared
 * instances (a validator whose message cache is cold, datasets whose lazy indexes are not built)
 * get exactly what one thread alone gets. Reference data racing to load is tested by {@code
 * LazyLoadingTest}.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Gen<Dataset> MESSY = DatasetCorruptions.corrupted(DatasetGen.dataset(5, 40));

  /** The same dataset as a new instance: its lazy indexes are not built yet. */
  private static Dataset fresh(Dataset dataset) {
    return Dataset.builder().from(dataset).build();
  }

  private static Validator validator(RuleSet rules) {
    return Validator.builder().ruleSet(rules).clock(CLOCK).build();
  }

  @Test
  void aSharedValidatorGivesEveryThreadTheReportOfOneThreadAlone() {
    List<Dataset> inputs = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      inputs.add(MESSY.next(Rng.seeded(7_000 + i)));
    }
    List<ValidationReport> expected = new ArrayList<>();
    List<ValidationReport> expectedStrict = new ArrayList<>();
    for (Dataset input : inputs) {
      expected.add(validator(RuleSet.defaults()).validate(fresh(input)));
      expectedStrict.add(validator(RuleSet.strict()).validate(fresh(input)));
    }
    assertThat(expected.stream().mapToInt(r -> r.violations().size()).sum()).isGreaterThan(24);
    List<Dataset> shared = inputs.stream().map(ConcurrencyTest::fresh).toList();
    Validator validator = validator(RuleSet.defaults());
    Validator strict = validator(RuleSet.strict());
    Concurrently.run(
        THREADS,
        thread -> {
          for (int round = 0; round < 2; round++) {
            for (int i = 0; i < shared.size(); i++) {
              int k = (i + thread * 5) % shared.size();
              assertThat(validator.validate(shared.get(k))).isEqualTo(expected.get(k));
              assertThat(strict.validate(shared.get(k))).isEqualTo(expectedStrict.get(k));
              Partnership first = inputs.get(k).partnerships().get(0);
              assertThat(validator.validate(first))
                  .isEqualTo(validator(RuleSet.defaults()).validate(first));
            }
          }
        });
  }

  @Test
  void threadsFirstTouchingTheLazyIndexesOfOneDatasetAllSeeTheSameDataset() {
    Validator validator = validator(RuleSet.defaults());
    for (int round = 0; round < 8; round++) {
      Dataset input =
          DatasetCorruptions.corrupted(DatasetGen.dataset(30, 60)).next(Rng.seeded(round));
      List<Supplier<String>> alone = queries(fresh(input), validator);
      List<String> expected = alone.stream().map(Supplier::get).toList();
      Dataset shared = fresh(input);
      List<Supplier<String>> queries = queries(shared, validator);
      Concurrently.run(
          THREADS,
          thread -> {
            // Each thread starts with another query, so each lazy part is built first by some.
            String[] answers = new String[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
              int k = (i + thread * queries.size() / THREADS) % queries.size();
              answers[k] = queries.get(k).get();
            }
            assertThat(answers).containsExactlyElementsOf(expected);
          });
    }
  }

  /** Every query of a dataset, each answered as text. */
  private static List<Supplier<String>> queries(Dataset dataset, Validator validator) {
    List<Supplier<String>> queries = new ArrayList<>();
    List<EntityId> ids = new ArrayList<>();
    dataset.institutions().forEach(e -> ids.add(e.id()));
    dataset.solutions().forEach(e -> ids.add(e.id()));
    dataset.partnerships().forEach(e -> ids.add(e.id()));
    dataset.fundings().forEach(e -> ids.add(e.id()));
    dataset.resultsFrameworks().forEach(e -> ids.add(e.id()));
    queries.add(() -> dataset.network().links().toString());
    queries.add(() -> dataset.network().mostConnected(5).toString());
    queries.add(() -> validator.validate(dataset).toString());
    queries.add(() -> dataset.duplicateIds().toString());
    for (EntityId id : ids) {
      queries.add(() -> id + " " + dataset.contains(id) + " " + dataset.positionOf(id));
    }
    for (Institution institution : dataset.institutions()) {
      InstitutionId id = institution.id();
      queries.add(() -> ids(dataset.institution(id).stream().toList(), Institution::id));
      institution
          .country()
          .ifPresent(
              country -> {
                queries.add(() -> ids(dataset.institutionsIn(country), Institution::id));
                queries.add(() -> ids(dataset.partnershipsIn(country), Partnership::id));
              });
      queries.add(() -> ids(dataset.partnershipsOf(id), Partnership::id));
      queries.add(() -> ids(dataset.solutionsOwnedBy(id), Solution::id));
      queries.add(() -> dataset.network().partnersOf(id).toString());
    }
    for (Partnership partnership : dataset.partnerships()) {
      queries.add(() -> ids(dataset.fundingsOf(partnership.id()), Funding::id));
      queries.add(() -> ids(dataset.resultsFrameworksOf(partnership.id()), ResultsFramework::id));
      queries.add(() -> ids(dataset.childrenOf(partnership.id()), Partnership::id));
      partnership
          .dacSectors()
          .forEach(s -> queries.add(() -> ids(dataset.partnershipsInSector(s), Partnership::id)));
      partnership
          .sdgTargets()
          .forEach(t -> queries.add(() -> ids(dataset.partnershipsFor(t), Partnership::id)));
    }
    for (Modality modality : Modality.values()) {
      queries.add(() -> ids(dataset.partnershipsWith(modality), Partnership::id));
    }
    for (SolutionStage stage : SolutionStage.values()) {
      queries.add(() -> ids(dataset.solutionsAt(stage), Solution::id));
    }
    return queries;
  }

  private static <T> String ids(List<T> entities, java.util.function.Function<T, ?> id) {
    return entities.stream().map(e -> String.valueOf(id.apply(e))).collect(Collectors.joining(","));
  }
}
