package org.ksmodel.common;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in one currency. The amount is a {@link BigDecimal}, never a floating-point
 * number: there is no factory that takes a {@code double}. Equality ignores scale, so {@code 10.0
 * USD} equals {@code 10.00 USD} and a value survives a JSON round trip; the scale given is kept for
 * writing.
 *
 * <p>Amounts are never negative: a budget or a contribution cannot be. A transaction's value, which
 * IATI makes negative for a reversal, is a {@link SignedMoney}. Sums are only taken within one
 * currency: adding another currency throws, so a conversion is never silent.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Money implements Comparable<Money> {
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,30}(\\.[0-9]{1,18})?");
  private static final int MAX_INTEGER_DIGITS = 30;
  private static final int MAX_SCALE = 18;

  private final BigDecimal amount;
  private final CurrencyCode currency;

  private Money(BigDecimal amount, CurrencyCode currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * The amount in the currency.
   *
   * @param amount the amount, zero or more; its scale is kept for writing
   * @param currency the currency
   * @return the money
   * @throws InvalidValueException if the amount is negative or absurdly large or precise (more than
   *     30 integer digits or 18 decimals)
   */
  public static Money of(BigDecimal amount, CurrencyCode currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.signum() < 0) {
      throw invalid("money.negative", "amount must not be negative, got " + amount.toPlainString());
    }
    if (amount.scale() > MAX_SCALE || amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      throw invalid(
          "money.range", "amount must have at most 30 integer digits and 18 decimals: " + amount);
    }
    return new Money(amount, currency);
  }

  /**
   * Reads a plain decimal amount such as {@code "1250000.00"} and an ISO 4217 code.
   *
   * @param amount the amount: 1 to 30 digits, optionally a dot and 1 to 18 digits
   * @param currency the currency code, e.g. {@code USD}
   * @return the money, with the scale as written
   * @throws InvalidValueException if the amount is not a plain non-negative decimal of that size
   *     (no sign, no exponent, no leading or trailing dot) or the currency is not three upper-case
   *     letters
   */
  public static Money of(String amount, String currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.startsWith("-") && DECIMAL.matcher(amount).region(1, amount.length()).matches()) {
      // The same mistake as a negative BigDecimal, so the same code.
      throw invalid("money.negative", "amount must not be negative, got " + amount);
    }
    if (!DECIMAL.matcher(amount).matches()) {
      throw invalid(
          "money.amount.form",
          "amount must be a plain non-negative decimal such as 1250000.00, got '" + amount + "'");
    }
    return of(new BigDecimal(amount), CurrencyCode.of(currency));
  }

  /**
   * Zero in a currency, the start of a sum.
   *
   * @param currency the currency
   * @return zero, with scale 0
   */
  public static Money zero(CurrencyCode currency) {
    return of(BigDecimal.ZERO, currency);
  }

  private static InvalidValueException invalid(String code, String message) {
    return new InvalidValueException(Violation.construction(code, DataPath.of("amount"), message));
  }

  /** {@return the amount, with the scale it was given; never negative} */
  public BigDecimal amount() {
    return amount;
  }

  /** {@return the currency} */
  public CurrencyCode currency() {
    return currency;
  }

  /** {@return whether the amount is zero, at any scale} */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Adds an amount of the same currency.
   *
   * @param other the amount to add
   * @return the sum of this and {@code other}, at the larger of their scales
   * @throws InvalidValueException if the currencies differ, or the sum has more than 30 integer
   *     digits
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return of(amount.add(other.amount), currency);
  }

  /**
   * Orders by currency code first, then by amount, so that any two amounts compare (a sorted set of
   * amounts in several currencies works) and the order is consistent with {@link #equals}: {@code
   * 10.0 USD} and {@code 10.00 USD} compare as equal. To ask whether one amount is larger than
   * another, check {@link #isSameCurrencyAs} first: across currencies the answer is a matter of
   * conversion, which this class never does.
   *
   * @param other the amount to compare with
   * @return a negative number, zero or a positive number as this amount comes before, with or after
   *     {@code other}
   */
  @Override
  public int compareTo(Money other) {
    int byCurrency = currency.compareTo(other.currency);
    return byCurrency != 0 ? byCurrency : amount.compareTo(other.amount);
  }

  /**
   * Tells whether two amounts can be added or compared.
   *
   * @param other the other amount
   * @return whether {@code other} has the same currency as this
   */
  public boolean isSameCurrencyAs(Money other) {
    return currency.equals(other.currency);
  }

  private void requireSameCurrency(Money other) {
    if (!isSameCurrencyAs(other)) {
      throw new InvalidValueException(
          Violation.construction(
              "money.currency.mismatch",
              DataPath.of("currency"),
              "cannot combine " + currency + " with " + other.currency + " without a conversion"));
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money
        && currency.equals(((Money) other).currency)
        && amount.compareTo(((Money) other).amount) == 0;
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + amount.stripTrailingZeros().hashCode();
  }

  /** {@return the plain amount, as given, and the currency, e.g. {@code 1250000.00 USD}} */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
