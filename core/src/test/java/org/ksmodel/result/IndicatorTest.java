package org.ksmodel.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.testkit.Invariants.assertInvalid;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.SdgTarget;

class IndicatorTest {
  private static final DateRange Y2019 = year(2019);
  private static final DateRange Y2020 = year(2020);
  private static final DateRange Y2021 = year(2021);

  private static DateRange year(int year) {
    return DateRange.ofClosed(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  private static PeriodValue value(DateRange period, long number) {
    return PeriodValue.of(period, IndicatorValue.ofNumber(number));
  }

  private static Indicator.Builder officialsTrained() {
    return Indicator.builder()
        .title(LocalizedText.of("Officials trained"))
        .measure(IndicatorMeasure.UNIT)
        .unit("officials");
  }

  /** Days to process a claim: lower is better, from 40 down to a target of 20. */
  private static Indicator.Builder processingDays() {
    return Indicator.builder()
        .title(LocalizedText.of("Days to process a claim"))
        .measure(IndicatorMeasure.UNIT)
        .ascending(false)
        .addBaselines(Baseline.of(IndicatorValue.ofNumber(40), LocalDate.of(2018, 6, 30)));
  }

  private static Optional<BigDecimal> rate(Indicator indicator) {
    return indicator.achievementRate();
  }

  @Test
  void anIndicatorIsAscendingUnlessSaidOtherwise() {
    assertThat(officialsTrained().build().ascending()).isTrue();
    assertThat(processingDays().build().ascending()).isFalse();
  }

  @Test
  void ascendingRateIsActualOverTarget() {
    Indicator i =
        officialsTrained().addTargets(value(Y2020, 100)).addActuals(value(Y2020, 80)).build();
    assertThat(rate(i)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.8"));
    assertThat(i.achievementRate(Y2020)).isEqualTo(rate(i));
  }

  @Test
  void ascendingRateIgnoresTheBaselineAndMayExceedOne() {
    Indicator i =
        officialsTrained()
            .addBaselines(Baseline.of(IndicatorValue.ofNumber(50), LocalDate.of(2018, 1, 1)))
            .addTargets(value(Y2020, 100))
            .addActuals(value(Y2020, 130))
            .build();
    assertThat(rate(i)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1.3"));
  }

  @Test
  void descendingRateIsTheWayFromBaselineToTarget() {
    Indicator i =
        processingDays().addTargets(value(Y2020, 20)).addActuals(value(Y2020, 25)).build();
    assertThat(rate(i)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.75"));
    Indicator worse =
        processingDays().addTargets(value(Y2020, 20)).addActuals(value(Y2020, 50)).build();
    assertThat(rate(worse)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("-0.5"));
  }

  @Test
  void aDescendingIndicatorWithoutNumericBaselineHasNoRate() {
    Indicator noBaseline =
        processingDays()
            .baselines(List.of())
            .addTargets(value(Y2020, 20))
            .addActuals(value(Y2020, 25))
            .build();
    assertThat(rate(noBaseline)).isEmpty();
    Indicator textBaseline =
        Indicator.builder()
            .from(noBaseline)
            .addBaselines(Baseline.of(IndicatorValue.ofText("slow"), LocalDate.of(2018, 1, 1)))
            .build();
    assertThat(rate(textBaseline)).isEmpty();
  }

  @Test
  void zeroDivisorsGiveNoRate() {
    Indicator zeroTarget =
        officialsTrained().addTargets(value(Y2020, 0)).addActuals(value(Y2020, 5)).build();
    assertThat(rate(zeroTarget)).isEmpty();
    Indicator targetIsBaseline =
        processingDays().addTargets(value(Y2020, 40)).addActuals(value(Y2020, 30)).build();
    assertThat(rate(targetIsBaseline)).isEmpty();
    Indicator zeroDecimal =
        officialsTrained()
            .addTargets(PeriodValue.of(Y2020, IndicatorValue.ofNumber(new BigDecimal("0.00"))))
            .addActuals(value(Y2020, 5))
            .build();
    assertThat(rate(zeroDecimal)).isEmpty();
  }

  @Test
  void qualitativeNominalAndTextValuesHaveNoRate() {
    Indicator qualitative =
        officialsTrained()
            .measure(IndicatorMeasure.QUALITATIVE)
            .addTargets(PeriodValue.of(Y2020, IndicatorValue.ofText("a registry law")))
            .addActuals(PeriodValue.of(Y2020, IndicatorValue.ofText("a draft law")))
            .build();
    assertThat(rate(qualitative)).isEmpty();
    Indicator nominal =
        officialsTrained()
            .measure(IndicatorMeasure.NOMINAL)
            .addTargets(value(Y2020, 2))
            .addActuals(value(Y2020, 1))
            .build();
    assertThat(rate(nominal)).isEmpty();
    Indicator textActual =
        officialsTrained()
            .addTargets(value(Y2020, 10))
            .addActuals(PeriodValue.of(Y2020, IndicatorValue.ofText("many")))
            .build();
    assertThat(rate(textActual)).isEmpty();
    Indicator textTarget =
        officialsTrained()
            .addTargets(PeriodValue.of(Y2020, IndicatorValue.ofText("many")))
            .addActuals(value(Y2020, 10))
            .build();
    assertThat(rate(textTarget)).isEmpty();
  }

  @Test
  void percentagesAndOrdinalsHaveRates() {
    Indicator percentage =
        officialsTrained()
            .measure(IndicatorMeasure.PERCENTAGE)
            .addTargets(value(Y2020, 50))
            .addActuals(value(Y2020, 25))
            .build();
    assertThat(rate(percentage)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.5"));
    Indicator ordinal =
        officialsTrained()
            .measure(IndicatorMeasure.ORDINAL)
            .addTargets(value(Y2020, 4))
            .addActuals(value(Y2020, 3))
            .build();
    assertThat(rate(ordinal)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.75"));
  }

  @Test
  void theLatestActualMeetsTheTargetOfItsPeriod() {
    Indicator i =
        officialsTrained()
            .addTargets(value(Y2019, 10), value(Y2020, 40), value(Y2021, 100))
            .addActuals(value(Y2020, 30), value(Y2019, 10))
            .build();
    assertThat(rate(i)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.75"));
    assertThat(i.achievementRate(Y2019))
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1"));
    assertThat(i.achievementRate(Y2021)).as("no actual yet").isEmpty();
  }

  @Test
  void withoutATargetForItsPeriodTheLatestActualMeetsTheLastTarget() {
    DateRange whole = DateRange.ofClosed(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31));
    Indicator i =
        officialsTrained()
            .addTargets(value(whole, 200), value(Y2019, 50))
            .addActuals(value(Y2019, 40), value(Y2020, 120))
            .build();
    // No target for 2020: the last target (latest start, then latest end) is the whole period's.
    assertThat(rate(i)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.6"));
    assertThat(i.achievementRate(Y2019))
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.8"));
    Indicator endTarget =
        officialsTrained().addTargets(value(Y2021, 200)).addActuals(value(Y2020, 120)).build();
    assertThat(rate(endTarget)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.6"));
  }

  @Test
  void withoutActualsOrTargetsThereIsNoRate() {
    assertThat(rate(officialsTrained().build())).isEmpty();
    assertThat(rate(officialsTrained().addTargets(value(Y2020, 10)).build())).isEmpty();
    assertThat(rate(officialsTrained().addActuals(value(Y2020, 10)).build())).isEmpty();
  }

  @Test
  void repeatingTheQuotientIsRoundedNotThrown() {
    Indicator i =
        officialsTrained().addTargets(value(Y2020, 3)).addActuals(value(Y2020, 1)).build();
    assertThat(rate(i))
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.3333333333333333"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"17.9.1", "6.a.1", "1.1.1", "11.7.12", "3.b.3"})
  void sdgIndicatorsOfTheRightFormConstruct(String code) {
    Indicator i = officialsTrained().sdgIndicator(code).build();
    assertThat(i.sdgIndicator()).contains(code);
    assertThat(i.sdgTarget()).contains(SdgTarget.of(code.substring(0, code.lastIndexOf('.'))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"17.9", "18.1.1", "0.1.1", "17.9.1.2", "17.9.0", " 17.9.1", "17.A.1", ""})
  void sdgIndicatorsOfAnotherFormAreMeaningless(String code) {
    assertInvalid(
        () -> officialsTrained().sdgIndicator(code).build(),
        "indicator.sdgIndicator.form",
        "/sdgIndicator");
  }

  @Test
  void baselinesAndPeriodValues() {
    NullPointerTester nulls =
        new NullPointerTester()
            .setDefault(IndicatorValue.class, IndicatorValue.ofNumber(1))
            .setDefault(LocalDate.class, LocalDate.of(2018, 1, 1))
            .setDefault(Year.class, Year.of(2018))
            .setDefault(DateRange.class, Y2020);
    nulls.testAllPublicStaticMethods(Baseline.class);
    nulls.testAllPublicStaticMethods(PeriodValue.class);
    Baseline baseline =
        Baseline.builder()
            .value(IndicatorValue.ofText("no registry"))
            .date(LocalDate.of(2018, 1, 1))
            .comment("household survey")
            .build();
    PeriodValue actual = PeriodValue.builder().from(value(Y2020, 3)).comment("estimate").build();
    assertThat(Baseline.builder().from(baseline).build()).isEqualTo(baseline);
    assertThat(PeriodValue.builder().from(actual).build()).isEqualTo(actual);
    new EqualsTester()
        .addEqualityGroup(actual, PeriodValue.builder().from(actual).build())
        .addEqualityGroup(value(Y2020, 3))
        .addEqualityGroup(value(Y2021, 3))
        .testEquals();
    assertInvalid(
        () -> Baseline.builder().value(IndicatorValue.ofNumber(1)).build(),
        "baseline.when.missing",
        "/year");
  }

  @Test
  void aBaselineIsMeasuredInAYearOrOnADayOfThatYear() {
    Baseline byYear = Baseline.of(IndicatorValue.ofNumber(4), Year.of(2017));
    assertThat(byYear.date()).isEmpty();
    assertThat(byYear.yearMeasured()).isEqualTo(Year.of(2017));
    Baseline byDay = Baseline.of(IndicatorValue.ofNumber(4), LocalDate.of(2017, 5, 2));
    assertThat(byDay.year()).isEmpty();
    assertThat(byDay.yearMeasured()).isEqualTo(Year.of(2017));
    Baseline both = Baseline.builder().year(Year.of(2017)).date(LocalDate.of(2017, 5, 2)).build();
    assertThat(both.value()).isEmpty();
    assertThat(both.yearMeasured()).isEqualTo(Year.of(2017));
    assertInvalid(
        () -> Baseline.builder().year(Year.of(2016)).date(LocalDate.of(2017, 5, 2)).build(),
        "baseline.year.date",
        "/date");
  }

  @Test
  void theBaselineOfTheWholeIsTheLatestOneForNoCategory() {
    Baseline early = Baseline.of(IndicatorValue.ofNumber(40), Year.of(2016));
    Baseline sameYearDated = Baseline.of(IndicatorValue.ofNumber(41), LocalDate.of(2016, 3, 1));
    Baseline women =
        Baseline.builder()
            .year(Year.of(2019))
            .value(IndicatorValue.ofNumber(30))
            .addDimensions(Dimension.of("sex", "female"))
            .build();
    Indicator i =
        officialsTrained()
            .addBaselines(early, women, sameYearDated)
            .addTargets(value(Y2020, 1))
            .build();
    assertThat(i.baseline()).contains(sameYearDated);
    // Several baselines, or one without a value or a day, are not what format 1.0 held.
    assertThat(i.singleDatedBaseline()).isEmpty();
    assertThat(officialsTrained().addBaselines(early).build().singleDatedBaseline()).isEmpty();
    assertThat(officialsTrained().addBaselines(sameYearDated).build().singleDatedBaseline())
        .contains(sameYearDated);
    assertThat(officialsTrained().addBaselines(women).build().baseline()).isEmpty();
  }

  @Test
  void theAchievementRateTakesTheWholeFirstAndThenLikeCategories() {
    PeriodValue women =
        PeriodValue.builder()
            .from(value(Y2021, 10))
            .addDimensions(Dimension.of("sex", "female"))
            .build();
    Indicator i =
        officialsTrained()
            .addTargets(value(Y2020, 100), women)
            .addActuals(value(Y2020, 50), PeriodValue.builder().from(women).build())
            .build();
    // The latest actual of the whole is 2020's, though a 2021 actual for women exists.
    assertThat(i.achievementRate())
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.5"));
    // For 2021 there are values for women only: actual against the target of the same category.
    assertThat(i.achievementRate(Y2021))
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1"));
    assertThat(women.sameSlice(PeriodValue.builder().from(women).build())).isTrue();
    assertThat(women.sameSlice(value(Y2021, 10))).isFalse();
  }

  @Test
  void sdgIndicatorsGatherTheMemberAndTheSdgReferencesOfItsForm() {
    Indicator i =
        officialsTrained()
            .sdgIndicator("17.9.1")
            .addReferences(
                IndicatorReference.of(IndicatorReference.SDG_INDICATORS, "17.9.1"),
                IndicatorReference.of(IndicatorReference.SDG_INDICATORS, "C170901"),
                IndicatorReference.of(IndicatorReference.SDG_INDICATORS, "4.1.1"),
                IndicatorReference.of(IndicatorReference.REPORTING_ORGANISATION, "1.2.3"))
            .build();
    assertThat(i.sdgIndicators()).containsExactly("17.9.1", "4.1.1");
    Indicator referenced =
        officialsTrained()
            .addReferences(IndicatorReference.of(IndicatorReference.SDG_INDICATORS, "4.1.1"))
            .build();
    assertThat(referenced.sdgTarget().map(SdgTarget::value)).contains("4.1");
    assertInvalid(() -> IndicatorReference.of(" ", "1"), "value.blank", "/vocabulary");
    assertInvalid(() -> Dimension.of("sex", ""), "value.blank", "/value");
    assertInvalid(() -> ResultReference.of("99", " "), "value.blank", "/code");
  }

  @Test
  void equalityAndHashing() {
    Indicator i = officialsTrained().addTargets(value(Y2020, 100)).build();
    new EqualsTester()
        .addEqualityGroup(
            i,
            Indicator.builder().from(i).build(),
            officialsTrained()
                .addTargets(PeriodValue.of(Y2020, IndicatorValue.ofNumber(new BigDecimal("100.0"))))
                .build())
        .addEqualityGroup(officialsTrained().addTargets(value(Y2020, 101)).build())
        .addEqualityGroup(officialsTrained().addTargets(value(Y2020, 100)).ascending(false).build())
        .addEqualityGroup(officialsTrained().build())
        .testEquals();
  }
}
