package org.ksmodel.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.testkit.Invariants.assertInvalid;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ksmodel.common.LocalizedText;

class ResultTest {
  private static Result.Builder result(ResultLevel level) {
    return Result.builder().level(level).title(LocalizedText.of("Officials apply the new method"));
  }

  @Test
  void anIntermediateOutcomeNamesItsType() {
    Result r =
        result(ResultLevel.INTERMEDIATE_OUTCOME)
            .intermediateOutcome(IntermediateOutcome.ENHANCED_SKILLS)
            .build();
    assertThat(r.intermediateOutcome()).contains(IntermediateOutcome.ENHANCED_SKILLS);
    assertThat(result(ResultLevel.INTERMEDIATE_OUTCOME).build().intermediateOutcome())
        .as("missing type is for the validator")
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = ResultLevel.class,
      names = "INTERMEDIATE_OUTCOME",
      mode = EnumSource.Mode.EXCLUDE)
  void otherLevelsCannotNameAnIntermediateOutcome(ResultLevel level) {
    assertInvalid(
        () -> result(level).intermediateOutcome(IntermediateOutcome.NEW_KNOWLEDGE).build(),
        "result.intermediateOutcome.level",
        "/intermediateOutcome");
  }

  @Test
  void equalityAndHashing() {
    Result r = result(ResultLevel.OUTPUT).build();
    new EqualsTester()
        .addEqualityGroup(r, Result.builder().from(r).build(), result(ResultLevel.OUTPUT).build())
        .addEqualityGroup(result(ResultLevel.OUTCOME).build())
        .addEqualityGroup(result(ResultLevel.OUTPUT).description(LocalizedText.of("more")).build())
        .testEquals();
  }
}
