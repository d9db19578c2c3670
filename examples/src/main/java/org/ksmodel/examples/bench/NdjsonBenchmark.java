package org.ksmodel.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.ksmodel.json.KsJson;
import org.ksmodel.json.NdjsonReader;
import org.ksmodel.json.NdjsonRecord;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Streaming a generated dataset's NDJSON (one entity a line, held in memory so that the disk does
 * not count) through {@link NdjsonReader}: reading alone, and reading with each entity validated on
 * its own as it arrives ({@code Validator.validate(entity)}: the rules that need no other entity).
 * The floor asks read and validate to keep 80 % of the throughput of reading alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
// Five warm-up iterations: after three, on a busy machine, times were still falling.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class NdjsonBenchmark {
  /** Partnerships in the dataset; there are about 2.5 entities per partnership. */
  @Param("5000")
  public int size;

  private final KsJson json = KsJson.lenient();
  private Validator validator;
  private byte[] ndjson;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    ndjson = json.writeNdjson(BenchmarkData.dataset(size)).getBytes(StandardCharsets.UTF_8);
    validator = BenchmarkData.validator();
    long read = read(null);
    long findings = readAndValidate(null);
    if (read != BenchmarkData.dataset(size).size() || findings != 0) {
      throw new IllegalStateException(
          "expected the dataset's entities, valid; read " + read + ", findings " + findings);
    }
  }

  /** Returns the number of entities read. */
  @Benchmark
  public long read(Blackhole sink) throws IOException {
    long entities = 0;
    try (NdjsonReader reader = json.ndjsonReader(new ByteArrayInputStream(ndjson))) {
      while (reader.hasNext()) {
        NdjsonRecord record = reader.next();
        if (record.isSuccess()) {
          entities++;
          consume(sink, record.entity().orElseThrow());
        }
      }
    }
    return entities;
  }

  /** Returns the number of findings (zero on this valid data). */
  @Benchmark
  public long readAndValidate(Blackhole sink) throws IOException {
    long findings = 0;
    try (NdjsonReader reader = json.ndjsonReader(new ByteArrayInputStream(ndjson))) {
      while (reader.hasNext()) {
        NdjsonRecord record = reader.next();
        if (record.isSuccess()) {
          ValidationReport report = validator.validateEntity(record.entity().orElseThrow());
          findings += report.violations().size();
          consume(sink, report);
        }
      }
    }
    return findings;
  }

  private static void consume(Blackhole sink, Object value) {
    if (sink != null) {
      sink.consume(value);
    }
  }
}
