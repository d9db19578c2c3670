package org.ksmodel.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the command-line tool in this JVM and keeps what it printed, for tests. */
final class CliRun {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** The exit code of {@code ksmodel args...}; what it prints is added to {@link #out()}, ... */
  int run(String... args) {
    return runWithInput(new byte[0], args);
  }

  /** As {@link #run}, with {@code input} on standard input. */
  int runWithInput(byte[] input, String... args) {
    Console console =
        new Console(
            new ByteArrayInputStream(input),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return KsModelCli.run(List.of(args), console);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Forgets what was printed on standard output so far. */
  void resetOut() {
    out.reset();
  }

  /** Forgets what was printed on standard error so far. */
  void resetErr() {
    err.reset();
  }
}
