package org.ksmodel.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.json.KsJson;
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
 * Validating one generated dataset: ksmodel's {@link Validator} with every default rule (the
 * cross-entity rules and reference lists included) on the model, and Hibernate Validator with the
 * field-level subset documented on {@link Pojos} on the same data as POJOs (read from the document
 * ksmodel writes). The data is valid, so both find nothing, as on most real records; ksmodel runs
 * more checks, so the ratio understates its lead on equal work. The dataset's indexes are built
 * beforehand, as they are after reading.
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
public class BeanValidationBenchmark {
  /** Partnerships in the dataset; there are about 2.5 entities per partnership. */
  @Param("5000")
  public int size;

  private Dataset dataset;
  private Pojos.Dataset pojos;
  private Validator validator;
  private jakarta.validation.Validator beanValidator;

  @Setup(Level.Trial)
  public void generate() throws IOException {
    dataset = BenchmarkData.dataset(size);
    ObjectMapper mapper = PojoJson.mapper();
    pojos = mapper.readValue(KsJson.strict().writeBytes(dataset), Pojos.Dataset.class);
    validator = BenchmarkData.validator();
    beanValidator = BeanValidation.validator();
    ValidationReport report = validator.validate(dataset);
    Set<ConstraintViolation<Pojos.Dataset>> violations = beanValidator.validate(pojos);
    if (!report.isEmpty() || !violations.isEmpty()) {
      throw new IllegalStateException(
          "benchmark data should be valid: " + report.countsByCode() + " " + violations);
    }
  }

  @Benchmark
  public ValidationReport ksmodel() {
    return validator.validate(dataset);
  }

  @Benchmark
  public Set<ConstraintViolation<Pojos.Dataset>> beanValidation() {
    return beanValidator.validate(pojos);
  }
}
