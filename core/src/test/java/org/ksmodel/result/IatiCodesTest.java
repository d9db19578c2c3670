package org.ksmodel.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The mappings to the IATI IndicatorMeasure and ResultType codelists. */
class IatiCodesTest {
  @Test
  void measuresMapOneToOneToIndicatorMeasures() {
    assertThat(IndicatorMeasure.UNIT.iatiCode()).isEqualTo("1");
    assertThat(IndicatorMeasure.PERCENTAGE.iatiCode()).isEqualTo("2");
    assertThat(IndicatorMeasure.NOMINAL.iatiCode()).isEqualTo("3");
    assertThat(IndicatorMeasure.ORDINAL.iatiCode()).isEqualTo("4");
    assertThat(IndicatorMeasure.QUALITATIVE.iatiCode()).isEqualTo("5");
    for (IndicatorMeasure measure : IndicatorMeasure.values()) {
      assertThat(IndicatorMeasure.fromIatiCode(measure.iatiCode())).contains(measure);
    }
    assertThat(IndicatorMeasure.fromIatiCode("6")).isEmpty();
    assertThat(IndicatorMeasure.fromIatiCode("01")).isEmpty();
    assertThatThrownBy(() -> IndicatorMeasure.fromIatiCode(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void numericAndOrderedMeasures() {
    assertThat(IndicatorMeasure.QUALITATIVE.isNumeric()).isFalse();
    assertThat(IndicatorMeasure.NOMINAL.isNumeric()).isTrue();
    assertThat(IndicatorMeasure.NOMINAL.isOrdered()).isFalse();
    assertThat(IndicatorMeasure.ORDINAL.isOrdered()).isTrue();
    assertThat(IndicatorMeasure.QUALITATIVE.isOrdered()).isFalse();
  }

  @Test
  void levelsMapToResultTypes() {
    assertThat(ResultLevel.OUTPUT.iatiCode()).isEqualTo("1");
    assertThat(ResultLevel.INTERMEDIATE_OUTCOME.iatiCode()).isEqualTo("2");
    assertThat(ResultLevel.OUTCOME.iatiCode()).isEqualTo("2");
    assertThat(ResultLevel.IMPACT.iatiCode()).isEqualTo("3");
    assertThat(ResultLevel.fromIatiCode("1")).contains(ResultLevel.OUTPUT);
    assertThat(ResultLevel.fromIatiCode("2")).contains(ResultLevel.OUTCOME);
    assertThat(ResultLevel.fromIatiCode("3")).contains(ResultLevel.IMPACT);
    assertThat(ResultLevel.fromIatiCode("9")).isEmpty();
    assertThatThrownBy(() -> ResultLevel.fromIatiCode(null))
        .isInstanceOf(NullPointerException.class);
  }
}
