package org.ksmodel.common;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money of either sign in one currency: the value of a transaction, where IATI records
 * a reversal (a correction of an earlier transaction) as a negative value of the same type. Like
 * {@link Money} the amount is a {@link BigDecimal}, equality ignores scale and sums are only taken
 * within one currency; unlike it, the amount may be negative. Budgets, contributions and planned
 * disbursements stay {@link Money}: a negative budget means nothing.
 *
 * <p>The JSON form is that of {@link Money}, the amount string may start with {@code -}: {@code
 * {"amount": "-500.00", "currency": "USD"}}.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class SignedMoney implements Comparable<SignedMoney> {
  private final BigDecimal amount;
  private final CurrencyCode currency;

  private SignedMoney(BigDecimal amount, CurrencyCode currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * The amount, of either sign, in the currency.
   *
   * @param amount the amount; its scale is kept for writing
   * @param currency the currency
   * @return the money
   * @throws InvalidValueException if the amount is absurdly large or precise (more than 30 integer
   *     digits or 18 decimals), as for {@link Money#of(BigDecimal, CurrencyCode)}
   */
  public static SignedMoney of(BigDecimal amount, CurrencyCode currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    // Money checks the range of the absolute value; the sign is the only difference.
    Money.of(amount.abs(), currency);
    return new SignedMoney(amount, currency);
  }

  /**
   * Reads a plain decimal amount of either sign such as {@code "-500.00"} and an ISO 4217 code.
   *
   * @param amount the amount: optionally {@code -}, then 1 to 30 digits, optionally a dot and 1 to
   *     18 digits
   * @param currency the currency code, e.g. {@code USD}
   * @return the money, with the scale as written
   * @throws InvalidValueException if the amount is not a plain decimal of that size or the currency
   *     is not three upper-case letters
   */
  public static SignedMoney of(String amount, String currency) {
    Objects.requireNonNull(amount, "amount");
    boolean negative = amount.startsWith("-") && !amount.startsWith("--");
    Money magnitude = Money.of(negative ? amount.substring(1) : amount, currency);
    return negative ? magnitude(magnitude).negate() : magnitude(magnitude);
  }

  /**
   * The same amount, as a signed value.
   *
   * @param money the amount, never negative
   * @return the money, with the same amount and scale
   */
  public static SignedMoney of(Money money) {
    return magnitude(Objects.requireNonNull(money, "money"));
  }

  private static SignedMoney magnitude(Money money) {
    return new SignedMoney(money.amount(), money.currency());
  }

  /**
   * Zero in a currency, the start of a sum.
   *
   * @param currency the currency
   * @return zero, with scale 0
   */
  public static SignedMoney zero(CurrencyCode currency) {
    return of(BigDecimal.ZERO, currency);
  }

  /** {@return the amount, with the scale it was given; negative for a reversal} */
  public BigDecimal amount() {
    return amount;
  }

  /** {@return the currency} */
  public CurrencyCode currency() {
    return currency;
  }

  /** {@return whether the amount is below zero} */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** {@return whether the amount is zero, at any scale} */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** {@return the absolute amount, as money, with the same scale and currency} */
  public Money abs() {
    return Money.of(amount.abs(), currency);
  }

  /** {@return the amount with the other sign, with the same scale and currency} */
  public SignedMoney negate() {
    return new SignedMoney(amount.negate(), currency);
  }

  /**
   * Adds an amount of the same currency.
   *
   * @param other the amount to add
   * @return the sum of this and {@code other}, at the larger of their scales
   * @throws InvalidValueException if the currencies differ, or the sum has more than 30 integer
   *     digits
   */
  public SignedMoney plus(SignedMoney other) {
    if (!isSameCurrencyAs(other)) {
      throw new InvalidValueException(
          Violation.construction(
              "money.currency.mismatch",
              DataPath.of("currency"),
              "cannot combine " + currency + " with " + other.currency + " without a conversion"));
    }
    return of(amount.add(other.amount), currency);
  }

  /**
   * Tells whether two amounts can be added or compared.
   *
   * @param other the other amount
   * @return whether {@code other} has the same currency as this
   */
  public boolean isSameCurrencyAs(SignedMoney other) {
    return currency.equals(other.currency);
  }

  /**
   * Orders by currency code first, then by amount, consistently with {@link #equals}, as {@link
   * Money#compareTo} does.
   *
   * @param other the amount to compare with
   * @return a negative number, zero or a positive number as this amount comes before, with or after
   *     {@code other}
   */
  @Override
  public int compareTo(SignedMoney other) {
    int byCurrency = currency.compareTo(other.currency);
    return byCurrency != 0 ? byCurrency : amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedMoney
        && currency.equals(((SignedMoney) other).currency)
        && amount.compareTo(((SignedMoney) other).amount) == 0;
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + amount.stripTrailingZeros().hashCode();
  }

  /** {@return the plain amount, as given, and the currency, e.g. {@code -500.00 USD}} */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
