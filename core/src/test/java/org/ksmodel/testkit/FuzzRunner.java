package org.ksmodel.testkit;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a fuzzer: case {@code i} is made from {@code Rng.seeded(seed + i)}, where the seed is {@code
 * -Dksmodel.seed} or else the fuzzer's name, and {@code -Dksmodel.fuzz.iterations} overrides the
 * number of cases. Each case is checked on a worker thread under a deadline, so a hang fails the
 * case instead of the build; any {@link Throwable} (a stack overflow and an out-of-memory error
 * included) is a failure. A failing input is saved under {@code target/fuzz-failures} and named
 * with the seed that makes it again ({@code -Dksmodel.seed=S -Dksmodel.fuzz.iterations=1}).
 */
public final class FuzzRunner {
  public static final String ITERATIONS = "ksmodel.fuzz.iterations";
  private static final long DEADLINE_SECONDS = Long.getLong("ksmodel.fuzz.deadline", 60);
  private static final int MAX_FAILURES = 10;

  /** One generated input and how it was made, for the report. */
  public record Input(String description, byte[] bytes) {}

  /** What a run gave. */
  public record Summary(
      String name,
      long baseSeed,
      int cases,
      long totalBytes,
      long millis,
      long slowestMillis,
      long slowestSeed,
      String slowestDescription,
      List<String> failures) {
    @Override
    public String toString() {
      return String.format(
          "fuzz %s: %d cases (seeds %d..%d), %d bytes in all, %d ms; slowest case %d ms (seed %d:"
              + " %s); %d failures",
          name,
          cases,
          baseSeed,
          baseSeed + cases - 1,
          totalBytes,
          millis,
          slowestMillis,
          slowestSeed,
          slowestDescription,
          failures.size());
    }
  }

  private FuzzRunner() {}

  public static Summary run(
      String name, int defaultCases, Function<Rng, Input> generate, Consumer<byte[]> check) {
    long baseSeed = Long.getLong("ksmodel.seed", name.hashCode());
    int cases = Integer.getInteger(ITERATIONS, defaultCases);
    List<String> failures = new ArrayList<>();
    ExecutorService worker = worker();
    long start = System.nanoTime();
    long slowest = -1;
    long slowestSeed = baseSeed;
    String slowestDescription = "";
    long totalBytes = 0;
    int run = 0;
    try {
      for (int i = 0; i < cases && failures.size() < MAX_FAILURES; i++, run++) {
        long seed = baseSeed + i;
        Input input = generate.apply(Rng.seeded(seed));
        totalBytes += input.bytes().length;
        long caseStart = System.nanoTime();
        Future<?> future = worker.submit(() -> check.accept(input.bytes()));
        String failure = null;
        try {
          future.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          failure = stackTrace(e.getCause());
        } catch (TimeoutException e) {
          future.cancel(true);
          worker.shutdownNow();
          worker = worker();
          failure = "no result within " + DEADLINE_SECONDS + " s (a hang)";
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted", e);
        }
        long nanos = System.nanoTime() - caseStart;
        if (nanos > slowest) {
          slowest = nanos;
          slowestSeed = seed;
          slowestDescription = input.description();
        }
        if (failure != null) {
          failures.add(report(name, seed, input, failure));
        }
      }
    } finally {
      worker.shutdownNow();
    }
    Summary summary =
        new Summary(
            name,
            baseSeed,
            run,
            totalBytes,
            (System.nanoTime() - start) / 1_000_000,
            slowest / 1_000_000,
            slowestSeed,
            slowestDescription,
            failures);
    System.out.println(summary);
    return summary;
  }

  /** The failures as one message, for an assertion. */
  public static String describe(Summary summary) {
    return summary + "\n" + String.join("\n\n", summary.failures());
  }

  private static ExecutorService worker() {
    return Executors.newSingleThreadExecutor(
        task -> {
          // A large stack is not given on purpose: deep input must be refused by limits, not
          // absorbed by a stack that a user's thread would not have.
          Thread thread = new Thread(task, "fuzz-case");
          thread.setDaemon(true);
          return thread;
        });
  }

  private static String report(String name, long seed, Input input, String failure) {
    Path saved = Path.of("target", "fuzz-failures", name + "-" + seed + ".bin");
    try {
      Files.createDirectories(saved.getParent());
      Files.write(saved, input.bytes());
    } catch (IOException e) {
      saved = null;
    }
    return "case with seed "
        + seed
        + " ("
        + input.description()
        + ", "
        + input.bytes().length
        + " bytes"
        + (saved == null ? "" : ", saved to " + saved)
        + "; reproduce with -Dksmodel.seed="
        + seed
        + " -D"
        + ITERATIONS
        + "=1): "
        + failure;
  }

  private static String stackTrace(Throwable e) {
    StringWriter text = new StringWriter();
    e.printStackTrace(new PrintWriter(text));
    String trace = text.toString();
    return trace.length() > 4000 ? trace.substring(0, 4000) + "..." : trace;
  }
}
