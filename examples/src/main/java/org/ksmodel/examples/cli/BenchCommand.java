package org.ksmodel.examples.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.ksmodel.examples.bench.Ratios;
import org.ksmodel.examples.bench.Ratios.Figure;
import org.ksmodel.examples.bench.Ratios.Ratio;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs the JMH benchmarks of {@code org.ksmodel.examples.bench}, each in a forked JVM on this jar's
 * class path, and prints every figure and then the ratios against their baselines.
 */
@Command(
    name = "bench",
    description = {
      "Runs the JMH benchmarks, each in a forked JVM (10 minutes or so; --quick under 3): JSON"
          + " read and write against plain Jackson databind on POJOs and through the Jackson"
          + " module, validation against Hibernate Validator, NDJSON read and validate against"
          + " read alone, and validation and index building at two sizes. Prints JMH's progress,"
          + " then each figure, then one line per comparison:",
      "",
      "  ratio NAME = VALUE",
      "",
      "A comparison is ksmodel's throughput divided by the baseline's (higher is better); a"
          + " scaling ratio is the time at the larger size divided by the time at the smaller,"
          + " 10x less. Run on an otherwise idle machine: other work makes every figure noisy."
    },
    exitCodeListHeading = "%nexit codes:%n",
    exitCodeList = {
      "0:the benchmarks ran",
      "2:the command line is wrong or REGEX matches nothing",
      "3:a benchmark failed"
    })
final class BenchCommand implements Callable<Integer> {
  private static final String PACKAGE = "org.ksmodel.examples.bench.";

  private final Console console;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Option(
      names = "--quick",
      description =
          "fewer and shorter iterations, smaller datasets (1,000 partnerships for the"
              + " comparisons, 1,000 and 10,000 for scaling instead of 5,000 and 10,000/100,000),"
              + " and no DatasetIndexBenchmark.buildLookups: a check that everything runs, whose"
              + " ratios are only rough")
  boolean quick;

  @Option(
      names = "--only",
      paramLabel = "REGEX",
      description =
          "only the benchmarks whose name (e.g. JsonBenchmark.readKsmodel) contains a match of"
              + " REGEX")
  String onlyPattern;

  BenchCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Optional<String> only = Optional.ofNullable(onlyPattern);
    if (only.isPresent()) {
      try {
        Pattern.compile(only.get());
      } catch (PatternSyntaxException e) {
        throw new ParameterException(
            spec.commandLine(), "--only needs a regular expression: " + e.getDescription());
      }
    }
    long start = System.nanoTime();
    Collection<RunResult> results;
    try {
      results = new Runner(options(quick, only)).run();
    } catch (NoBenchmarksException e) {
      throw new ParameterException(spec.commandLine(), "no benchmark matches " + only.orElse(""));
    } catch (RunnerException e) {
      throw new IllegalStateException("a benchmark failed: " + e.getMessage(), e);
    }
    print(results, Duration.ofNanos(System.nanoTime() - start), console);
    return KsModelCli.OK;
  }

  static Options options(boolean quick, Optional<String> only) {
    // JMH finds the regular expression anywhere in a benchmark's full name.
    ChainedOptionsBuilder options =
        new OptionsBuilder().include(only.orElse(Pattern.quote(PACKAGE))).shouldFailOnError(true);
    if (quick) {
      options
          .warmupIterations(2)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(3)
          .measurementTime(TimeValue.seconds(1))
          .param("size", "1000")
          .param("partnerships", "1000", "10000")
          .param("workingSet", "10000")
          // Only its sibling, which builds every index, is compared.
          .exclude("DatasetIndexBenchmark\\.buildLookups$");
    }
    return options.build();
  }

  private static void print(Collection<RunResult> results, Duration took, Console console) {
    List<Figure> figures = new ArrayList<>();
    console.out().println();
    console.out().println("figures (average time of one operation, with its 99.9 % error):");
    for (RunResult run : results) {
      BenchmarkParams params = run.getParams();
      String benchmark = params.getBenchmark().substring(PACKAGE.length());
      Map<String, String> values = new LinkedHashMap<>();
      params.getParamsKeys().forEach(key -> values.put(key, params.getParam(key)));
      Result<?> primary = run.getPrimaryResult();
      figures.add(
          new Figure(
              benchmark, values, Ratios.nanosPerOp(primary.getScore(), primary.getScoreUnit())));
      console
          .out()
          .println(
              String.format(
                  Locale.ROOT,
                  "  %-45s %-40s %10.3f ± %.3f %s",
                  benchmark,
                  values.toString(),
                  primary.getScore(),
                  primary.getScoreError(),
                  primary.getScoreUnit()));
    }
    List<Ratio> ratios = Ratios.of(figures);
    List<String> missing = new ArrayList<>(Ratios.names());
    ratios.forEach(ratio -> missing.remove(ratio.name()));
    if (!missing.isEmpty()) {
      console.out().println("not compared (a side was not run): " + String.join(", ", missing));
    }
    console.out().printf(Locale.ROOT, "took %d min %d s%n", took.toMinutes(), took.toSecondsPart());
    ratios.forEach(ratio -> console.out().println(ratio.line()));
  }
}
