package org.ksmodel.result;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.Violation;

/**
 * The value of an indicator at a baseline, as a target or as an actual: a number, or a text for a
 * qualitative indicator. Which one fits the indicator's measure is a business rule that the
 * validator checks, so either constructs whatever the measure.
 *
 * <p>Numbers are {@link BigDecimal}s and compare by value ({@code 10.0} equals {@code 10.00}, so a
 * value survives a JSON round trip); they may be negative (a change, a balance).
 *
 * <p>Immutable and safe to share between threads.
 */
public final class IndicatorValue {
  private final BigDecimal number;
  private final String text;

  private IndicatorValue(BigDecimal number, String text) {
    this.number = number;
    this.text = text;
  }

  /**
   * {@return a numeric value}
   *
   * @param number the number, kept with its scale
   */
  public static IndicatorValue ofNumber(BigDecimal number) {
    return new IndicatorValue(Objects.requireNonNull(number, "number"), null);
  }

  /**
   * {@return a whole-number value}
   *
   * @param number the number
   */
  public static IndicatorValue ofNumber(long number) {
    return ofNumber(BigDecimal.valueOf(number));
  }

  /**
   * {@return a text value, for a qualitative indicator}
   *
   * @param text the text, kept as given
   * @throws InvalidValueException if the text is blank
   */
  public static IndicatorValue ofText(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new InvalidValueException(
          Violation.construction(
              "indicator.value.blank", DataPath.of("text"), "a text value must not be blank"));
    }
    return new IndicatorValue(null, text);
  }

  /** {@return whether this is a number rather than a text} */
  public boolean isNumber() {
    return number != null;
  }

  /** {@return the number, when this is a numeric value} */
  public Optional<BigDecimal> number() {
    return Optional.ofNullable(number);
  }

  /** {@return the text, when this is a text value} */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof IndicatorValue)) {
      return false;
    }
    IndicatorValue that = (IndicatorValue) other;
    return isNumber()
        ? that.isNumber() && number.compareTo(that.number) == 0
        : text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return isNumber() ? number.stripTrailingZeros().hashCode() : text.hashCode() * 31 + 1;
  }

  /** The number in plain notation, or the text. */
  @Override
  public String toString() {
    return isNumber() ? number.toPlainString() : text;
  }
}
