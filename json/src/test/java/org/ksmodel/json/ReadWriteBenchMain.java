package org.ksmodel.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.testkit.Rng;

/**
 * A rough timing (not JMH) of reading and writing one generated dataset with the facade and with a
 * plain ObjectMapper carrying {@link KsJsonModule}: {@code java -cp ... ReadWriteBenchMain 2000}.
 */
public final class ReadWriteBenchMain {
  private ReadWriteBenchMain() {}

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Dataset dataset = DatasetGen.dataset(size).next(Rng.seeded(42));
    KsJson json = KsJson.strict();
    ObjectMapper mapper = new ObjectMapper().registerModule(new KsJsonModule());
    byte[] bytes = json.writeBytes(dataset);
    System.out.printf("dataset of %d entities, %.1f MB%n", dataset.size(), bytes.length / 1e6);
    for (int round = 0; round < rounds; round++) {
      long t0 = System.nanoTime();
      Dataset a = json.readDataset(bytes).orElseThrow();
      long t1 = System.nanoTime();
      Dataset b = mapper.readValue(bytes, Dataset.class);
      long t2 = System.nanoTime();
      byte[] c = json.writeBytes(a);
      long t3 = System.nanoTime();
      byte[] d = mapper.writeValueAsBytes(b);
      long t4 = System.nanoTime();
      if (round >= rounds / 2) {
        System.out.printf(
            "read: facade %.0f ms, module %.0f ms (x%.2f); write: facade %.0f ms, module %.0f ms"
                + " (x%.2f)%n",
            (t1 - t0) / 1e6,
            (t2 - t1) / 1e6,
            (double) (t2 - t1) / (t1 - t0),
            (t3 - t2) / 1e6,
            (t4 - t3) / 1e6,
            (double) (t4 - t3) / (t3 - t2));
      }
      if (c.length != d.length) {
        throw new AssertionError("different output");
      }
    }
  }
}
