package org.ksmodel.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.testkit.Invariants.assertInvalid;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorValueTest {
  @Test
  void aValueIsANumberOrAText() {
    IndicatorValue number = IndicatorValue.ofNumber(new BigDecimal("-2.50"));
    assertThat(number.isNumber()).isTrue();
    assertThat(number.number()).contains(new BigDecimal("-2.50"));
    assertThat(number.text()).isEmpty();
    assertThat(number).hasToString("-2.50");
    IndicatorValue text = IndicatorValue.ofText("a draft law");
    assertThat(text.isNumber()).isFalse();
    assertThat(text.number()).isEmpty();
    assertThat(text.text()).contains("a draft law");
    assertThat(text).hasToString("a draft law");
  }

  @Test
  void equalityIgnoresTheScaleOfNumbers() {
    new EqualsTester()
        .addEqualityGroup(
            IndicatorValue.ofNumber(10),
            IndicatorValue.ofNumber(new BigDecimal("10.0")),
            IndicatorValue.ofNumber(new BigDecimal("1E+1")))
        .addEqualityGroup(
            IndicatorValue.ofNumber(0), IndicatorValue.ofNumber(new BigDecimal("0.000")))
        .addEqualityGroup(IndicatorValue.ofText("10"))
        .addEqualityGroup(IndicatorValue.ofText("ten"))
        .testEquals();
  }

  @Test
  void aBlankTextIsMeaningless() {
    assertInvalid(() -> IndicatorValue.ofText(" \t"), "indicator.value.blank", "/text");
    assertInvalid(() -> IndicatorValue.ofText(""), "indicator.value.blank", "/text");
  }

  @Test
  void factoriesRejectNulls() {
    new NullPointerTester().testAllPublicStaticMethods(IndicatorValue.class);
  }
}
