package org.ksmodel.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InvalidValueException;

class ScoreTest {
  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  static Score fourOutOfFive() {
    return Score.builder().value(n("4")).minimum(n("1")).maximum(n("5")).passMark(n("3")).build();
  }

  @Test
  void passesWhenItReachesThePassMark() {
    assertThat(fourOutOfFive().isPassing()).contains(true);
    Score atMark = Score.builder().from(fourOutOfFive()).value(n("3")).build();
    assertThat(atMark.isPassing()).contains(true);
    Score below = Score.builder().from(fourOutOfFive()).value(n("2.5")).build();
    assertThat(below.isPassing()).contains(false);
    assertThat(Score.of(n("4"), n("1"), n("5")).isPassing()).isEmpty();
  }

  @Test
  void fractionPlacesTheScoreOnItsScale() {
    assertThat(fourOutOfFive().fraction()).isEqualByComparingTo("0.75");
    assertThat(Score.of(n("0"), n("0"), n("10")).fraction()).isEqualByComparingTo("0");
    assertThat(Score.of(n("10"), n("0"), n("10")).fraction()).isEqualByComparingTo("1");
    assertThat(Score.of(n("1"), n("0"), n("3")).fraction()).isEqualTo(n("0.3333"));
  }

  @ParameterizedTest
  @CsvSource({
    "3, 5, 5, solution.score.scale, maximum",
    "3, 5, 1, solution.score.scale, maximum",
    "6, 1, 5, solution.score.range, value",
    "0, 1, 5, solution.score.range, value",
    "-1, 0, 10, solution.score.range, value"
  })
  void rejectsAMeaninglessScore(
      String value, String minimum, String maximum, String code, String attribute) {
    assertThatThrownBy(() -> Score.of(n(value), n(minimum), n(maximum)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo(code);
              assertThat(e.path()).isEqualTo(DataPath.of(attribute));
            });
  }

  @Test
  void rejectsAPassMarkOffTheScale() {
    assertThatThrownBy(() -> Score.builder().from(fourOutOfFive()).passMark(n("6")).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("solution.score.passMark");
              assertThat(e.path()).isEqualTo(DataPath.of("passMark"));
            });
  }

  @Test
  void roundTripsThroughTheBuilder() {
    assertThat(Score.builder().from(fourOutOfFive()).build()).isEqualTo(fourOutOfFive());
  }

  @Test
  void equalityComparesNumbersByValue() {
    new EqualsTester()
        .addEqualityGroup(
            fourOutOfFive(),
            Score.builder()
                .value(n("4.0"))
                .minimum(n("1.00"))
                .maximum(n("5"))
                .passMark(n("3.0"))
                .build())
        .addEqualityGroup(Score.of(n("4"), n("1"), n("5")), Score.of(n("4.00"), n("1"), n("5.0")))
        .addEqualityGroup(Score.of(n("4"), n("0"), n("5")))
        .addEqualityGroup(Score.of(n("4"), n("1"), n("10")))
        .addEqualityGroup(Score.of(n("3"), n("1"), n("5")))
        .addEqualityGroup(Score.builder().from(fourOutOfFive()).passMark(n("2")).build())
        .testEquals();
  }

  @Test
  void toStringShowsScaleAndPassMark() {
    assertThat(fourOutOfFive().toString()).isEqualTo("4/1-5>=3");
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Score.class);
  }
}
