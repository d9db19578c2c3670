package org.ksmodel.json.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.json.KsJson;
import org.ksmodel.testkit.DatasetCorruptions;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.FundingGen;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.InstitutionGen;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.RequestGen;
import org.ksmodel.testkit.ResultsGen;
import org.ksmodel.testkit.Rng;
import org.ksmodel.testkit.SolutionGen;

/**
 * The valid documents the fuzzers start from: datasets of the generator kit (linked and valid,
 * spoiled by {@link DatasetCorruptions}, and loose ones using every kind of entity), written by
 * {@link KsJson} compactly and indented, and the golden files. Made once, from fixed seeds.
 */
final class Seeds {
  /** One valid document, as JSON and as NDJSON, with their trees. */
  record Seed(String name, byte[] json, JsonNode tree, byte[] ndjson, List<JsonNode> lines) {}

  private static final KsJson PRETTY = KsJson.builder().prettyPrint(true).build();
  private static final List<Seed> ALL = make();

  private Seeds() {}

  static List<Seed> all() {
    return ALL;
  }

  private static List<Seed> make() {
    List<Seed> seeds = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      seeds.add(seed("linked-" + i, DatasetGen.dataset(1, 6).next(Rng.seeded(i)), i % 2 == 0));
    }
    for (int i = 0; i < 4; i++) {
      Gen<Dataset> spoiled = DatasetCorruptions.corrupted(DatasetGen.dataset(2, 5));
      seeds.add(seed("spoiled-" + i, spoiled.next(Rng.seeded(100 + i)), false));
    }
    for (int i = 0; i < 6; i++) {
      seeds.add(seed("loose-" + i, loose().next(Rng.seeded(200 + i)), i % 3 == 0));
    }
    for (String golden : List.of("rich.json", "rich-1.1.json", "small.json")) {
      Dataset dataset = KsJson.strict().readDataset(resource("/golden/" + golden)).orElseThrow();
      seeds.add(seed(golden, dataset, false));
    }
    return List.copyOf(seeds);
  }

  /** Entities of every kind, with every optional part the kit makes; links need not resolve. */
  private static Gen<Dataset> loose() {
    return rng ->
        Dataset.builder()
            .addAllInstitutions(InstitutionGen.any().list(0, 3).next(rng))
            .addAllSolutions(SolutionGen.any().list(0, 3).next(rng))
            .addAllPartnerships(PartnershipGen.any().list(0, 3).next(rng))
            .addAllFundings(FundingGen.any().list(0, 3).next(rng))
            .addAllResultsFrameworks(ResultsGen.any().list(0, 3).next(rng))
            .addAllKnowledgeRequests(RequestGen.any().list(0, 3).next(rng))
            .build();
  }

  private static Seed seed(String name, Dataset dataset, boolean pretty) {
    byte[] json = (pretty ? PRETTY : KsJson.strict()).writeBytes(dataset);
    byte[] ndjson = KsJson.strict().writeNdjson(dataset).getBytes(StandardCharsets.UTF_8);
    List<JsonNode> lines = new ArrayList<>();
    new String(ndjson, StandardCharsets.UTF_8)
        .lines()
        .forEach(line -> lines.add(JsonMutator.tree(line.getBytes(StandardCharsets.UTF_8))));
    return new Seed(name, json, JsonMutator.tree(json), ndjson, lines);
  }

  private static byte[] resource(String name) {
    try (InputStream in = Seeds.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
