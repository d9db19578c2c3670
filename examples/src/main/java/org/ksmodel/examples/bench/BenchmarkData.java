package org.ksmodel.examples.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.Rng;

/**
 * The generated datasets the benchmarks run on: valid, realistic in shape, and the same for the
 * same size in every run (fixed seed), so figures of different runs compare.
 */
public final class BenchmarkData {
  public static final long SEED = 20_261_123L;

  private static final Map<Integer, Dataset> CACHE = new ConcurrentHashMap<>();

  private BenchmarkData() {}

  /** The partnerships that the datasets of one scaling benchmark hold together. */
  public static final int WORKING_SET = 100_000;

  /** A valid dataset of {@code partnerships} partnerships. */
  public static Dataset dataset(int partnerships) {
    return CACHE.computeIfAbsent(
        partnerships, size -> DatasetGen.dataset(size).next(Rng.seeded(SEED)));
  }

  /**
   * Distinct datasets of {@code partnerships} partnerships that together hold {@link #WORKING_SET}.
   * A scaling benchmark cycles through them, so the small size is not measured with all its data in
   * the CPU caches while the large one is not: both sizes then read memory alike, and the ratio of
   * their times shows the algorithm, not the cache.
   */
  public static Dataset[] workingSet(int partnerships) {
    int count = Math.max(1, WORKING_SET / partnerships);
    Dataset[] datasets = new Dataset[count];
    datasets[0] = dataset(partnerships);
    for (int i = 1; i < count; i++) {
      datasets[i] = DatasetGen.dataset(partnerships).next(Rng.seeded(SEED + i));
    }
    return datasets;
  }
}
