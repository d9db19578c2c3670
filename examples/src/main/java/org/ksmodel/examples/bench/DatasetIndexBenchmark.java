package org.ksmodel.examples.bench;

import java.util.concurrent.TimeUnit;
import org.ksmodel.dataset.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a dataset's indexes: the lookups by id (with duplicate detection), which every reader
 * and the validator need, and the query indexes (by country, modality, sector, SDG, ...), built on
 * the first query. The cost must grow linearly with the data. Each size cycles through datasets
 * that hold {@code workingSet} partnerships together, so both sizes are measured with their data
 * out of the CPU caches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DatasetIndexBenchmark {
  @Param({"10000", "100000"})
  public int partnerships;

  /** The partnerships of the datasets cycled through, at every size; see {@link BenchmarkData}. */
  @Param("100000")
  public int workingSet;

  private Dataset[] sources;
  private int next;

  @Setup(Level.Trial)
  public void generate() {
    sources = BenchmarkData.workingSet(partnerships, workingSet);
  }

  private Dataset nextSource() {
    Dataset source = sources[next];
    next = (next + 1) % sources.length;
    return source;
  }

  /** A fresh copy has no indexes yet; the first lookup builds the lookups by id. */
  @Benchmark
  public Object buildLookups() {
    Dataset source = nextSource();
    Dataset copy = Dataset.builder().from(source).build();
    return copy.partnership(source.partnerships().get(0).id());
  }

  /** The first lookup and the first query: every index but the network. */
  @Benchmark
  public Object buildLookupsAndQueries() {
    Dataset source = nextSource();
    Dataset copy = Dataset.builder().from(source).build();
    copy.partnership(source.partnerships().get(0).id());
    return copy.partnershipsWith(source.partnerships().get(0).modality());
  }
}
