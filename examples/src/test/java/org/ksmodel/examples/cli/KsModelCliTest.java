package org.ksmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class KsModelCliTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    Console console =
        new Console(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return KsModelCli.standard().run(List.of(args), console);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void demoValidatesAndSummarisesTheShowcase() {
    assertThat(run("demo")).isZero();
    assertThat(out()).contains("Validation: valid, 0 violations");
    assertThat(out()).contains("Partnerships by modality").contains("TRIANGULAR");
    assertThat(out()).contains("Most connected institutions");
    assertThat(err()).isEmpty();
  }

  @Test
  void wrongCommandLinesExitWithTwoAndOneLine() {
    assertThat(run("nonsense")).isEqualTo(2);
    assertThat(err())
        .isEqualTo("ksmodel: unknown command 'nonsense'; try --help" + System.lineSeparator());
    err.reset();
    assertThat(run("demo", "--frobnicate")).isEqualTo(2);
    assertThat(err().lines()).hasSize(1).first().asString().contains("unknown option --frobnicate");
    assertThat(run()).isEqualTo(2);
    assertThat(out()).contains("usage:");
  }

  @Test
  void everyCommandHasHelp() {
    assertThat(run("--help")).isZero();
    assertThat(out()).contains("demo");
    out.reset();
    assertThat(run("demo", "--help")).isZero();
    assertThat(out()).startsWith("usage: ksmodel demo");
  }
}
