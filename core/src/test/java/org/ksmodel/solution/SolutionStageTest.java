package org.ksmodel.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.solution.SolutionStage.DOCUMENTED;
import static org.ksmodel.solution.SolutionStage.IDENTIFIED;
import static org.ksmodel.solution.SolutionStage.NEEDS_REVISION;
import static org.ksmodel.solution.SolutionStage.PACKAGED;
import static org.ksmodel.solution.SolutionStage.REJECTED;
import static org.ksmodel.solution.SolutionStage.RETIRED;
import static org.ksmodel.solution.SolutionStage.SHARED;
import static org.ksmodel.solution.SolutionStage.VALIDATED;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SolutionStageTest {
  @Test
  void theMainLineRunsFromIdentifiedToShared() {
    assertThat(SolutionStage.mainLine())
        .containsExactly(IDENTIFIED, DOCUMENTED, VALIDATED, PACKAGED, SHARED);
  }

  @Test
  void sideStatesAreOffTheMainLine() {
    for (SolutionStage stage : SolutionStage.values()) {
      assertThat(stage.isSideState())
          .as(stage.name())
          .isEqualTo(stage == NEEDS_REVISION || stage == REJECTED || stage == RETIRED);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "IDENTIFIED, IDENTIFIED, true",
    "DOCUMENTED, IDENTIFIED, true",
    "IDENTIFIED, DOCUMENTED, false",
    "VALIDATED, VALIDATED, true",
    "PACKAGED, VALIDATED, true",
    "SHARED, VALIDATED, true",
    "DOCUMENTED, VALIDATED, false",
    "SHARED, PACKAGED, true",
    "VALIDATED, PACKAGED, false",
    "NEEDS_REVISION, IDENTIFIED, false",
    "REJECTED, VALIDATED, false",
    "RETIRED, SHARED, false",
    "RETIRED, RETIRED, true",
    "SHARED, RETIRED, false",
    "NEEDS_REVISION, REJECTED, false"
  })
  void isAtLeastFollowsTheMainLine(SolutionStage stage, SolutionStage other, boolean expected) {
    assertThat(stage.isAtLeast(other)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(SolutionStage.class)
  void everyStageHasReachedItself(SolutionStage stage) {
    assertThat(stage.isAtLeast(stage)).isTrue();
  }

  @Test
  void nextStepsAlongTheMainLine() {
    assertThat(IDENTIFIED.next()).contains(DOCUMENTED);
    assertThat(DOCUMENTED.next()).contains(VALIDATED);
    assertThat(VALIDATED.next()).contains(PACKAGED);
    assertThat(PACKAGED.next()).contains(SHARED);
    assertThat(SHARED.next()).isEmpty();
    assertThat(NEEDS_REVISION.next()).isEmpty();
    assertThat(REJECTED.next()).isEmpty();
    assertThat(RETIRED.next()).isEmpty();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(SolutionStage.class);
    new NullPointerTester().testAllPublicInstanceMethods(VALIDATED);
  }
}
