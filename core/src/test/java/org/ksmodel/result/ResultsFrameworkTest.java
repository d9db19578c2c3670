package org.ksmodel.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.testkit.Invariants.assertInvalid;

import com.google.common.testing.EqualsTester;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.SolutionId;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.ResultsGen;
import org.ksmodel.testkit.Rng;

class ResultsFrameworkTest {
  private static final ResultsFrameworkId ID = ResultsFrameworkId.of("RF-1");
  private static final PartnershipId PARTNERSHIP = PartnershipId.of("P-1");
  private static final SolutionId SOLUTION = SolutionId.of("SOL-1");
  private static final InstitutionId INSTITUTION = InstitutionId.of("XM-DAC-41114");

  private static ResultsFramework.Builder framework() {
    return ResultsFramework.builder().id(ID);
  }

  private static Indicator indicator(String title) {
    return Indicator.builder()
        .title(LocalizedText.of(title))
        .measure(IndicatorMeasure.UNIT)
        .build();
  }

  @Test
  void aFrameworkNamesExactlyOneTarget() {
    assertInvalid(() -> framework().build(), "resultsFramework.target.missing", "/partnership");
    assertInvalid(
        () -> framework().partnership(PARTNERSHIP).solution(SOLUTION).build(),
        "resultsFramework.target.ambiguous",
        "/solution");
    assertInvalid(
        () -> framework().partnership(PARTNERSHIP).institution(INSTITUTION).build(),
        "resultsFramework.target.ambiguous",
        "/institution");
    assertInvalid(
        () -> framework().solution(SOLUTION).institution(INSTITUTION).build(),
        "resultsFramework.target.ambiguous",
        "/institution");
    assertInvalid(
        () ->
            framework()
                .partnership(PARTNERSHIP)
                .solution(SOLUTION)
                .institution(INSTITUTION)
                .build(),
        "resultsFramework.target.ambiguous",
        "/solution");
    assertThat(framework().partnership(PARTNERSHIP).build().target()).isEqualTo(PARTNERSHIP);
    assertThat(framework().solution(SOLUTION).build().target()).isEqualTo(SOLUTION);
    assertThat(framework().institution(INSTITUTION).build().target()).isEqualTo(INSTITUTION);
  }

  @Test
  void allIndicatorsFollowTheResults() {
    Indicator a = indicator("a");
    Indicator b = indicator("b");
    Indicator c = indicator("c");
    ResultsFramework rf =
        framework()
            .partnership(PARTNERSHIP)
            .addResults(
                Result.builder()
                    .level(ResultLevel.OUTPUT)
                    .title(LocalizedText.of("r1"))
                    .addIndicators(a, b)
                    .build())
            .addResults(
                Result.builder().level(ResultLevel.IMPACT).title(LocalizedText.of("r2")).build())
            .addResults(
                Result.builder()
                    .level(ResultLevel.OUTCOME)
                    .title(LocalizedText.of("r3"))
                    .addIndicators(c)
                    .build())
            .build();
    assertThat(rf.allIndicators()).containsExactly(a, b, c);
    assertThat(framework().partnership(PARTNERSHIP).build().allIndicators()).isEmpty();
  }

  @Test
  void roundTripAndEquality() {
    Property.forAll(
        "results framework round trip",
        ResultsGen.any(),
        rf ->
            assertThat(ResultsFramework.builder().from(rf).build())
                .isEqualTo(rf)
                .hasSameHashCodeAs(rf));
    Evidence evidence =
        Evidence.builder()
            .type(EvidenceType.FOLLOW_UP_VIDEO_CONFERENCE)
            .date(LocalDate.of(2021, 6, 1))
            .link(URI.create("https://example.org/recording"))
            .build();
    ResultsFramework rf = framework().partnership(PARTNERSHIP).addEvidence(evidence).build();
    new EqualsTester()
        .addEqualityGroup(rf, ResultsFramework.builder().from(rf).build())
        .addEqualityGroup(framework().partnership(PARTNERSHIP).build())
        .addEqualityGroup(framework().solution(SOLUTION).addEvidence(evidence).build())
        .addEqualityGroup(ResultsGen.any().next(Rng.seeded(11)))
        .testEquals();
    assertThat(Evidence.builder().from(evidence).build()).isEqualTo(evidence);
  }
}
