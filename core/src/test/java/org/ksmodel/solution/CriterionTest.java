package org.ksmodel.solution;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ksmodel.common.Code;

class CriterionTest {
  @Test
  void theDefaultCriteria() {
    assertThat(Criterion.values())
        .containsExactly(
            Criterion.RELEVANCE,
            Criterion.PROVEN_RESULTS,
            Criterion.SUSTAINABILITY,
            Criterion.REPLICABILITY,
            Criterion.INNOVATION,
            Criterion.EFFICIENCY,
            Criterion.OWNERSHIP,
            Criterion.HORIZONTALITY);
  }

  @ParameterizedTest
  @EnumSource(Criterion.class)
  void codeRoundTrips(Criterion criterion) {
    assertThat(criterion.code()).isEqualTo(Code.of("Criterion", criterion.name()));
    assertThat(Criterion.fromCode(criterion.code())).contains(criterion);
  }

  @Test
  void aCatalogueCriterionIsNotADefaultOne() {
    assertThat(Criterion.fromCode(Code.of("APC-Colombia", "RELEVANCE"))).isEmpty();
    assertThat(Criterion.fromCode(Code.of("Criterion", "COHERENCE"))).isEmpty();
    assertThat(Criterion.fromCode(Code.of("Criterion", "relevance"))).isEmpty();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Criterion.class);
  }
}
