package org.ksmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.Role;
import org.ksmodel.testkit.DatasetCorruptions;
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
  void oneKnownDefectYieldsExactlyTheExpectedViolation() {
    Dataset dataset = DatasetGen.dataset(10_000).next(Rng.seeded(10_000));
    int position = -1;
    for (int i = 0; i < dataset.partnerships().size() && position < 0; i++) {
      Partnership candidate = dataset.partnerships().get(i);
      // Whose facilitator does not contribute: removing it would also make its contributions
      // come from an institution that does not take part.
      if (candidate.modality() == Modality.TRIANGULAR
          && dataset.fundingsOf(candidate.id()).stream()
              .flatMap(f -> f.contributions().stream())
              .noneMatch(
                  c ->
                      candidate.institutionsWithRole(Role.FACILITATOR).contains(c.contributor()))) {
        position = i;
      }
    }
    Partnership triangular = dataset.partnerships().get(position);
    List<Participation> withoutFacilitator =
        triangular.participations().stream().filter(p -> !p.has(Role.FACILITATOR)).toList();
    List<Partnership> partnerships = new ArrayList<>(dataset.partnerships());
    partnerships.set(
        position,
        Partnership.builder().from(triangular).participations(withoutFacilitator).build());
    Dataset broken = Dataset.builder().from(dataset).partnerships(partnerships).build();

    ValidationReport report = VALIDATOR.validate(broken);

    assertThat(report.violations()).hasSize(1);
    Violation violation = report.violations().get(0);
    assertThat(violation.code()).isEqualTo("partnership.triangular.facilitator");
    assertThat(violation.severity()).isEqualTo(Severity.ERROR);
    assertThat(violation.path().toJsonPointer()).startsWith("/partnerships/" + position + "/");
    assertThat(violation.subjectId()).contains(triangular.id().value());
  }

  @Test
  void validatingNeverThrowsWhateverTheCorruption() {
    Property.forAll(
        "corrupted datasets are reported, never thrown on",
        DatasetCorruptions.corrupted(DatasetGen.dataset(1, 20)),
        dataset -> {
          ValidationReport report = VALIDATOR.validate(dataset);
          assertThat(report.violations(Validator.RULE_FAILED)).isEmpty();
          assertThat(report.violations()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
        });
  }

  @Test
  void generatedDatasetsYieldEmptyReports() {
    Property.forAll(
        "generated datasets are valid",
        DatasetGen.dataset(1, 25),
        dataset -> assertThat(VALIDATOR.validate(dataset).countsByCode()).isEmpty());
  }
}
