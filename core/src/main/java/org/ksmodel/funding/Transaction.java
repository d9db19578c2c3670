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
 */
@Value.Immutable
@KsStyle
public abstract class Transaction {
  // Package-private: only the generated implementation extends a value type.
  Transaction() {}

  /** Commitment, disbursement, expenditure or incoming funds. */
  public abstract TransactionType type();

  /** The day of the transaction. */
  public abstract LocalDate date();

  /** The amount; a reversal is recorded as its own transaction, never as a negative amount. */
  public abstract Money amount();

  /** The institution the money comes from. */
  public abstract Optional<InstitutionId> fromInstitution();

  /** The institution the money goes to. */
  public abstract Optional<InstitutionId> toInstitution();

  /** What the transaction is for. */
  public abstract Optional<LocalizedText> description();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Transaction}; {@code builder().from(t)} copies one. */
  public static final class Builder extends ImmutableTransaction.Builder {
    Builder() {}
  }
}
