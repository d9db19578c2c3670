package org.ksmodel.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.Money;

class KsBudgetTest {
  private static final Money AMOUNT = Money.of("2500000.00", "USD");

  @Test
  void aShareAnAmountOrBoth() {
    assertThat(KsBudget.ofShare(new BigDecimal("0.5")).sharePercent())
        .contains(new BigDecimal("0.5"));
    assertThat(KsBudget.ofAmount(AMOUNT).annualAmount()).contains(AMOUNT);
    KsBudget both =
        KsBudget.builder()
            .sharePercent(BigDecimal.ONE)
            .annualAmount(AMOUNT)
            .fiscalYear(2024)
            .build();
    assertThat(both.fiscalYear()).contains(Year.of(2024));
  }

  @Test
  void aShareOutsideZeroToHundredIsLeftToTheValidator() {
    assertThat(KsBudget.ofShare(new BigDecimal("150")).sharePercent()).isPresent();
    assertThat(KsBudget.ofShare(new BigDecimal("-1")).sharePercent()).isPresent();
  }

  @Test
  void rejectsABudgetThatStatesNothing() {
    assertThatThrownBy(() -> KsBudget.builder().fiscalYear(2024).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("institution.ksBudget.empty");
              assertThat(e.path()).isEqualTo(DataPath.of("sharePercent"));
            });
  }

  @ParameterizedTest
  @ValueSource(ints = {1899, 2101, 0, 20024})
  void rejectsAMeaninglessFiscalYear(int year) {
    assertThatThrownBy(() -> KsBudget.builder().annualAmount(AMOUNT).fiscalYear(year).build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("institution.ksBudget.year");
              assertThat(e.path()).isEqualTo(DataPath.of("fiscalYear"));
            });
  }

  @Test
  void acceptsTheBoundaryYears() {
    assertThat(KsBudget.builder().annualAmount(AMOUNT).fiscalYear(1900).build().fiscalYear())
        .contains(Year.of(1900));
    assertThat(KsBudget.builder().annualAmount(AMOUNT).fiscalYear(2100).build().fiscalYear())
        .contains(Year.of(2100));
  }

  @Test
  void roundTripsThroughTheBuilder() {
    KsBudget budget =
        KsBudget.builder()
            .sharePercent(BigDecimal.TEN)
            .annualAmount(AMOUNT)
            .fiscalYear(2020)
            .build();
    assertThat(KsBudget.builder().from(budget).build()).isEqualTo(budget);
  }

  @Test
  void equalityComparesTheShareByValue() {
    new EqualsTester()
        .addEqualityGroup(
            KsBudget.ofShare(new BigDecimal("0.5")),
            KsBudget.ofShare(new BigDecimal("0.50")),
            KsBudget.ofShare(new BigDecimal("0.500")))
        .addEqualityGroup(
            KsBudget.ofShare(new BigDecimal("5")), KsBudget.ofShare(new BigDecimal("5E0")))
        .addEqualityGroup(KsBudget.ofAmount(AMOUNT), KsBudget.ofAmount(Money.of("2500000", "USD")))
        .addEqualityGroup(KsBudget.builder().annualAmount(AMOUNT).fiscalYear(2020).build())
        .addEqualityGroup(
            KsBudget.builder().annualAmount(AMOUNT).sharePercent(new BigDecimal("0.5")).build())
        .addEqualityGroup(KsBudget.ofAmount(Money.of("2500000", "EUR")))
        .testEquals();
  }

  @Test
  void toStringShowsTheFigures() {
    assertThat(KsBudget.ofShare(new BigDecimal("0.50")).toString()).contains("0.50");
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(KsBudget.class);
  }

  @Test
  void aYearBeyondJavaTimeIsRefusedWithTheModelsCodeAsAnyYearOutOfRange() {
    for (int year : new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, 2200}) {
      assertThatThrownBy(() -> KsBudget.builder().fiscalYear(year))
          .isInstanceOfSatisfying(
              org.ksmodel.common.InvalidValueException.class,
              e -> assertThat(e.violation().code()).isEqualTo("institution.ksBudget.year"));
      assertThatThrownBy(() -> org.ksmodel.solution.Adoption.builder().year(year))
          .isInstanceOfSatisfying(
              org.ksmodel.common.InvalidValueException.class,
              e -> assertThat(e.violation().code()).isEqualTo("solution.adoption.year"));
    }
  }
}
