package org.ksmodel.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Signed amounts: the value of a transaction, negative for a reversal. */
class SignedMoneyTest {
  @Test
  void negativeAmountsAreValuesLikeMoney() {
    SignedMoney reversal = SignedMoney.of("-500.00", "USD");
    assertThat(reversal.isNegative()).isTrue();
    assertThat(reversal.isZero()).isFalse();
    assertThat(reversal.amount().toPlainString()).isEqualTo("-500.00");
    assertThat(reversal.abs()).isEqualTo(Money.of("500", "USD"));
    assertThat(reversal.negate()).isEqualTo(SignedMoney.of(Money.of("500.0", "USD")));
    assertThat(reversal.plus(SignedMoney.of("800", "USD"))).isEqualTo(SignedMoney.of("300", "USD"));
    assertThat(reversal.toString()).isEqualTo("-500.00 USD");
    assertThat(SignedMoney.zero(CurrencyCode.of("USD")).isZero()).isTrue();
    assertThat(reversal.compareTo(SignedMoney.of("-499.99", "USD"))).isNegative();
    assertThat(SignedMoney.of("1", "EUR").compareTo(SignedMoney.of("-1", "USD"))).isNegative();
  }

  @Test
  void equalityIgnoresScale() {
    new EqualsTester()
        .addEqualityGroup(SignedMoney.of("-10.0", "USD"), SignedMoney.of("-10.00", "USD"))
        .addEqualityGroup(SignedMoney.of("10", "USD"), SignedMoney.of(Money.of("10.000", "USD")))
        .addEqualityGroup(SignedMoney.of("-10", "EUR"))
        .testEquals();
  }

  @Test
  void formRangeAndCurrenciesAreCheckedAsForMoney() {
    assertThatThrownBy(() -> SignedMoney.of("--5", "USD"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violation().code()).isEqualTo("money.amount.form"));
    assertThatThrownBy(() -> SignedMoney.of("-1e5", "USD"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violation().code()).isEqualTo("money.amount.form"));
    assertThatThrownBy(
            () -> SignedMoney.of(new BigDecimal("-1" + "0".repeat(30)), CurrencyCode.of("USD")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violation().code()).isEqualTo("money.range"));
    assertThatThrownBy(() -> SignedMoney.of("1", "USD").plus(SignedMoney.of("1", "EUR")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.violation().code()).isEqualTo("money.currency.mismatch"));
  }
}
