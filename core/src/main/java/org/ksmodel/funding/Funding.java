package org.ksmodel.funding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.Entity;
import org.ksmodel.common.EntityId;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SignedMoney;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * The money behind one partnership, or behind one institution's knowledge-sharing programme: a
 * total budget, the contributions of the partners, the transactions and (since format 1.1) the
 * budgets per period and the planned disbursements.
 *
 * <p>What is funded is named by exactly one of {@link #partnership()} and {@link #institution()}
 * (two optional ids rather than one id of either kind, so that the JSON form names the kind in the
 * member name); construction rejects a funding that names neither or both.
 *
 * <p>The queries never mix currencies: they answer per currency, in the order of currency codes,
 * and never throw on mixed currencies or divide by zero. The maps they return are unmodifiable.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
// Immutables would merge Builder.from over Entity, whose id has another type; from takes a Funding.
@SuppressWarnings("immutables:from")
public abstract class Funding implements Entity {
  // Package-private: only the generated implementation extends a value type.
  Funding() {}

  /** {@return {@link EntityKind#FUNDING}, always} */
  @Override
  public final EntityKind kind() {
    return EntityKind.FUNDING;
  }

  /** {@return the id} */
  public abstract FundingId id();

  /** {@return the partnership funded, when this is the funding of a partnership} */
  public abstract Optional<PartnershipId> partnership();

  /**
   * {@return the institution whose knowledge-sharing programme is funded, when that is what is
   * funded}
   */
  public abstract Optional<InstitutionId> institution();

  /**
   * {@return the total budget, when the source gives one} It is a figure of its own, as the source
   * stated it; it is not derived from {@link #budgets()}, the budgets per period, which IATI
   * publishes instead of a total (their sum may or may not be the total: budgets may be original
   * and revised ones for the same period). An importer keeps each budget and leaves this empty
   * unless the source states a total.
   */
  public abstract Optional<Money> totalBudget();

  /** {@return the contributions: who commits what} */
  public abstract List<Contribution> contributions();

  /**
   * {@return the transactions recorded: commitments, disbursements, expenditures, incoming funds
   * and every other IATI transaction type; reversals with negative amounts}
   */
  public abstract List<Transaction> transactions();

  /** {@return the budgets per period, as published (format 1.1)} */
  public abstract List<Budget> budgets();

  /** {@return the planned disbursements (format 1.1)} */
  public abstract List<PlannedDisbursement> plannedDisbursements();

  /** {@return what is funded: the partnership or the institution, whichever is given} */
  public EntityId target() {
    return partnership().<EntityId>map(id -> id).orElseGet(() -> institution().orElseThrow());
  }

  /**
   * {@return the committed amounts of all contributions (cash and in kind), summed per currency}
   */
  public Map<CurrencyCode, Money> contributionTotals() {
    return sumPerCurrency(contributions().stream().map(Contribution::committedAmount).toList());
  }

  /**
   * {@return the amounts of the transactions of {@code type}, summed per currency} Reversals
   * (negative amounts) reduce the sum; in data the validator accepts it is never negative.
   *
   * @param type the kind of transaction to sum
   */
  public Map<CurrencyCode, SignedMoney> transactionTotals(TransactionType type) {
    return signedSumPerCurrency(transactionAmounts(t -> t.type() == type));
  }

  /**
   * {@return the committed amounts of the contributions per source, summed per currency} Sources
   * without contributions are left out.
   */
  public Map<FundingSource, Map<CurrencyCode, Money>> contributionTotalsPerSource() {
    Map<FundingSource, Map<CurrencyCode, Money>> totals = new EnumMap<>(FundingSource.class);
    for (FundingSource source : FundingSource.values()) {
      List<Money> amounts =
          contributions().stream()
              .filter(c -> c.source() == source)
              .map(Contribution::committedAmount)
              .toList();
      if (!amounts.isEmpty()) {
        totals.put(source, sumPerCurrency(amounts));
      }
    }
    return Collections.unmodifiableMap(totals);
  }

  /**
   * {@return for each currency, the share of the contributions in it that comes from each source}
   * Each share is a fraction between 0 and 1 (16 significant digits), the shares of a currency
   * adding up to 1 up to rounding. A currency whose contributions add up to zero is left out.
   */
  public Map<CurrencyCode, Map<FundingSource, BigDecimal>> sharePerSource() {
    Map<FundingSource, Map<CurrencyCode, Money>> perSource = contributionTotalsPerSource();
    Map<CurrencyCode, Map<FundingSource, BigDecimal>> shares = new TreeMap<>();
    contributionTotals()
        .forEach(
            (currency, total) -> {
              Map<FundingSource, BigDecimal> shareOfSource = new EnumMap<>(FundingSource.class);
              perSource.forEach(
                  (source, amounts) ->
                      Optional.ofNullable(amounts.get(currency))
                          .flatMap(amount -> ratio(amount, total))
                          .ifPresent(share -> shareOfSource.put(source, share)));
              if (!total.isZero()) {
                shares.put(currency, Collections.unmodifiableMap(shareOfSource));
              }
            });
    return Collections.unmodifiableMap(shares);
  }

  /**
   * {@return the co-financing ratio per currency} That is the share of the contributions that is
   * neither paid by {@code mainProvider} nor drawn from a state budget, i.e. the committed amounts
   * of contributions whose contributor is not the main provider and whose source is not {@link
   * FundingSource#STATE_BUDGET}, divided by the committed amounts of all contributions in that
   * currency (cash and in kind alike). It measures how much partners other than the main provider's
   * treasury put in, a sign of their ownership: {@code 0} when the main provider and state budgets
   * pay everything, {@code 1} when they pay nothing.
   *
   * <p>The main provider is given by the caller, since a funding does not know the partnership's
   * roles: usually the partnership's (first) provider, or the institution itself for the funding of
   * its own programme. A currency whose contributions add up to zero is left out.
   *
   * @param mainProvider the institution whose own contributions do not count as co-financing
   */
  public Map<CurrencyCode, BigDecimal> coFinancingRatio(InstitutionId mainProvider) {
    Map<CurrencyCode, Money> coFinanced =
        sumPerCurrency(
            contributions().stream()
                .filter(c -> !c.contributor().equals(mainProvider))
                .filter(c -> c.source() != FundingSource.STATE_BUDGET)
                .map(Contribution::committedAmount)
                .toList());
    Map<CurrencyCode, BigDecimal> ratios = new TreeMap<>();
    contributionTotals()
        .forEach(
            (currency, total) ->
                ratio(coFinanced.getOrDefault(currency, Money.zero(currency)), total)
                    .ifPresent(r -> ratios.put(currency, r)));
    return Collections.unmodifiableMap(ratios);
  }

  /**
   * {@return disbursed against committed, per currency} Disbursed is the sum of the {@link
   * TransactionType#DISBURSEMENT}, {@link TransactionType#EXPENDITURE} and {@link
   * TransactionType#REIMBURSEMENT} transactions, reversals included (see {@link
   * TransactionType#isSpending()}). Committed is the sum of the {@link TransactionType#COMMITMENT}
   * transactions in that currency or, when there are none in it, of the contributions' committed
   * amounts in it (many knowledge-sharing fundings record pledged contributions but no commitment
   * transactions). A currency appears when it has a commitment, a contribution or a disbursement;
   * missing sides are zero. Incoming commitments and pledges are not commitments of this funding's
   * provider and do not count.
   */
  public Map<CurrencyCode, DisbursementProgress> disbursementProgress() {
    Map<CurrencyCode, SignedMoney> committed = new TreeMap<>();
    contributionTotals().forEach((currency, sum) -> committed.put(currency, SignedMoney.of(sum)));
    committed.putAll(transactionTotals(TransactionType.COMMITMENT));
    Map<CurrencyCode, SignedMoney> disbursed =
        signedSumPerCurrency(transactionAmounts(t -> t.type().isSpending()));
    disbursed
        .keySet()
        .forEach(currency -> committed.putIfAbsent(currency, SignedMoney.zero(currency)));
    Map<CurrencyCode, DisbursementProgress> progress = new TreeMap<>();
    committed.forEach(
        (currency, amount) ->
            progress.put(
                currency,
                new DisbursementProgress(
                    amount, disbursed.getOrDefault(currency, SignedMoney.zero(currency)))));
    return Collections.unmodifiableMap(progress);
  }

  private List<SignedMoney> transactionAmounts(Predicate<Transaction> filter) {
    return transactions().stream().filter(filter).map(Transaction::amount).toList();
  }

  private static Map<CurrencyCode, SignedMoney> signedSumPerCurrency(List<SignedMoney> amounts) {
    Map<CurrencyCode, SignedMoney> totals = new TreeMap<>();
    amounts.forEach(amount -> totals.merge(amount.currency(), amount, SignedMoney::plus));
    return Collections.unmodifiableMap(totals);
  }

  private static Map<CurrencyCode, Money> sumPerCurrency(List<Money> amounts) {
    Map<CurrencyCode, Money> totals = new TreeMap<>();
    amounts.forEach(amount -> totals.merge(amount.currency(), amount, Money::plus));
    return Collections.unmodifiableMap(totals);
  }

  private static Optional<BigDecimal> ratio(Money part, Money whole) {
    return whole.isZero()
        ? Optional.empty()
        : Optional.of(part.amount().divide(whole.amount(), MathContext.DECIMAL64));
  }

  /**
   * Rejects a funding that names neither or both of a partnership and an institution; checked on
   * {@code build()}, not meant to be called directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if neither or both of a partnership and an
   *     institution are given
   */
  @Value.Check
  protected void check() {
    Checks.require(
        partnership().isPresent() || institution().isPresent(),
        "funding.target.missing",
        "partnership",
        () -> "funding " + id() + " names neither a partnership nor an institution");
    Checks.require(
        partnership().isEmpty() || institution().isEmpty(),
        "funding.target.ambiguous",
        "institution",
        () ->
            "funding "
                + id()
                + " names both a partnership and an institution; it funds one of them");
  }

  /** {@return an empty builder of {@link Funding}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Funding}; {@code builder().from(funding)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the id is not
   * set, or if not exactly one of a partnership and an institution is set.
   */
  public static final class Builder extends ImmutableFunding.Builder {
    Builder() {}
  }
}
