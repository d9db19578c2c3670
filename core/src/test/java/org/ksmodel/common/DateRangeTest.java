package org.ksmodel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ksmodel.testkit.CommonGen;
import org.ksmodel.testkit.Property;

class DateRangeTest {
  private static final LocalDate JAN_1 = LocalDate.of(2020, 1, 1);
  private static final LocalDate DEC_31 = LocalDate.of(2020, 12, 31);

  @Test
  void aHalfOpenRangeEndsTheDayBeforeItsExclusiveEnd() {
    DateRange year = DateRange.ofHalfOpen(JAN_1, LocalDate.of(2021, 1, 1));
    assertThat(year).isEqualTo(DateRange.ofClosed(JAN_1, DEC_31));
    assertThat(year.contains(DEC_31)).isTrue();
    assertThat(year.contains(LocalDate.of(2021, 1, 1))).isFalse();
    assertThat(DateRange.ofHalfOpen(JAN_1, JAN_1.plusDays(1)))
        .isEqualTo(DateRange.ofClosed(JAN_1, JAN_1));
    assertThatThrownBy(() -> DateRange.ofHalfOpen(JAN_1, JAN_1))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violation().code()).isEqualTo("daterange.order"));
  }

  @Test
  void refusesAnEndBeforeItsStart() {
    assertThatThrownBy(() -> DateRange.ofClosed(DEC_31, JAN_1))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("daterange.order");
              assertThat(e.path().toJsonPointer()).isEqualTo("/end");
              assertThat(e.violation().severity()).isEqualTo(Severity.FATAL);
            });
  }

  @Test
  void oneDayRangeIsAllowed() {
    assertThat(DateRange.ofClosed(JAN_1, JAN_1).contains(JAN_1)).isTrue();
  }

  @Test
  void bothEndsAreInclusive() {
    DateRange year = DateRange.ofClosed(JAN_1, DEC_31);
    assertThat(year.contains(JAN_1)).isTrue();
    assertThat(year.contains(DEC_31)).isTrue();
    assertThat(year.contains(JAN_1.minusDays(1))).isFalse();
    assertThat(year.contains(DEC_31.plusDays(1))).isFalse();
  }

  @Test
  void openEndedRangesRunOn() {
    DateRange open = DateRange.startingOn(JAN_1);
    assertThat(open.isOpenEnded()).isTrue();
    assertThat(open.end()).isEmpty();
    assertThat(open.contains(LocalDate.of(2999, 1, 1))).isTrue();
    assertThat(open.encloses(DateRange.ofClosed(JAN_1, DEC_31))).isTrue();
    assertThat(DateRange.ofClosed(JAN_1, DEC_31).encloses(open)).isFalse();
    assertThat(DateRange.ofClosed(JAN_1, Optional.empty())).isEqualTo(open);
  }

  @Test
  void overlapsWhenSharingADay() {
    DateRange year = DateRange.ofClosed(JAN_1, DEC_31);
    assertThat(year.overlaps(DateRange.ofClosed(DEC_31, DEC_31.plusDays(5)))).isTrue();
    assertThat(year.overlaps(DateRange.startingOn(DEC_31.plusDays(1)))).isFalse();
    assertThat(DateRange.startingOn(JAN_1).overlaps(DateRange.startingOn(DEC_31))).isTrue();
  }

  @Test
  void parsesWhatItPrints() {
    assertThat(DateRange.parse("2020-01-01/2020-12-31"))
        .isEqualTo(DateRange.ofClosed(JAN_1, DEC_31));
    assertThat(DateRange.parse("2020-01-01/..")).isEqualTo(DateRange.startingOn(JAN_1));
    for (String bad : new String[] {"2020-01-01", "2020-13-01/..", "/2020-01-01", ""}) {
      assertThatThrownBy(() -> DateRange.parse(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.violation().code()).isEqualTo("daterange.form"));
    }
    assertThatThrownBy(() -> DateRange.parse("2020-12-31/2020-01-01"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violation().code()).isEqualTo("daterange.order"));
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            DateRange.ofClosed(JAN_1, DEC_31), DateRange.parse("2020-01-01/2020-12-31"))
        .addEqualityGroup(DateRange.startingOn(JAN_1))
        .addEqualityGroup(DateRange.ofClosed(JAN_1, JAN_1))
        .testEquals();
    new NullPointerTester()
        .setDefault(LocalDate.class, JAN_1)
        .testAllPublicStaticMethods(DateRange.class);
  }

  @Test
  void generatedRangesRoundTripAndEncloseTheirParts() {
    Property.forAll(
        "date range round trip",
        CommonGen.dateRange(),
        range -> {
          assertThat(DateRange.parse(range.toString())).isEqualTo(range);
          assertThat(range.contains(range.start())).isTrue();
          assertThat(range.encloses(range)).isTrue();
          DateRange inner =
              CommonGen.dateRangeWithin(range).next(org.ksmodel.testkit.Rng.seeded(1));
          if (!range.isOpenEnded()) {
            assertThat(range.encloses(inner)).isTrue();
          }
          assertThat(range.overlaps(inner)).isTrue();
        });
  }
}
