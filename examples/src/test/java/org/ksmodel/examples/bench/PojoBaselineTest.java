package org.ksmodel.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.examples.showcase.Showcase;
import org.ksmodel.json.KsJson;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.Rng;

/**
 * The POJO baseline does the same work as ksmodel: it reads every member of a ksmodel-written
 * document (plain Jackson fails on a member it has no field for) and writes back the same JSON
 * tree; and its Bean Validation subset finds nothing in valid data, as ksmodel's validator does.
 */
class PojoBaselineTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final ObjectMapper POJOS = PojoJson.mapper();

  static Stream<Dataset> datasets() {
    return Stream.concat(
        Stream.of(Showcase.dataset()),
        LongStream.range(0, 4).mapToObj(seed -> DatasetGen.dataset(5, 40).next(Rng.seeded(seed))));
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void readsAKsmodelDocumentAndWritesBackAnEqualTree(Dataset dataset) throws Exception {
    byte[] document = KsJson.strict().writeBytes(dataset);

    Pojos.Dataset pojos = POJOS.readValue(document, Pojos.Dataset.class);
    JsonNode written = TREES.readTree(POJOS.writeValueAsBytes(pojos));

    assertThat(written).isEqualTo(TREES.readTree(document));
    assertThat(pojos.partnerships).hasSize(dataset.partnerships().size());
  }

  @ParameterizedTest
  @MethodSource("datasets")
  void theBeanValidationSubsetFindsNothingInValidData(Dataset dataset) throws Exception {
    Pojos.Dataset pojos = POJOS.readValue(KsJson.strict().writeBytes(dataset), Pojos.Dataset.class);

    assertThat(BenchmarkData.validator().validate(dataset).isValid()).isTrue();
    assertThat(BeanValidation.validator().validate(pojos)).isEmpty();
  }
}
