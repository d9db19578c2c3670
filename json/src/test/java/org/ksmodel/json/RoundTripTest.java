package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.testkit.Property;

/** Generated datasets written and read back are equal to the original, whatever the route. */
class RoundTripTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  @Test
  void strictDocuments() {
    Property.forAll(
        "json.roundTrip.strict",
        DatasetGen.dataset(3),
        dataset -> {
          String json = KsJson.strict().writeString(dataset);
          ReadResult<Dataset> read = KsJson.strict().readDataset(json);
          assertThat(read.problems()).isEmpty();
          assertThat(read.orElseThrow()).isEqualTo(dataset);
        });
  }

  @Test
  void lenientDocumentsFromBytesStreamsAndReaders() {
    KsJson pretty = KsJson.builder().mode(ReadMode.LENIENT).prettyPrint(true).build();
    Property.forAll(
        "json.roundTrip.lenient",
        DatasetGen.dataset(3),
        dataset -> {
          byte[] json = pretty.writeBytes(dataset);
          assertThat(pretty.readDataset(json).orElseThrow()).isEqualTo(dataset);
          ReadResult<Dataset> fromStream = pretty.readDataset(new ByteArrayInputStream(json));
          assertThat(fromStream.problems()).isEmpty();
          assertThat(fromStream.orElseThrow()).isEqualTo(dataset);
          String text = new String(json, StandardCharsets.UTF_8);
          assertThat(pretty.readDataset(new StringReader(text)).orElseThrow()).isEqualTo(dataset);
        });
  }

  @Test
  void ndjson() {
    Property.forAll(
        "json.roundTrip.ndjson",
        DatasetGen.dataset(3),
        dataset -> {
          String ndjson = KsJson.strict().writeNdjson(dataset);
          assertThat(ndjson.lines().count()).isEqualTo(dataset.size());
          ReadResult<Dataset> strict = KsJson.strict().readNdjson(ndjson);
          assertThat(strict.problems()).isEmpty();
          assertThat(strict.orElseThrow()).isEqualTo(dataset);
          assertThat(KsJson.lenient().readNdjson(ndjson).orElseThrow()).isEqualTo(dataset);
        });
  }

  @Test
  void facadeAndModuleShareOneFormat() {
    Property.forAll(
        "json.roundTrip.module",
        DatasetGen.dataset(3),
        dataset -> {
          try {
            String byFacade = KsJson.strict().writeString(dataset);
            String byModule = MAPPER.writeValueAsString(dataset);
            JsonNode facadeTree = MAPPER.readTree(byFacade);
            JsonNode moduleTree = MAPPER.readTree(byModule);
            assertThat(moduleTree).isEqualTo(facadeTree);
            assertThat(MAPPER.readValue(byFacade, Dataset.class)).isEqualTo(dataset);
            assertThat(KsJson.strict().readDataset(byModule).orElseThrow()).isEqualTo(dataset);
          } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void linkedDatasetsOfTheKitSurviveEveryRoute() {
    Property.forAll(
        "json.roundTrip.kitDatasets",
        org.ksmodel.testkit.DatasetGen.dataset(1, 12),
        dataset -> {
          String json = KsJson.strict().writeString(dataset);
          ReadResult<Dataset> strict = KsJson.strict().readDataset(json);
          assertThat(strict.problems()).isEmpty();
          assertThat(strict.orElseThrow()).isEqualTo(dataset);
          assertThat(KsJson.lenient().readDataset(json).orElseThrow()).isEqualTo(dataset);
          assertThat(KsJson.strict().readNdjson(KsJson.strict().writeNdjson(dataset)).orElseThrow())
              .isEqualTo(dataset);
          try {
            assertThat(MAPPER.readValue(json, Dataset.class)).isEqualTo(dataset);
          } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void incrementalNdjsonWriterWritesOneLinePerEntity() throws Exception {
    Dataset dataset = DatasetGen.dataset(4).next(org.ksmodel.testkit.Rng.seeded(7));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = KsJson.strict().ndjsonWriter(out)) {
      for (Partnership partnership : dataset.partnerships()) {
        writer.write(partnership);
      }
      assertThat(writer.count()).isEqualTo(dataset.partnerships().size());
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.lines()).allMatch(line -> line.startsWith("{\"kind\":\"partnership\""));
    try (NdjsonReader reader =
        KsJson.strict().ndjsonReader(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(reader.stream().map(r -> r.entity().orElseThrow()).toList())
          .isEqualTo(dataset.partnerships());
    }
  }
}
