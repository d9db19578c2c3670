package org.ksmodel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ksmodel.testkit.CommonGen;
import org.ksmodel.testkit.Property;

class MoneyTest {
  private static final CurrencyCode USD = CurrencyCode.of("USD");

  @Test
  void equalityIgnoresScaleButKeepsTheScaleGiven() {
    Money ten = Money.of("10.0", "USD");
    Money tenAgain = Money.of("10.00", "USD");
    assertThat(ten).isEqualTo(tenAgain).hasSameHashCodeAs(tenAgain);
    assertThat(tenAgain.amount().toPlainString()).isEqualTo("10.00");
    new EqualsTester()
        .addEqualityGroup(ten, tenAgain, Money.of(BigDecimal.TEN, USD))
        .addEqualityGroup(Money.of("10", "EUR"))
        .addEqualityGroup(Money.of("10.01", "USD"))
        .addEqualityGroup(Money.zero(USD), Money.of("0.000", "USD"))
        .testEquals();
  }

  @Test
  void noPublicMethodTakesFloatingPoint() {
    Method[] floating =
        Arrays.stream(Money.class.getMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .filter(
                m ->
                    Arrays.stream(m.getParameterTypes())
                        .anyMatch(
                            t ->
                                t == double.class
                                    || t == float.class
                                    || t == Double.class
                                    || t == Float.class))
            .toArray(Method[]::new);
    assertThat(floating).isEmpty();
  }

  @Test
  void refusesTextThatIsNotAPlainDecimal() {
    for (String bad : new String[] {"1e3", "NaN", "1,000", " 10", "10.", ".5", "Infinity"}) {
      assertThatThrownBy(() -> Money.of(bad, "USD"))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> {
                assertThat(e.violation().code()).isEqualTo("money.amount.form");
                assertThat(e.path()).isEqualTo(DataPath.of("amount"));
              });
    }
  }

  @Test
  void refusesNegativeAndAbsurdAmounts() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("-0.01"), USD))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violation().code()).isEqualTo("money.negative"));
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E+40"), USD))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violation().code()).isEqualTo("money.range"));
    assertThatThrownBy(() -> Money.of(new BigDecimal("1E-30"), USD))
        .isInstanceOf(InvalidValueException.class);
  }

  @Test
  void sumsOnlyWithinOneCurrency() {
    assertThat(Money.of("10.50", "USD").plus(Money.of("0.5", "USD")))
        .isEqualTo(Money.of("11", "USD"));
    assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violation().code()).isEqualTo("money.currency.mismatch"));
    assertThatThrownBy(
            () -> Money.of("9" + "0".repeat(29), "USD").plus(Money.of("9" + "0".repeat(29), "USD")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violation().code()).isEqualTo("money.range"));
  }

  @Test
  void ordersTotallyByCurrencyThenAmountConsistentlyWithEquals() {
    TreeSet<Money> amounts =
        new TreeSet<>(
            List.of(
                Money.of("5", "USD"),
                Money.of("1", "EUR"),
                Money.of("10.00", "USD"),
                Money.of("10.0", "USD"),
                Money.of("2", "EUR")));
    assertThat(amounts)
        .containsExactly(
            Money.of("1", "EUR"),
            Money.of("2", "EUR"),
            Money.of("5", "USD"),
            Money.of("10", "USD"));
    assertThat(Money.of("10.0", "USD").compareTo(Money.of("10.00", "USD"))).isZero();
    assertThat(Money.of("1", "USD").compareTo(Money.of("1", "EUR"))).isPositive();
    assertThat(Money.of("1", "EUR").compareTo(Money.of("1", "USD"))).isNegative();
  }

  @Test
  void aNegativeAmountHasOneCodeWhateverTheFactory() {
    for (Runnable negative :
        List.<Runnable>of(
            () -> Money.of("-5", "USD"),
            () -> Money.of("-5.25", "USD"),
            () -> Money.of(new BigDecimal("-5"), USD))) {
      assertThatThrownBy(negative::run)
          .isInstanceOfSatisfying(
              InvalidValueException.class,
              e -> assertThat(e.violation().code()).isEqualTo("money.negative"));
    }
    assertThatThrownBy(() -> Money.of("-", "USD"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violation().code()).isEqualTo("money.amount.form"));
  }

  @Test
  void printsThePlainAmountAndCurrency() {
    assertThat(Money.of("1250000.00", "USD")).hasToString("1250000.00 USD");
    assertThat(Money.of(new BigDecimal("1E+3"), USD)).hasToString("1000 USD");
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester()
        .setDefault(CurrencyCode.class, USD)
        .testAllPublicStaticMethods(Money.class);
  }

  @Test
  void equalityAndOrderAgreeOverGeneratedValues() {
    int cases =
        Property.forAll(
            "money equality across scale",
            CommonGen.money(),
            money -> {
              Money rescaled = Money.of(money.amount().setScale(6), money.currency());
              assertThat(rescaled).isEqualTo(money).hasSameHashCodeAs(money);
              assertThat(rescaled.compareTo(money)).isZero();
              Money parsed = Money.of(money.amount().toPlainString(), money.currency().value());
              assertThat(parsed).isEqualTo(money);
            });
    assertThat(cases).isGreaterThanOrEqualTo(1_000);
  }
}
