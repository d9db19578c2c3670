package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.testkit.Property;

class RoundTripTest {
  @Test
  void datasetsSurviveStrictReading() {
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
}
