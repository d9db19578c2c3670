package org.ksmodel.funding;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.Money;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * The budget of one period (IATI's budget): a closed period, usually a year or a quarter, an
 * amount, and whether it is the original or a revised budget, indicative or committed. A funding
 * keeps every budget as published; it never adds them up into its total budget.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Budget {
  // Package-private: only the generated implementation extends a value type.
  Budget() {}

  /** {@return the period, start and end both given (IATI requires both)} */
  public abstract DateRange period();

  /** {@return the amount budgeted for the period} */
  public abstract Money value();

  /** {@return the day the amount was valued, for conversion to other currencies, when given} */
  public abstract Optional<LocalDate> valueDate();

  /** {@return whether this is the original or a revised budget, when published} */
  public abstract Optional<BudgetType> type();

  /**
   * {@return whether the budget is indicative or committed, when published (IATI reads a budget
   * without a status as indicative; the model does not fill it in)}
   */
  public abstract Optional<BudgetStatus> status();

  /**
   * Rejects a budget whose period has no end; checked on {@code build()}, not meant to be called
   * directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if the period is open-ended
   */
  @Value.Check
  protected void check() {
    Checks.require(
        period().end().isPresent(),
        "funding.budget.period.open",
        "period",
        () -> "a budget's period has an end; got " + period());
  }

  /** {@return an empty builder of {@link Budget}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Budget}; {@code builder().from(budget)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the period or
   * value is not set, or the period has no end.
   */
  public static final class Builder extends ImmutableBudget.Builder {
    Builder() {}
  }
}
