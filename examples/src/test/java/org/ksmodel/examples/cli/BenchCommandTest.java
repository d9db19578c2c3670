package org.ksmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.Options;

/** The bench command's command line; no benchmark runs here (JMH runs only from the jar). */
class BenchCommandTest {
  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void isListedAndHasItsOwnHelp() {
    assertThat(run("--help")).isZero();
    assertThat(cli.out()).contains("bench ");
    cli.resetOut();
    assertThat(run("bench", "--help")).isZero();
    assertThat(cli.out())
        .contains("usage: ksmodel bench [-h] [--quick] [--only REGEX]")
        .contains("ratio NAME = VALUE");
  }

  @Test
  void wrongCommandLinesExitWithTwoAndOneLine() {
    for (List<String> args :
        List.of(
            List.of("bench", "--fast"),
            List.of("bench", "JsonBenchmark"),
            List.of("bench", "--only"),
            List.of("bench", "--only", "Json(Benchmark"),
            List.of("bench", "--only", "NoSuchBenchmarkAnywhere"))) {
      cli.resetErr();
      assertThat(run(args.toArray(String[]::new))).as("%s", args).isEqualTo(2);
      assertThat(cli.err().lines()).as("%s", args).hasSize(1);
    }
    assertThat(cli.err()).contains("no benchmark matches");
  }

  @Test
  void quickRunsSmallerDatasetsWithFewerShorterIterations() {
    Options quick = BenchCommand.options(true, Optional.empty());
    Options full = BenchCommand.options(false, Optional.empty());

    assertThat(quick.getParameter("size").get()).containsExactly("1000");
    assertThat(quick.getParameter("partnerships").get()).containsExactly("1000", "10000");
    assertThat(quick.getParameter("workingSet").get()).containsExactly("10000");
    assertThat(quick.getMeasurementIterations().get()).isLessThan(5);
    assertThat(quick.getExcludes()).containsExactly("DatasetIndexBenchmark\\.buildLookups$");
    // The full run keeps each benchmark's own sizes and iterations (its annotations).
    assertThat(full.getParameter("size").hasValue()).isFalse();
    assertThat(full.getMeasurementIterations().hasValue()).isFalse();
  }

  @Test
  void runsEveryBenchmarkOfThePackageOrThoseOnlyNamesMatch() {
    assertThat(BenchCommand.options(false, Optional.empty()).getIncludes())
        .containsExactly(Pattern.quote("org.ksmodel.examples.bench."));
    assertThat(BenchCommand.options(false, Optional.of("Json")).getIncludes())
        .containsExactly("Json");
  }
}
