package org.ksmodel.funding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.ksmodel.common.Money;
import org.ksmodel.common.SignedMoney;
import org.ksmodel.common.internal.Checks;

/**
 * How much of what was committed has been disbursed, in one currency: the answer of {@link
 * Funding#disbursementProgress()}.
 *
 * <p>Immutable and safe to share between threads.
 *
 * <p>Both amounts are signed, since they are sums of transactions that may include reversals; in
 * data the validator accepts neither is negative.
 *
 * @param committed the amount committed
 * @param disbursed the amount disbursed or spent, in the same currency
 */
public record DisbursementProgress(SignedMoney committed, SignedMoney disbursed) {
  /**
   * Checks that both amounts are in one currency.
   *
   * @param committed the amount committed
   * @param disbursed the amount disbursed or spent, in the same currency
   * @throws org.ksmodel.common.InvalidValueException if the currencies differ
   */
  public DisbursementProgress {
    Objects.requireNonNull(committed, "committed");
    Objects.requireNonNull(disbursed, "disbursed");
    Checks.require(
        committed.isSameCurrencyAs(disbursed),
        "money.currency.mismatch",
        "disbursed",
        () -> "disbursed " + disbursed + " is not in the currency of committed " + committed);
  }

  /**
   * Both amounts from non-negative money.
   *
   * @param committed the amount committed
   * @param disbursed the amount disbursed or spent, in the same currency
   * @throws org.ksmodel.common.InvalidValueException if the currencies differ
   */
  public DisbursementProgress(Money committed, Money disbursed) {
    this(SignedMoney.of(committed), SignedMoney.of(disbursed));
  }

  /**
   * {@return disbursed divided by committed (16 significant digits), e.g. {@code 0.75}; above 1
   * when more was disbursed than committed; empty when nothing was committed}
   */
  public Optional<BigDecimal> rate() {
    return committed.isZero()
        ? Optional.empty()
        : Optional.of(disbursed.amount().divide(committed.amount(), MathContext.DECIMAL64));
  }
}
