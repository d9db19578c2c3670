package org.ksmodel.examples.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The comparisons with the baselines (their floors in examples/README.md), computed from benchmark
 * figures. A comparison of ksmodel with a baseline is ksmodel's throughput divided by the
 * baseline's (higher is better, 1.0 is a tie); a scaling ratio is the time at the largest size
 * divided by the time at the smallest (10.0 is linear for sizes 10x apart).
 */
public final class Ratios {
  private Ratios() {}

  /**
   * One benchmark's result.
   *
   * @param benchmark the class and method, {@code JsonBenchmark.readKsmodel}
   * @param params the JMH parameters, {@code size=5000}
   * @param nanosPerOp the average time of one operation
   */
  public record Figure(String benchmark, Map<String, String> params, double nanosPerOp) {
    public Figure {
      params = Map.copyOf(params);
    }
  }

  /** A named ratio, printed as {@code ratio NAME = VALUE}. */
  public record Ratio(String name, double value) {
    public String line() {
      return String.format(Locale.ROOT, "ratio %s = %.2f", name, value);
    }
  }

  private sealed interface Comparison permits Versus, Scaling {
    String name();
  }

  private record Versus(String name, String ksmodel, String baseline) implements Comparison {}

  private record Scaling(String name, String benchmark, String param) implements Comparison {}

  private static final List<Comparison> COMPARISONS =
      List.of(
          new Versus("json-read-vs-pojo", "JsonBenchmark.readKsmodel", "JsonBenchmark.readPojos"),
          new Versus(
              "json-write-vs-pojo", "JsonBenchmark.writeKsmodel", "JsonBenchmark.writePojos"),
          new Versus(
              "module-read-vs-facade", "JsonBenchmark.readModule", "JsonBenchmark.readKsmodel"),
          new Versus(
              "validate-vs-bean-validation",
              "BeanValidationBenchmark.ksmodel",
              "BeanValidationBenchmark.beanValidation"),
          new Versus(
              "stream-validate-vs-read", "NdjsonBenchmark.readAndValidate", "NdjsonBenchmark.read"),
          new Scaling("validate-scaling-10x", "ValidationBenchmark.validate", "partnerships"),
          new Scaling(
              "index-scaling-10x", "DatasetIndexBenchmark.buildLookupsAndQueries", "partnerships"));

  /** The names of every comparison, in the order they are printed. */
  public static List<String> names() {
    return COMPARISONS.stream().map(Comparison::name).toList();
  }

  /** The ratios that {@code figures} hold both sides of, in the order of {@link #names()}. */
  public static List<Ratio> of(List<Figure> figures) {
    List<Ratio> ratios = new ArrayList<>();
    for (Comparison comparison : COMPARISONS) {
      Optional<Double> value =
          comparison instanceof Versus versus
              ? versus(versus, figures)
              : scaling((Scaling) comparison, figures);
      value.ifPresent(v -> ratios.add(new Ratio(comparison.name(), v)));
    }
    return ratios;
  }

  /** Pairs a ksmodel figure with the baseline's of the same parameters. */
  private static Optional<Double> versus(Versus versus, List<Figure> figures) {
    for (Figure ksmodel : figures) {
      if (ksmodel.benchmark().equals(versus.ksmodel())) {
        for (Figure baseline : figures) {
          if (baseline.benchmark().equals(versus.baseline())
              && baseline.params().equals(ksmodel.params())) {
            return Optional.of(baseline.nanosPerOp() / ksmodel.nanosPerOp());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The time at the largest size of the benchmark divided by the time at the smallest. */
  private static Optional<Double> scaling(Scaling scaling, List<Figure> figures) {
    List<Figure> sizes =
        figures.stream()
            .filter(f -> f.benchmark().equals(scaling.benchmark()))
            .filter(f -> f.params().containsKey(scaling.param()))
            .sorted(Comparator.comparingLong(f -> Long.parseLong(f.params().get(scaling.param()))))
            .toList();
    if (sizes.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(sizes.get(sizes.size() - 1).nanosPerOp() / sizes.get(0).nanosPerOp());
  }

  /**
   * The time of one operation in nanoseconds from a JMH score and its unit: a time per operation
   * ({@code ms/op}) or a throughput ({@code ops/s}).
   *
   * @throws IllegalArgumentException for another unit
   */
  public static double nanosPerOp(double score, String unit) {
    String[] parts = unit.split("/", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("not a JMH time or throughput unit: " + unit);
    }
    if (parts[1].equals("op")) {
      return score * nanos(parts[0], unit);
    }
    if (parts[0].equals("ops")) {
      return nanos(parts[1], unit) / score;
    }
    throw new IllegalArgumentException("not a JMH time or throughput unit: " + unit);
  }

  private static double nanos(String timeUnit, String unit) {
    return switch (timeUnit) {
      case "ns" -> 1;
      case "us" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      case "min" -> 60e9;
      default -> throw new IllegalArgumentException("unknown time unit in " + unit);
    };
  }
}
