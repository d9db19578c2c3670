package org.ksmodel.examples.bench;

import java.util.concurrent.TimeUnit;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.validation.ValidationReport;
import org.ksmodel.validation.Validator;
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
 * Validating a whole dataset with every default rule, cross-entity rules included; the indexes are
 * built beforehand, as they are when a dataset is read and then validated. Each size cycles through
 * datasets that hold {@code workingSet} partnerships together, so both sizes are measured with
 * their data out of the CPU caches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidationBenchmark {
  @Param({"10000", "100000"})
  public int partnerships;

  /** The partnerships of the datasets cycled through, at every size; see {@link BenchmarkData}. */
  @Param("100000")
  public int workingSet;

  private Dataset[] datasets;
  private int next;
  private Validator validator;

  @Setup(Level.Trial)
  public void generate() {
    datasets = BenchmarkData.workingSet(partnerships, workingSet);
    validator = BenchmarkData.validator();
    for (Dataset dataset : datasets) {
      ValidationReport report = validator.validate(dataset);
      if (!report.isEmpty()) {
        throw new IllegalStateException("benchmark data should be valid: " + report.countsByCode());
      }
    }
  }

  @Benchmark
  public ValidationReport validate() {
    Dataset dataset = datasets[next];
    next = (next + 1) % datasets.length;
    return validator.validate(dataset);
  }
}
