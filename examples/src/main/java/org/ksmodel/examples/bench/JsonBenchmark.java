package org.ksmodel.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.json.KsJson;
import org.ksmodel.json.KsJsonModule;
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
 * Reading and writing one JSON document of a generated dataset: through {@link KsJson} (strict, so
 * every problem would be reported) into the immutable model, and through plain Jackson databind
 * ({@link PojoJson}) into the mutable {@link Pojos}, the baseline of the JSON comparisons. Both
 * sides read the same bytes, the document ksmodel writes, and write a document of the same content
 * (a test checks that the POJOs write back an equal tree).
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
public class JsonBenchmark {
  /** Partnerships in the dataset; there are about 2.5 entities per partnership. */
  @Param("5000")
  public int size;

  private final KsJson json = KsJson.strict();
  private final ObjectMapper mapper = PojoJson.mapper();
  private final ObjectMapper module = new ObjectMapper().registerModule(new KsJsonModule());
  private Dataset dataset;
  private Pojos.Dataset pojos;
  private byte[] document;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    dataset = BenchmarkData.dataset(size);
    document = json.writeBytes(dataset);
    pojos = mapper.readValue(document, Pojos.Dataset.class);
  }

  @Benchmark
  public Dataset readKsmodel() {
    return json.readDataset(document).orElseThrow();
  }

  /**
   * The same document through a user's mapper with {@link KsJsonModule}, in its default settings.
   */
  @Benchmark
  public Dataset readModule() throws IOException {
    return module.readValue(document, Dataset.class);
  }

  @Benchmark
  public Pojos.Dataset readPojos() throws IOException {
    return mapper.readValue(document, Pojos.Dataset.class);
  }

  @Benchmark
  public byte[] writeKsmodel() {
    return json.writeBytes(dataset);
  }

  @Benchmark
  public byte[] writePojos() throws IOException {
    return mapper.writeValueAsBytes(pojos);
  }
}
