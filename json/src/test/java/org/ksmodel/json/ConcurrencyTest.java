package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.testkit.Concurrently;
import org.ksmodel.testkit.Rng;

/**
 * {@link KsJson} and a mapper with {@link KsJsonModule} are shared across threads: threads released
 * together over one instance (built just before, so nothing is warmed up) read and write exactly
 * what one thread alone does, bytes, values, problems and quarantines alike.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;

  /** What one thread alone gets for one input. */
  record Expected(
      Dataset dataset,
      byte[] compact,
      String pretty,
      String ndjson,
      String messy,
      ReadResult<Dataset> messyRead,
      String module) {}

  @Test
  void sharedReadersAndWritersGiveEveryThreadTheResultsOfOneThreadAlone() throws Exception {
    List<Expected> expected = new ArrayList<>();
    KsJson pretty = KsJson.builder().prettyPrint(true).build();
    ObjectMapper alone = new ObjectMapper().registerModule(new KsJsonModule());
    for (int i = 0; i < 6; i++) {
      Dataset dataset = org.ksmodel.testkit.DatasetGen.dataset(2, 8).next(Rng.seeded(900 + i));
      byte[] compact = KsJson.strict().writeBytes(dataset);
      String messy = messy(new String(compact, StandardCharsets.UTF_8), i);
      expected.add(
          new Expected(
              dataset,
              compact,
              pretty.writeString(dataset),
              KsJson.strict().writeNdjson(dataset),
              messy,
              KsJson.lenient()
                  .readDataset(new ByteArrayInputStream(messy.getBytes(StandardCharsets.UTF_8))),
              alone.writeValueAsString(dataset)));
    }
    assertThat(expected).allSatisfy(e -> assertThat(e.messyRead().quarantine()).isNotEmpty());

    KsJson strict = KsJson.builder().build();
    KsJson lenient = KsJson.builder().mode(ReadMode.LENIENT).build();
    KsJson sharedPretty = KsJson.builder().prettyPrint(true).build();
    ObjectMapper mapper = new ObjectMapper().registerModule(new KsJsonModule());
    Concurrently.run(
        THREADS,
        thread -> {
          for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get((i + thread * 3) % expected.size());
            assertThat(strict.writeBytes(e.dataset())).isEqualTo(e.compact());
            assertThat(sharedPretty.writeString(e.dataset())).isEqualTo(e.pretty());
            assertThat(strict.writeNdjson(e.dataset())).isEqualTo(e.ndjson());
            assertThat(strict.readDataset(e.compact()).orElseThrow()).isEqualTo(e.dataset());
            assertThat(lenient.readNdjson(e.ndjson()).orElseThrow()).isEqualTo(e.dataset());
            ReadResult<Dataset> messy =
                lenient.readDataset(
                    new ByteArrayInputStream(e.messy().getBytes(StandardCharsets.UTF_8)));
            assertThat(messy.value()).isEqualTo(e.messyRead().value());
            assertThat(messy.problems()).isEqualTo(e.messyRead().problems());
            assertThat(messy.unboundMembers()).isEqualTo(e.messyRead().unboundMembers());
            assertThat(messy.quarantine()).isEqualTo(e.messyRead().quarantine());
            assertThat(mapper.writeValueAsString(e.dataset())).isEqualTo(e.module());
            assertThat(mapper.readValue(e.module(), Dataset.class)).isEqualTo(e.dataset());
          }
        });
  }

  /** The document with an unknown member and its first institution's id made blank. */
  private static String messy(String compact, int seed) {
    return compact
        .replaceFirst("\"institutions\":\\[\\{\"id\":\"[^\"]*\"", "\"institutions\":[{\"id\":\"\"")
        .replaceFirst("\\{\"ksmodel\":\"1.0\"", "{\"ksmodel\":\"1.0\",\"note" + seed + "\":[1]");
  }
}
