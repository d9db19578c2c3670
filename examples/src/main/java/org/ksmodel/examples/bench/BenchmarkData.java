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

  /** A valid dataset of {@code partnerships} partnerships. */
  public static Dataset dataset(int partnerships) {
    return CACHE.computeIfAbsent(
        partnerships, size -> DatasetGen.dataset(size).next(Rng.seeded(SEED)));
  }
}
