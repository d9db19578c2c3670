package org.ksmodel.json;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ksmodel.common.Entity;
import org.ksmodel.testkit.FundingGen;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.InstitutionGen;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.ResultsGen;
import org.ksmodel.testkit.Rng;
import org.ksmodel.testkit.SolutionGen;
import org.ksmodel.validation.Validator;

/**
 * Writes N generated entities (the five kinds in turn) to an NDJSON file with {@link NdjsonWriter}
 * and streams them back with {@link NdjsonReader}, validating each entity on its own as it arrives
 * ({@link Validator#validateEntity}), printing sizes, times, findings and the peak heap. Run with a
 * small heap to show that memory is bounded by one entity:
 *
 * <pre>
 * java -Xmx128m -cp "$(cat cp.txt)" org.ksmodel.json.NdjsonStreamingMain 1000000 /tmp/big.ndjson
 * </pre>
 */
public final class NdjsonStreamingMain {
  private NdjsonStreamingMain() {}

  private static final List<Gen<? extends Entity>> KINDS =
      List.of(
          InstitutionGen.any(),
          SolutionGen.any(),
          PartnershipGen.any(),
          FundingGen.any(),
          ResultsGen.any());

  private static long used() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  public static void main(String[] args) throws Exception {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("ksmodel", ".ndjson");
    KsJson json = KsJson.lenient();

    long start = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        NdjsonWriter writer = json.ndjsonWriter(out)) {
      for (long i = 0; i < count; i++) {
        writer.write(KINDS.get((int) (i % KINDS.size())).next(Rng.seeded(i)));
      }
    }
    double writeSeconds = (System.nanoTime() - start) / 1e9;
    long bytes = Files.size(file);

    start = System.nanoTime();
    long entities = 0;
    long problems = 0;
    long findings = 0;
    long peak = 0;
    Validator validator = Validator.standard();
    try (NdjsonReader reader = json.ndjsonReader(file)) {
      while (reader.hasNext()) {
        NdjsonRecord record = reader.next();
        problems += record.problems().size();
        if (record.isSuccess()) {
          entities++;
          findings += validator.validateEntity(record.entity().orElseThrow()).violations().size();
        }
        if (entities % 10_000 == 0) {
          peak = Math.max(peak, used());
        }
      }
    }
    double readSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "wrote %d entities (%.1f MB, generated and written) in %.1f s%n",
        count, bytes / 1e6, writeSeconds);
    System.out.printf(
        "read and validated %d entities with %d problems (%d findings) in %.1f s: %.0f entities/s,"
            + " %.1f MB/s%n",
        entities,
        problems,
        findings,
        readSeconds,
        entities / readSeconds,
        bytes / 1e6 / readSeconds);
    System.out.printf(
        "max heap %d MB, most heap in use while reading (sampled every 10,000 entities) %d MB%n",
        Runtime.getRuntime().maxMemory() / (1 << 20), peak / (1 << 20));
    if (args.length < 2) {
      Files.delete(file);
    }
    if (entities != count || problems != 0) {
      System.exit(1);
    }
  }
}
