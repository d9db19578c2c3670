package org.ksmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.Rng;

/** Generated datasets are valid by every rule, so one known defect shows up alone. */
class GeneratedDatasetValidationTest {
  static final Validator VALIDATOR =
      Validator.builder()
          .clock(
              Clock.fixed(
                  PartnershipGen.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
          .build();

  @Test
  void aGeneratedDatasetOfTenThousandPartnershipsYieldsAnEmptyReport() {
    Dataset dataset = DatasetGen.dataset(10_000).next(Rng.seeded(10_000));
    ValidationReport report = VALIDATOR.validate(dataset);
    assertThat(report.countsByCode()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void generatedDatasetsYieldEmptyReports() {
    Property.forAll(
        "generated datasets are valid",
        DatasetGen.dataset(1, 25),
        dataset -> assertThat(VALIDATOR.validate(dataset).countsByCode()).isEmpty());
  }
}
