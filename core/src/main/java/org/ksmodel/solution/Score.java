package org.ksmodel.solution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * A score on a scale, e.g. 4 on a scale from 1 to 5 with a pass mark of 3. Equality compares the
 * numbers by value, so {@code 4} equals {@code 4.0}.
 *
 * <p>The minimum must be below the maximum, and the score and the pass mark must lie on the scale,
 * ends included.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Score {
  // Package-private: only the generated implementation extends a value type.
  Score() {}

  /** {@return the score given} */
  public abstract BigDecimal value();

  /** {@return the lowest score of the scale} */
  public abstract BigDecimal minimum();

  /** {@return the highest score of the scale} */
  public abstract BigDecimal maximum();

  /** {@return the lowest score that counts as meeting the criterion, when the scale has one} */
  public abstract Optional<BigDecimal> passMark();

  /**
   * Rejects an empty scale and a score or pass mark off it; checked on {@code build()}, not meant
   * to be called directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if the minimum is not below the maximum, or
   *     the score or the pass mark is off the scale
   */
  @Value.Check
  protected void check() {
    Checks.require(
        minimum().compareTo(maximum()) < 0,
        "solution.score.scale",
        "maximum",
        () ->
            "the scale's maximum "
                + maximum().toPlainString()
                + " must be above its minimum "
                + minimum().toPlainString());
    Checks.require(
        isOnScale(value()),
        "solution.score.range",
        "value",
        () -> "score " + value().toPlainString() + " is outside its scale " + scale());
    passMark()
        .ifPresent(
            mark ->
                Checks.require(
                    isOnScale(mark),
                    "solution.score.passMark",
                    "passMark",
                    () ->
                        "pass mark " + mark.toPlainString() + " is outside the scale " + scale()));
  }

  private boolean isOnScale(BigDecimal number) {
    return number.compareTo(minimum()) >= 0 && number.compareTo(maximum()) <= 0;
  }

  private String scale() {
    return minimum().toPlainString() + "-" + maximum().toPlainString();
  }

  /** {@return whether the score reaches the pass mark; empty when the scale has none} */
  public Optional<Boolean> isPassing() {
    return passMark().map(mark -> value().compareTo(mark) >= 0);
  }

  /**
   * {@return where the score sits on its scale, from 0 (minimum) to 1 (maximum), to four decimals
   * (half up)}
   */
  public BigDecimal fraction() {
    return value()
        .subtract(minimum())
        .divide(maximum().subtract(minimum()), 4, RoundingMode.HALF_UP);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Score)) {
      return false;
    }
    Score that = (Score) other;
    return value().compareTo(that.value()) == 0
        && minimum().compareTo(that.minimum()) == 0
        && maximum().compareTo(that.maximum()) == 0
        && passMark().isPresent() == that.passMark().isPresent()
        && (passMark().isEmpty() || passMark().get().compareTo(that.passMark().get()) == 0);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        value().stripTrailingZeros(),
        minimum().stripTrailingZeros(),
        maximum().stripTrailingZeros(),
        passMark().map(BigDecimal::stripTrailingZeros));
  }

  /** {@code value/minimum-maximum}, with the pass mark when there is one, e.g. {@code 4/1-5>=3}. */
  @Override
  public String toString() {
    return value().toPlainString()
        + "/"
        + scale()
        + passMark().map(mark -> ">=" + mark.toPlainString()).orElse("");
  }

  /** {@return an empty builder of {@link Score}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a score on a scale without a pass mark}
   *
   * @param value the score given
   * @param minimum the lowest score of the scale
   * @param maximum the highest score of the scale
   * @throws org.ksmodel.common.InvalidValueException if the minimum is not below the maximum, or
   *     the value is off the scale
   */
  public static Score of(BigDecimal value, BigDecimal minimum, BigDecimal maximum) {
    return builder().value(value).minimum(minimum).maximum(maximum).build();
  }

  /**
   * Builds a {@link Score}; {@code builder().from(score)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the value,
   * minimum or maximum is not set, if the minimum is not below the maximum, or if the value or the
   * pass mark is off the scale.
   */
  public static final class Builder extends ImmutableScore.Builder {
    Builder() {}
  }
}
