package org.ksmodel.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.testkit.Invariants.assertInvalid;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Money;
import org.ksmodel.common.SignedMoney;

class DisbursementProgressTest {
  @Test
  void bothAmountsAreInOneCurrency() {
    assertInvalid(
        () -> new DisbursementProgress(Money.of("1", "USD"), Money.of("1", "EUR")),
        "money.currency.mismatch",
        "/disbursed");
  }

  @Test
  void rateIsDisbursedOverCommittedOrEmpty() {
    assertThat(new DisbursementProgress(Money.of("200", "USD"), Money.of("50", "USD")).rate())
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.25"));
    assertThat(new DisbursementProgress(Money.of("0.00", "USD"), Money.of("50", "USD")).rate())
        .isEmpty();
    assertThat(new DisbursementProgress(Money.of("0", "USD"), Money.of("0", "USD")).rate())
        .isEmpty();
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            new DisbursementProgress(Money.of("10.0", "USD"), Money.of("1", "USD")),
            new DisbursementProgress(Money.of("10.00", "USD"), Money.of("1.0", "USD")))
        .addEqualityGroup(new DisbursementProgress(Money.of("10", "USD"), Money.of("2", "USD")))
        .testEquals();
    new NullPointerTester()
        .setDefault(Money.class, Money.of("1", "USD"))
        .setDefault(SignedMoney.class, SignedMoney.of("-1", "USD"))
        .testAllPublicConstructors(DisbursementProgress.class);
  }
}
