package org.ksmodel.funding;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.common.internal.KsStyle;

/**
 * A cash transfer planned for a day or a period (IATI's planned-disbursement), reported beside the
 * budgets: an amount, and the institutions the money is to go from and to.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class PlannedDisbursement {
  // Package-private: only the generated implementation extends a value type.
  PlannedDisbursement() {}

  /** {@return whether this is the original plan or a revision, when published} */
  public abstract Optional<BudgetType> type();

  /**
   * {@return the period of the planned transfer: a start, and an end when published (the end is
   * never before the start)}
   */
  public abstract DateRange period();

  /** {@return the amount planned} */
  public abstract Money value();

  /** {@return the day the amount was valued, when given} */
  public abstract Optional<LocalDate> valueDate();

  /** {@return the institution the money is to come from, when known} */
  public abstract Optional<InstitutionId> fromInstitution();

  /** {@return the institution the money is to go to, when known} */
  public abstract Optional<InstitutionId> toInstitution();

  /** {@return the provider as published (name, type, activity), when given} */
  public abstract Optional<FundingParty> provider();

  /** {@return the receiver as published (name, type, activity), when given} */
  public abstract Optional<FundingParty> receiver();

  /** {@return an empty builder of {@link PlannedDisbursement}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PlannedDisbursement}; {@code builder().from(plan)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the period or
   * value is not set.
   */
  public static final class Builder extends ImmutablePlannedDisbursement.Builder {
    Builder() {}
  }
}
