package org.ksmodel.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.Classifications;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Money;
import org.ksmodel.common.Sector;
import org.ksmodel.common.SignedMoney;
import org.ksmodel.common.internal.KsStyle;

/**
 * A financial transaction of the funding, as IATI records it: a type, a date, an amount, and the
 * institutions the money goes from and to (IATI's provider-org and receiver-org), and since format
 * 1.1 the details IATI records per transaction.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Transaction {
  // Package-private: only the generated implementation extends a value type.
  Transaction() {}

  /** {@return the kind of transaction: one of the IATI TransactionType codelist} */
  public abstract TransactionType type();

  /** {@return the day of the transaction} */
  public abstract LocalDate date();

  /**
   * {@return the amount} Negative for a reversal, as IATI records it: a correction of earlier
   * transactions of the same type, which reduces their sum (the validator reports a type whose sum
   * becomes negative).
   */
  public abstract SignedMoney amount();

  /** {@return the institution the money comes from, when known} */
  public abstract Optional<InstitutionId> fromInstitution();

  /** {@return the institution the money goes to, when known} */
  public abstract Optional<InstitutionId> toInstitution();

  /** {@return what the transaction is for} */
  public abstract Optional<LocalizedText> description();

  /** {@return the day the amount was valued, for conversion to other currencies, when given} */
  public abstract Optional<LocalDate> valueDate();

  /** {@return the publisher's own reference of the transaction (IATI {@code @ref}), when given} */
  public abstract Optional<String> reference();

  /** {@return whether the transaction is humanitarian (IATI {@code @humanitarian}), when stated} */
  public abstract Optional<Boolean> humanitarian();

  /** {@return the provider as published (name, type, activity), when given} */
  public abstract Optional<FundingParty> provider();

  /** {@return the receiver as published (name, type, activity), when given} */
  public abstract Optional<FundingParty> receiver();

  /** {@return the channel of the disbursement (IATI DisbursementChannel), when given} */
  public abstract Optional<Code> disbursementChannel();

  /**
   * {@return the sectors of the transaction, each of its IATI sector vocabulary (IATI allows one
   * per vocabulary); the same values as a partnership's sectors}
   */
  public abstract List<Sector> sectors();

  /** {@return the country the transaction benefits, when given} */
  public abstract Optional<CountryCode> recipientCountry();

  /**
   * {@return the region the transaction benefits, a code of its vocabulary (e.g. {@code Region
   * 289}), when given}
   */
  public abstract Optional<Code> recipientRegion();

  /** {@return the flow, finance, aid and tied types of the transaction, when given} */
  public abstract Optional<Classifications> classifications();

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

    /**
     * Sets a non-negative amount, as format 1.0 code does; the same as {@code
     * amount(SignedMoney.of(amount))}.
     *
     * @param amount the amount
     * @return this builder
     */
    public Builder amount(Money amount) {
      return amount(SignedMoney.of(amount));
    }
  }
}
