package org.ksmodel.funding;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Money;
import org.ksmodel.common.internal.KsStyle;

/**
 * A financial transaction of the funding, as IATI records it: a type, a date, an amount, and the
 * institutions the money goes from and to (IATI's provider-org and receiver-org).
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Transaction {
  // Package-private: only the generated implementation extends a value type.
  Transaction() {}

  /** {@return the kind of transaction: commitment, disbursement, expenditure or incoming funds} */
  public abstract TransactionType type();

  /** {@return the day of the transaction} */
  public abstract LocalDate date();

  /**
   * {@return the amount} A reversal is recorded as its own transaction, never as a negative amount.
   */
  public abstract Money amount();

  /** {@return the institution the money comes from, when known} */
  public abstract Optional<InstitutionId> fromInstitution();

  /** {@return the institution the money goes to, when known} */
  public abstract Optional<InstitutionId> toInstitution();

  /** {@return what the transaction is for} */
  public abstract Optional<LocalizedText> description();

  /** {@return an empty builder of {@link Transaction}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Transaction}; {@code builder().from(transaction)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the type, date or
   * amount is not set.
   */
  public static final class Builder extends ImmutableTransaction.Builder {
    Builder() {}
  }
}
