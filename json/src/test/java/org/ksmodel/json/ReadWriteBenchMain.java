package org.ksmodel.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.testkit.Rng;

/**
 * A rough timing (not JMH) of reading and writing one generated dataset: the facade against plain
 * Jackson databind on equivalent mutable POJOs ({@link Pojos}, the baseline of DESIGN.md section
 * 10), and optionally a mapper with {@link KsJsonModule} on the immutable model. Both sides read
 * the same bytes. Each round times the facade and the baseline back to back, in alternating order,
 * so that both see the same load on a shared machine; the figure that counts is the median of the
 * per-round ratios (baseline time / facade time) after the first third of the rounds (warm-up).
 *
 * <p>Run: {@code java -cp ... org.ksmodel.json.ReadWriteBenchMain [size] [rounds] [module|read|
 * write|pojo-read|pojo-write]}; the last four loop one side alone (for a profiler).
 */
public final class ReadWriteBenchMain {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ReadWriteBenchMain() {}

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    String mode = args.length > 2 ? args[2] : "";
    Dataset generated = org.ksmodel.testkit.DatasetGen.dataset(size).next(Rng.seeded(42));
    KsJson json = KsJson.strict();
    ObjectMapper plain =
        new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    byte[] bytes = json.writeBytes(generated);
    // Both sides write a graph read from the same bytes, so that both lie in memory in the order
    // they are written (the generator's graph is scattered, which costs the writer cache misses).
    Dataset dataset = json.readDataset(bytes).orElseThrow();
    Pojos.Dataset pojos = plain.readValue(bytes, Pojos.Dataset.class);
    if (!dataset.equals(generated)) {
      throw new AssertionError("the dataset does not survive a round trip");
    }
    System.out.printf(
        "dataset of %d entities, %.2f MB; the POJOs write %.2f MB%n",
        dataset.size(), bytes.length / 1e6, plain.writeValueAsBytes(pojos).length / 1e6);
    Map<String, Callable<?>> alone =
        Map.of(
            "read", () -> json.readDataset(bytes).orElseThrow(),
            "write", () -> json.writeBytes(dataset),
            "pojo-read", () -> plain.readValue(bytes, Pojos.Dataset.class),
            "pojo-write", () -> plain.writeValueAsBytes(pojos));
    if (alone.containsKey(mode)) {
      com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) THREADS;
      for (int round = 0; round < rounds; round++) {
        long allocated = allocation.getCurrentThreadAllocatedBytes();
        long nanos = time(alone.get(mode));
        allocated = allocation.getCurrentThreadAllocatedBytes() - allocated;
        System.out.printf("%s %.1f ms, %.1f MB allocated%n", mode, nanos / 1e6, allocated / 1e6);
      }
      return;
    }
    compare(
        "read ",
        rounds,
        () -> json.readDataset(bytes).orElseThrow(),
        () -> plain.readValue(bytes, Pojos.Dataset.class));
    compare("write", rounds, () -> json.writeBytes(dataset), () -> plain.writeValueAsBytes(pojos));
    if (mode.equals("module")) {
      ObjectMapper module = new ObjectMapper().registerModule(new KsJsonModule());
      compare(
          "module read ",
          rounds,
          () -> module.readValue(bytes, Dataset.class),
          () -> plain.readValue(bytes, Pojos.Dataset.class));
      compare(
          "module write",
          rounds,
          () -> module.writeValueAsBytes(dataset),
          () -> plain.writeValueAsBytes(pojos));
    }
  }

  private static void compare(String what, int rounds, Callable<?> ours, Callable<?> baseline)
      throws Exception {
    long[][] oursTimes = new long[2][rounds];
    long[][] baselineTimes = new long[2][rounds];
    double[][] ratios = new double[2][rounds];
    for (int round = 0; round < rounds; round++) {
      boolean oursFirst = round % 2 == 0;
      long[] a = measure(oursFirst ? ours : baseline);
      long[] b = measure(oursFirst ? baseline : ours);
      for (int clock = 0; clock < 2; clock++) {
        oursTimes[clock][round] = oursFirst ? a[clock] : b[clock];
        baselineTimes[clock][round] = oursFirst ? b[clock] : a[clock];
        ratios[clock][round] = (double) baselineTimes[clock][round] / oursTimes[clock][round];
      }
    }
    int from = rounds / 3;
    String[] clocks = {"wall", "cpu "};
    for (int clock = 0; clock < 2; clock++) {
      System.out.printf(
          "%s %s median ms: ours %.1f, POJO baseline %.1f; ratio baseline/ours: median %.2f"
              + " (quartiles %.2f-%.2f)%n",
          what,
          clocks[clock],
          median(oursTimes[clock], from) / 1e6,
          median(baselineTimes[clock], from) / 1e6,
          quantile(ratios[clock], from, 0.5),
          quantile(ratios[clock], from, 0.25),
          quantile(ratios[clock], from, 0.75));
    }
  }

  /**
   * The wall time and the CPU time of one call, in ns: the thread's CPU time plus the collector's
   * pauses, which is much less disturbed than wall time by other processes on a shared machine.
   */
  private static long[] measure(Callable<?> task) throws Exception {
    long cpu = THREADS.getCurrentThreadCpuTime() + gcNanos();
    long wall = time(task);
    return new long[] {wall, THREADS.getCurrentThreadCpuTime() + gcNanos() - cpu};
  }

  private static long gcNanos() {
    long millis = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, collector.getCollectionTime());
    }
    return millis * 1_000_000;
  }

  private static long time(Callable<?> task) throws Exception {
    long start = System.nanoTime();
    if (task.call() == null) {
      throw new AssertionError("no result");
    }
    return System.nanoTime() - start;
  }

  private static double median(long[] times, int from) {
    long[] warm = Arrays.copyOfRange(times, from, times.length);
    Arrays.sort(warm);
    return warm[warm.length / 2];
  }

  private static double quantile(double[] values, int from, double q) {
    double[] warm = Arrays.copyOfRange(values, from, values.length);
    Arrays.sort(warm);
    return warm[(int) Math.min(warm.length - 1, Math.round(q * (warm.length - 1)))];
  }
}
