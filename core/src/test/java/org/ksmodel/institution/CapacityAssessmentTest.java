package org.ksmodel.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.InvalidValueException;

class CapacityAssessmentTest {
  private static final LocalDate DAY = LocalDate.of(2022, 6, 30);

  static CapacityAssessment complete(LocalDate date, int level) {
    CapacityAssessment.Builder builder =
        CapacityAssessment.builder().date(date).assessor(AssessorType.SELF);
    for (Pillar pillar : Pillar.values()) {
      builder.putScores(pillar, PillarScore.of(level));
    }
    return builder.build();
  }

  @Test
  void thereAreEightPillars() {
    assertThat(Pillar.values())
        .containsExactly(
            Pillar.LEADERSHIP_AND_CULTURE,
            Pillar.GOVERNANCE,
            Pillar.BUDGETS_AND_FINANCING,
            Pillar.PARTNERSHIPS,
            Pillar.CAPTURING_AND_VALIDATING_KNOWLEDGE,
            Pillar.USING_KNOWLEDGE_FOR_LEARNING_AND_SCALE_UP,
            Pillar.DELIVERY,
            Pillar.MONITORING_AND_EVALUATION);
  }

  @Test
  void aPartialAssessmentBuildsAndTellsWhatIsMissing() {
    CapacityAssessment partial =
        CapacityAssessment.builder()
            .date(DAY)
            .assessor(AssessorType.PEER)
            .assessorInstitution(InstitutionId.of("XM-DAC-41114"))
            .putScores(Pillar.DELIVERY, PillarScore.of(3))
            .putScores(Pillar.GOVERNANCE, PillarScore.of(2))
            .build();
    assertThat(partial.isComplete()).isFalse();
    assertThat(partial.missingPillars())
        .hasSize(6)
        .doesNotContain(Pillar.DELIVERY, Pillar.GOVERNANCE)
        .contains(Pillar.LEADERSHIP_AND_CULTURE);
    assertThat(partial.level(Pillar.DELIVERY)).isEqualTo(OptionalInt.of(3));
    assertThat(partial.level(Pillar.PARTNERSHIPS)).isEmpty();
    assertThat(partial.averageLevel()).contains(new BigDecimal("2.50"));
  }

  @Test
  void scoresComeOutInPillarOrder() {
    CapacityAssessment assessment =
        CapacityAssessment.builder()
            .date(DAY)
            .assessor(AssessorType.SELF)
            .putScores(Pillar.MONITORING_AND_EVALUATION, PillarScore.of(1))
            .putScores(Pillar.LEADERSHIP_AND_CULTURE, PillarScore.of(4))
            .build();
    assertThat(assessment.scores().keySet())
        .containsExactly(Pillar.LEADERSHIP_AND_CULTURE, Pillar.MONITORING_AND_EVALUATION);
  }

  @Test
  void aCompleteAssessmentMissesNothing() {
    CapacityAssessment assessment = complete(DAY, 3);
    assertThat(assessment.isComplete()).isTrue();
    assertThat(assessment.missingPillars()).isEmpty();
    assertThat(assessment.averageLevel()).contains(new BigDecimal("3.00"));
  }

  @Test
  void averageIsRoundedHalfUpToTwoDecimals() {
    CapacityAssessment assessment =
        CapacityAssessment.builder()
            .date(DAY)
            .assessor(AssessorType.SELF)
            .putScores(Pillar.DELIVERY, PillarScore.of(1))
            .putScores(Pillar.GOVERNANCE, PillarScore.of(1))
            .putScores(Pillar.PARTNERSHIPS, PillarScore.of(2))
            .build();
    assertThat(assessment.averageLevel()).contains(new BigDecimal("1.33"));
  }

  @Test
  void anAssessmentWithoutScoresHasNoAverage() {
    CapacityAssessment empty =
        CapacityAssessment.builder().date(DAY).assessor(AssessorType.EXTERNAL).build();
    assertThat(empty.averageLevel()).isEmpty();
    assertThat(empty.missingPillars()).isEqualTo(EnumSet.allOf(Pillar.class));
  }

  @Test
  void requiresDateAndAssessor() {
    assertThatThrownBy(() -> CapacityAssessment.builder().assessor(AssessorType.SELF).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("value.required");
              assertThat(e.path()).isEqualTo(DataPath.of("date"));
            });
  }

  @Test
  void roundTripsThroughTheBuilder() {
    CapacityAssessment assessment = complete(DAY, 2);
    assertThat(CapacityAssessment.builder().from(assessment).build()).isEqualTo(assessment);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(complete(DAY, 2), complete(DAY, 2))
        .addEqualityGroup(complete(DAY, 3))
        .addEqualityGroup(complete(DAY.plusDays(1), 2))
        .addEqualityGroup(
            CapacityAssessment.builder().from(complete(DAY, 2)).assessor(AssessorType.PEER).build())
        .addEqualityGroup(
            CapacityAssessment.builder()
                .from(complete(DAY, 2))
                .assessorInstitution(InstitutionId.of("XM-DAC-41114"))
                .build())
        .testEquals();
  }

  @Test
  void collectionsAreUnmodifiable() {
    CapacityAssessment assessment = complete(DAY, 2);
    assertThatThrownBy(() -> assessment.scores().remove(Pillar.DELIVERY))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> assessment.missingPillars().add(Pillar.DELIVERY))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(CapacityAssessment.class);
    new NullPointerTester().testAllPublicInstanceMethods(complete(DAY, 1));
  }

  @Test
  void assessorTypesAreSelfPeerExternal() {
    assertThat(List.of(AssessorType.values()))
        .containsExactly(AssessorType.SELF, AssessorType.PEER, AssessorType.EXTERNAL);
  }
}
