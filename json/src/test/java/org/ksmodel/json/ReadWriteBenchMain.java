package org.ksmodel.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.testkit.Rng;

/**
 * A rough timing (not JMH; medians of rounds after warm-up) of reading and writing one generated
 * dataset: the facade, a mapper with {@link KsJsonModule} on the same immutable model, and plain
 * Jackson databind on equivalent mutable POJOs ({@link Pojos}, the baseline of DESIGN.md section
 * 10), on a linked dataset of the kit with N partnerships. Run: {@code java -cp ...
 * org.ksmodel.json.ReadWriteBenchMain 5000 40}.
 */
public final class ReadWriteBenchMain {
  private ReadWriteBenchMain() {}

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    Dataset dataset = org.ksmodel.testkit.DatasetGen.dataset(size).next(Rng.seeded(42));
    KsJson json = KsJson.strict();
    ObjectMapper module = new ObjectMapper().registerModule(new KsJsonModule());
    ObjectMapper plain =
        new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    byte[] bytes = json.writeBytes(dataset);
    Pojos.Dataset pojos = plain.readValue(bytes, Pojos.Dataset.class);
    System.out.printf("dataset of %d entities, %.1f MB%n", dataset.size(), bytes.length / 1e6);
    long[][] times = new long[6][rounds];
    for (int round = 0; round < rounds; round++) {
      long t0 = System.nanoTime();
      json.readDataset(bytes).orElseThrow();
      long t1 = System.nanoTime();
      module.readValue(bytes, Dataset.class);
      long t2 = System.nanoTime();
      plain.readValue(bytes, Pojos.Dataset.class);
      long t3 = System.nanoTime();
      json.writeBytes(dataset);
      long t4 = System.nanoTime();
      module.writeValueAsBytes(dataset);
      long t5 = System.nanoTime();
      plain.writeValueAsBytes(pojos);
      long t6 = System.nanoTime();
      long[] marks = {t0, t1, t2, t3, t4, t5, t6};
      for (int i = 0; i < 6; i++) {
        times[i][round] = marks[i + 1] - marks[i];
      }
    }
    double[] median = new double[6];
    for (int i = 0; i < 6; i++) {
      long[] warm = Arrays.copyOfRange(times[i], rounds / 2, rounds);
      Arrays.sort(warm);
      median[i] = warm[warm.length / 2] / 1e6;
    }
    System.out.printf(
        "read  (median ms): facade %.1f, module %.1f, plain databind on POJOs %.1f;"
            + " facade is %.2fx the POJO baseline%n",
        median[0], median[1], median[2], median[2] / median[0]);
    System.out.printf(
        "write (median ms): facade %.1f, module %.1f, plain databind on POJOs %.1f;"
            + " facade is %.2fx the POJO baseline%n",
        median[3], median[4], median[5], median[5] / median[3]);
  }
}
