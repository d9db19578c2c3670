package org.ksmodel.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ksmodel.examples.bench.Ratios.Figure;
import org.ksmodel.examples.bench.Ratios.Ratio;

class RatiosTest {
  private static Figure figure(String benchmark, double nanos, String... params) {
    Map<String, String> map =
        params.length == 0 ? Map.of() : Map.of(params[0].split("=")[0], params[0].split("=")[1]);
    return new Figure(benchmark, map, nanos);
  }

  private static List<Figure> everyBenchmark() {
    return List.of(
        figure("JsonBenchmark.readKsmodel", 50, "size=5000"),
        figure("JsonBenchmark.readPojos", 100, "size=5000"),
        figure("JsonBenchmark.readModule", 55, "size=5000"),
        figure("JsonBenchmark.writeKsmodel", 40, "size=5000"),
        figure("JsonBenchmark.writePojos", 30, "size=5000"),
        figure("BeanValidationBenchmark.ksmodel", 10, "size=5000"),
        figure("BeanValidationBenchmark.beanValidation", 125, "size=5000"),
        figure("NdjsonBenchmark.read", 90, "size=5000"),
        figure("NdjsonBenchmark.readAndValidate", 100, "size=5000"),
        figure("ValidationBenchmark.validate", 1_100, "partnerships=100000"),
        figure("ValidationBenchmark.validate", 100, "partnerships=10000"),
        figure("DatasetIndexBenchmark.buildLookups", 7, "partnerships=10000"),
        figure("DatasetIndexBenchmark.buildLookupsAndQueries", 20, "partnerships=10000"),
        figure("DatasetIndexBenchmark.buildLookupsAndQueries", 300, "partnerships=100000"));
  }

  @Test
  void comparesKsmodelsThroughputWithTheBaselinesAndTimesAtTheLargestSizeWithTheSmallest() {
    assertThat(Ratios.of(everyBenchmark()))
        .containsExactly(
            new Ratio("json-read-vs-pojo", 2.0),
            new Ratio("json-write-vs-pojo", 0.75),
            new Ratio("module-read-vs-facade", 50.0 / 55),
            new Ratio("validate-vs-bean-validation", 12.5),
            new Ratio("stream-validate-vs-read", 0.9),
            new Ratio("validate-scaling-10x", 11.0),
            new Ratio("index-scaling-10x", 15.0));
  }

  @Test
  void namesEveryComparisonInTheOrderOfTheRatios() {
    assertThat(Ratios.names())
        .containsExactlyElementsOf(Ratios.of(everyBenchmark()).stream().map(Ratio::name).toList());
  }

  @Test
  void leavesOutAComparisonOneSideOfWhichIsMissing() {
    List<Figure> figures =
        List.of(
            figure("JsonBenchmark.readKsmodel", 50, "size=5000"),
            figure("JsonBenchmark.writeKsmodel", 40, "size=5000"),
            figure("JsonBenchmark.writePojos", 80, "size=5000"),
            figure("ValidationBenchmark.validate", 100, "partnerships=10000"));

    assertThat(Ratios.of(figures)).containsExactly(new Ratio("json-write-vs-pojo", 2.0));
  }

  @Test
  void pairsOnlyFiguresOfTheSameParameters() {
    List<Figure> figures =
        List.of(
            figure("JsonBenchmark.readKsmodel", 50, "size=1000"),
            figure("JsonBenchmark.readPojos", 400, "size=5000"),
            figure("JsonBenchmark.readKsmodel", 200, "size=5000"));

    assertThat(Ratios.of(figures)).containsExactly(new Ratio("json-read-vs-pojo", 2.0));
  }

  @Test
  void scalesFromTheSmallestToTheLargestSizeWhateverTheirOrder() {
    List<Figure> figures =
        List.of(
            figure("ValidationBenchmark.validate", 50, "partnerships=5000"),
            figure("ValidationBenchmark.validate", 600, "partnerships=50000"),
            figure("ValidationBenchmark.validate", 10, "partnerships=500"));

    assertThat(Ratios.of(figures)).containsExactly(new Ratio("validate-scaling-10x", 60.0));
  }

  @Test
  void printsTheRatioWithTwoDecimals() {
    assertThat(new Ratio("json-read-vs-pojo", 1.0666).line())
        .isEqualTo("ratio json-read-vs-pojo = 1.07");
    assertThat(new Ratio("validate-scaling-10x", 12).line())
        .isEqualTo("ratio validate-scaling-10x = 12.00");
  }

  @Test
  void convertsJmhTimesAndThroughputsToNanosecondsPerOperation() {
    assertThat(Ratios.nanosPerOp(2.5, "ms/op")).isCloseTo(2.5e6, within(1e-6));
    assertThat(Ratios.nanosPerOp(3, "us/op")).isCloseTo(3e3, within(1e-9));
    assertThat(Ratios.nanosPerOp(7, "ns/op")).isCloseTo(7, within(1e-12));
    assertThat(Ratios.nanosPerOp(4, "ops/s")).isCloseTo(2.5e8, within(1e-6));
    assertThat(Ratios.nanosPerOp(20, "ops/ms")).isCloseTo(5e4, within(1e-9));
    assertThatThrownBy(() -> Ratios.nanosPerOp(1, "MB/sec"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Ratios.nanosPerOp(1, "ms"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
