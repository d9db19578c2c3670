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
 */
@Value.Immutable
@KsStyle
public abstract class Score {
  // Package-private: only the generated implementation extends a value type.
  Score() {}

  /** The score given. */
  public abstract BigDecimal value();

  /** The lowest score of the scale. */
  public abstract BigDecimal minimum();

  /** The highest score of the scale. */
  public abstract BigDecimal maximum();

  /** The lowest score that counts as meeting the criterion, when the scale has one. */
  public abstract Optional<BigDecimal> passMark();

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

  /** Whether the score reaches the pass mark; empty when the scale has none. */
  public Optional<Boolean> isPassing() {
    return passMark().map(mark -> value().compareTo(mark) >= 0);
  }

  /** Where the score sits on its scale, from 0 (minimum) to 1 (maximum), to four decimals. */
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

  /** An empty builder of {@link Score}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A score on a scale without a pass mark.
   *
   * @throws org.ksmodel.common.InvalidValueException if the scale is empty or the value is off it
   */
  public static Score of(BigDecimal value, BigDecimal minimum, BigDecimal maximum) {
    return builder().value(value).minimum(minimum).maximum(maximum).build();
  }

  /** Builds a {@link Score}; {@code builder().from(score)} copies one. */
  public static final class Builder extends ImmutableScore.Builder {
    Builder() {}
  }
}
