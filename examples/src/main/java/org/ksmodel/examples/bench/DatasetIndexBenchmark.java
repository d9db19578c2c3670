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
 * Building a dataset's indexes (lookups by id, the queries, duplicate detection): the cost must
 * grow linearly with the data, so the time per partnership stays flat from 10k to 100k.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DatasetIndexBenchmark {
  @Param({"10000", "100000"})
  public int partnerships;

  private Dataset source;

  @Setup(Level.Trial)
  public void generate() {
    source = BenchmarkData.dataset(partnerships);
  }

  /** A fresh copy has no indexes yet; the first lookup builds them all. */
  @Benchmark
  public Object buildIndexes() {
    Dataset copy = Dataset.builder().from(source).build();
    return copy.partnership(source.partnerships().get(0).id());
  }
}
