package org.ksmodel.examples.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.Rng;
import org.ksmodel.validation.Validator;

/**
 * The generated datasets the benchmarks run on: valid, realistic in shape, and the same for the
 * same size in every run (fixed seed), so figures of different runs compare.
 */
public final class BenchmarkData {
  public static final long SEED = 20_261_123L;

  private static final Map<Integer, Dataset> CACHE = new ConcurrentHashMap<>();

  private BenchmarkData() {}

  /** The partnerships that the datasets of one scaling benchmark hold together, by default. */
  public static final int WORKING_SET = 100_000;

  /**
   * The validator of every benchmark: the default rules, with a fixed clock so that the generated
   * data stays valid whatever the day of the run.
   */
  public static Validator validator() {
    return Validator.builder()
        .clock(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  /** A valid dataset of {@code partnerships} partnerships. */
  public static Dataset dataset(int partnerships) {
    return CACHE.computeIfAbsent(
        partnerships, size -> DatasetGen.dataset(size).next(Rng.seeded(SEED)));
  }

  /**
   * Distinct datasets of {@code partnerships} partnerships that together hold {@code workingSet}
   * partnerships (the largest size of the benchmark, {@link #WORKING_SET} by default). A scaling
   * benchmark cycles through them, so the small size is not measured with all its data in the CPU
   * caches while the large one is not: both sizes then read memory alike, and the ratio of their
   * times shows the algorithm, not the cache.
   */
  public static Dataset[] workingSet(int partnerships, int workingSet) {
    int count = Math.max(1, workingSet / partnerships);
    Dataset[] datasets = new Dataset[count];
    datasets[0] = dataset(partnerships);
    for (int i = 1; i < count; i++) {
      datasets[i] = DatasetGen.dataset(partnerships).next(Rng.seeded(SEED + i));
    }
    return datasets;
  }
}
