package org.ksmodel.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InvalidValueException;

class PillarScoreTest {
  @Test
  void buildsLevelsOneToFour() {
    for (int level = 1; level <= 4; level++) {
      assertThat(PillarScore.of(level).level()).isEqualTo(level);
    }
    assertThat(PillarScore.of(3, "a strategy approved in 2019").evidence())
        .contains("a strategy approved in 2019");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5, -1, 100})
  void rejectsALevelOffTheScale(int level) {
    assertThatThrownBy(() -> PillarScore.of(level))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("institution.assessment.level");
              assertThat(e.path()).isEqualTo(DataPath.of("level"));
            });
  }

  @Test
  void rejectsAMissingLevel() {
    assertThatThrownBy(() -> PillarScore.builder().build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("value.required");
              assertThat(e.path()).isEqualTo(DataPath.of("level"));
            });
  }

  @Test
  void roundTripsThroughTheBuilder() {
    PillarScore score = PillarScore.of(2, "no budget line");
    assertThat(PillarScore.builder().from(score).build()).isEqualTo(score);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(PillarScore.of(2), PillarScore.builder().level(2).build())
        .addEqualityGroup(PillarScore.of(3))
        .addEqualityGroup(PillarScore.of(2, "x"), PillarScore.of(2, "x"))
        .addEqualityGroup(PillarScore.of(2, "y"))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(PillarScore.class);
  }
}
