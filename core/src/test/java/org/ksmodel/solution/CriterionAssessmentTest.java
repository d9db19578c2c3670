package org.ksmodel.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.InvalidValueException;

class CriterionAssessmentTest {
  static CriterionAssessment relevance(boolean met) {
    return CriterionAssessment.builder()
        .criterion(Criterion.RELEVANCE)
        .mandatory(true)
        .met(met)
        .evidence("answers a challenge shared across the region")
        .assessor(InstitutionId.of("CO-RUE-900484852"))
        .date(LocalDate.of(2021, 3, 15))
        .build();
  }

  private static Score score(String value) {
    return Score.builder()
        .value(new BigDecimal(value))
        .minimum(BigDecimal.ONE)
        .maximum(BigDecimal.valueOf(5))
        .passMark(BigDecimal.valueOf(3))
        .build();
  }

  @Test
  void aCriterionIsOptionalUnlessStated() {
    CriterionAssessment assessment =
        CriterionAssessment.builder().criterion(Criterion.INNOVATION).met(true).build();
    assertThat(assessment.mandatory()).isFalse();
    assertThat(assessment.defaultCriterion()).contains(Criterion.INNOVATION);
    assertThat(assessment.criterion()).isEqualTo(Criterion.INNOVATION.code());
  }

  @Test
  void aCatalogueNamesItsOwnCriteria() {
    CriterionAssessment assessment =
        CriterionAssessment.builder()
            .criterion(Code.of("APC-Colombia", "pertinencia"))
            .met(true)
            .build();
    assertThat(assessment.defaultCriterion()).isEmpty();
    assertThat(assessment.isMet()).isTrue();
  }

  @Test
  void theVerdictComesFromTheFlagThenTheScore() {
    CriterionAssessment.Builder base =
        CriterionAssessment.builder().criterion(Criterion.EFFICIENCY);
    assertThat(base.build().verdict()).isEmpty();
    assertThat(base.build().isMet()).isFalse();
    assertThat(CriterionAssessment.builder().from(base.build()).score(score("4")).build().verdict())
        .contains(true);
    assertThat(CriterionAssessment.builder().from(base.build()).score(score("2")).build().isMet())
        .isFalse();
    CriterionAssessment flagWins =
        CriterionAssessment.builder().from(base.build()).met(true).score(score("2")).build();
    assertThat(flagWins.verdict()).contains(true);
    CriterionAssessment noPassMark =
        CriterionAssessment.builder()
            .from(base.build())
            .score(Score.of(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN))
            .build();
    assertThat(noPassMark.verdict()).isEmpty();
  }

  @Test
  void requiresACriterion() {
    assertThatThrownBy(() -> CriterionAssessment.builder().met(true).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("value.required");
              assertThat(e.path()).isEqualTo(DataPath.of("criterion"));
            });
  }

  @Test
  void roundTripsThroughTheBuilder() {
    CriterionAssessment assessment =
        CriterionAssessment.builder().from(relevance(true)).score(score("5")).build();
    assertThat(CriterionAssessment.builder().from(assessment).build()).isEqualTo(assessment);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(relevance(true), relevance(true))
        .addEqualityGroup(relevance(false))
        .addEqualityGroup(
            CriterionAssessment.builder().from(relevance(true)).mandatory(false).build())
        .addEqualityGroup(
            CriterionAssessment.builder()
                .from(relevance(true))
                .criterion(Criterion.OWNERSHIP)
                .build())
        .addEqualityGroup(
            CriterionAssessment.builder()
                .from(relevance(true))
                .date(LocalDate.of(2022, 1, 1))
                .build())
        .addEqualityGroup(
            CriterionAssessment.builder().from(relevance(true)).score(score("3")).build())
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(CriterionAssessment.class);
    new NullPointerTester().testAllPublicInstanceMethods(relevance(true));
    new NullPointerTester().testAllPublicInstanceMethods(CriterionAssessment.builder());
  }
}
