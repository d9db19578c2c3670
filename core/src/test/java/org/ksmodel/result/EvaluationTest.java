package org.ksmodel.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.testkit.Invariants.assertInvalid;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.LocalizedText;

class EvaluationTest {
  private static Evaluation.Builder finalEvaluation() {
    Evaluation.Builder builder =
        Evaluation.builder()
            .type(EvaluationType.FINAL)
            .independence(Independence.INDEPENDENT)
            .date(LocalDate.of(2021, 3, 15))
            .ratingScale(RatingScale.FOUR_POINT)
            .addFindings(LocalizedText.of("The registry was adopted by two provinces"))
            .addLessons(LocalizedText.of("Involve the statistics office early"));
    for (DacCriterion criterion : DacCriterion.values()) {
      builder.putRatings(criterion, CriterionRating.scored(3));
    }
    return builder;
  }

  @Test
  void aScoreOffTheScaleIsMeaningless() {
    assertInvalid(
        () ->
            finalEvaluation()
                .putRatings(DacCriterion.EFFICIENCY, CriterionRating.scored(5))
                .build(),
        "evaluation.rating.range",
        "/ratings/EFFICIENCY/score");
    assertInvalid(
        () ->
            finalEvaluation().putRatings(DacCriterion.RELEVANCE, CriterionRating.scored(0)).build(),
        "evaluation.rating.range",
        "/ratings/RELEVANCE/score");
    Evaluation six =
        finalEvaluation()
            .ratingScale(RatingScale.SIX_POINT)
            .putRatings(DacCriterion.EFFICIENCY, CriterionRating.scored(6))
            .build();
    assertThat(six.ratings().get(DacCriterion.EFFICIENCY).score()).contains(6);
  }

  @Test
  void aScoreWithoutAScaleIsMeaningless() {
    assertInvalid(
        () ->
            Evaluation.builder()
                .type(EvaluationType.SELF)
                .independence(Independence.INTERNAL)
                .date(LocalDate.of(2021, 1, 1))
                .putRatings(DacCriterion.IMPACT, CriterionRating.scored(2))
                .build(),
        "evaluation.ratingScale.missing",
        "/ratingScale");
  }

  @Test
  void notApplicableCriteriaAndPartialRatingsConstruct() {
    Evaluation e =
        Evaluation.builder()
            .type(EvaluationType.PEER_REVIEW)
            .independence(Independence.INTERNAL)
            .date(LocalDate.of(2021, 1, 1))
            .putRatings(DacCriterion.IMPACT, CriterionRating.notApplicable("too early to tell"))
            .putRatings(DacCriterion.COHERENCE, CriterionRating.builder().build())
            .build();
    assertThat(e.ratings().get(DacCriterion.IMPACT).isNotApplicable()).isTrue();
    assertThat(e.ratings().get(DacCriterion.IMPACT).comment()).contains("too early to tell");
    assertThat(e.ratings().get(DacCriterion.COHERENCE).comment()).as("reason missing").isEmpty();
    assertThat(e.ratings()).hasSize(2);
    assertThat(CriterionRating.scored(2).isNotApplicable()).isFalse();
  }

  @Test
  void roundTripAndEquality() {
    Evaluation e = finalEvaluation().build();
    new EqualsTester()
        .addEqualityGroup(e, Evaluation.builder().from(e).build(), finalEvaluation().build())
        .addEqualityGroup(
            finalEvaluation().putRatings(DacCriterion.IMPACT, CriterionRating.scored(4)).build())
        .addEqualityGroup(finalEvaluation().independence(Independence.INTERNAL).build())
        .addEqualityGroup(finalEvaluation().ratingScale(RatingScale.SIX_POINT).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(CriterionRating.scored(2), CriterionRating.builder().score(2).build())
        .addEqualityGroup(CriterionRating.notApplicable("no data"))
        .addEqualityGroup(CriterionRating.builder().build())
        .testEquals();
  }

  @Test
  void scales() {
    assertThat(RatingScale.FOUR_POINT.contains(4)).isTrue();
    assertThat(RatingScale.FOUR_POINT.contains(5)).isFalse();
    assertThat(RatingScale.SIX_POINT.contains(1)).isTrue();
    assertThat(RatingScale.SIX_POINT.contains(0)).isFalse();
    assertThat(RatingScale.SIX_POINT.max()).isEqualTo(6);
    new NullPointerTester().testAllPublicStaticMethods(CriterionRating.class);
  }
}
