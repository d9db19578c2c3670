package org.ksmodel.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.ksmodel.testkit.Invariants.assertInvalid;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SignedMoney;
import org.ksmodel.testkit.FundingGen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.Rng;

class FundingTest {
  private static final CurrencyCode USD = CurrencyCode.of("USD");
  private static final CurrencyCode COP = CurrencyCode.of("COP");
  private static final CurrencyCode EUR = CurrencyCode.of("EUR");
  private static final InstitutionId APC = InstitutionId.of("CO-APC");
  private static final InstitutionId KOICA = InstitutionId.of("KR-KOICA");
  private static final InstitutionId MINSALUD = InstitutionId.of("CO-MINSALUD");
  private static final PartnershipId PARTNERSHIP = PartnershipId.of("P-1");

  private static Money money(String amount, CurrencyCode currency) {
    return Money.of(new BigDecimal(amount), currency);
  }

  private static Contribution contribution(
      InstitutionId contributor, FundingSource source, String amount, CurrencyCode currency) {
    return Contribution.builder()
        .contributor(contributor)
        .source(source)
        .kind(ContributionKind.CASH)
        .committedAmount(money(amount, currency))
        .build();
  }

  private static Transaction transaction(
      TransactionType type, String amount, CurrencyCode currency) {
    return Transaction.builder()
        .type(type)
        .date(LocalDate.of(2020, 3, 1))
        .amount(money(amount, currency))
        .build();
  }

  private static Funding.Builder funding() {
    return Funding.builder().id(FundingId.of("F-1")).partnership(PARTNERSHIP);
  }

  /** APC from its state budget, KOICA as co-financer in USD, the ministry in kind in COP. */
  private static Funding mixed() {
    return funding()
        .totalBudget(money("1000", USD))
        .addContributions(contribution(APC, FundingSource.STATE_BUDGET, "600", USD))
        .addContributions(contribution(KOICA, FundingSource.CO_FINANCING, "300", USD))
        .addContributions(contribution(APC, FundingSource.COST_RECOVERY, "100", USD))
        .addContributions(
            Contribution.builder()
                .contributor(MINSALUD)
                .source(FundingSource.STATE_BUDGET)
                .kind(ContributionKind.IN_KIND)
                .committedAmount(money("5000000", COP))
                .note("staff time")
                .build())
        .build();
  }

  @Test
  void aFundingNamesExactlyOneTarget() {
    assertInvalid(
        () -> Funding.builder().id(FundingId.of("F")).build(),
        "funding.target.missing",
        "/partnership");
    assertInvalid(
        () -> funding().institution(APC).build(), "funding.target.ambiguous", "/institution");
    assertThat(funding().build().target()).isEqualTo(PARTNERSHIP);
    assertThat(Funding.builder().id(FundingId.of("F")).institution(APC).build().target())
        .isEqualTo(APC);
  }

  @Test
  void requiredAttributesAreNamedWhenMissing() {
    assertInvalid(
        () -> Transaction.builder().type(TransactionType.COMMITMENT).build(),
        "value.required",
        "/date");
  }

  @Test
  void roundTripAndEqualityOfGeneratedFundings() {
    Property.forAll(
        "funding round trip",
        FundingGen.any(),
        f -> assertThat(Funding.builder().from(f).build()).isEqualTo(f).hasSameHashCodeAs(f));
    new EqualsTester()
        .addEqualityGroup(mixed(), mixed(), Funding.builder().from(mixed()).build())
        .addEqualityGroup(funding().build())
        .addEqualityGroup(funding().totalBudget(money("1000.00", USD)).build())
        .addEqualityGroup(funding().totalBudget(money("1000.01", USD)).build())
        .addEqualityGroup(FundingGen.any().next(Rng.seeded(3)))
        .testEquals();
  }

  @Test
  void totalsArePerCurrencyAndNeverMixed() {
    assertThat(mixed().contributionTotals())
        .containsExactly(entry(COP, money("5000000", COP)), entry(USD, money("1000", USD)));
    assertThat(funding().build().contributionTotals()).isEmpty();
  }

  @Test
  void transactionTotalsArePerTypeAndCurrency() {
    Funding f =
        funding()
            .addTransactions(transaction(TransactionType.DISBURSEMENT, "10", USD))
            .addTransactions(transaction(TransactionType.DISBURSEMENT, "5.50", USD))
            .addTransactions(transaction(TransactionType.DISBURSEMENT, "7", EUR))
            .addTransactions(transaction(TransactionType.EXPENDITURE, "99", USD))
            .build();
    assertThat(f.transactionTotals(TransactionType.DISBURSEMENT))
        .containsExactly(
            entry(EUR, SignedMoney.of(money("7", EUR))),
            entry(USD, SignedMoney.of(money("15.5", USD))));
    assertThat(f.transactionTotals(TransactionType.INCOMING_FUNDS)).isEmpty();
  }

  @Test
  void totalsAndSharesPerSource() {
    Funding f = mixed();
    assertThat(f.contributionTotalsPerSource())
        .containsOnlyKeys(
            FundingSource.STATE_BUDGET, FundingSource.CO_FINANCING, FundingSource.COST_RECOVERY);
    assertThat(f.contributionTotalsPerSource().get(FundingSource.STATE_BUDGET))
        .containsExactly(entry(COP, money("5000000", COP)), entry(USD, money("600", USD)));
    Map<CurrencyCode, Map<FundingSource, BigDecimal>> shares = f.sharePerSource();
    assertThat(shares.get(USD).get(FundingSource.STATE_BUDGET)).isEqualByComparingTo("0.6");
    assertThat(shares.get(USD).get(FundingSource.CO_FINANCING)).isEqualByComparingTo("0.3");
    assertThat(shares.get(USD).get(FundingSource.COST_RECOVERY)).isEqualByComparingTo("0.1");
    assertThat(shares.get(COP)).containsOnlyKeys(FundingSource.STATE_BUDGET);
    assertThat(shares.get(COP).get(FundingSource.STATE_BUDGET)).isEqualByComparingTo("1");
  }

  @Test
  void aCurrencyWhoseContributionsAreZeroHasNoShareAndNoRatio() {
    Funding f =
        funding()
            .addContributions(contribution(APC, FundingSource.STATE_BUDGET, "0", USD))
            .addContributions(contribution(KOICA, FundingSource.CO_FINANCING, "0.00", USD))
            .build();
    assertThat(f.contributionTotals()).containsExactly(entry(USD, Money.zero(USD)));
    assertThat(f.sharePerSource()).isEmpty();
    assertThat(f.coFinancingRatio(APC)).isEmpty();
  }

  @Test
  void coFinancingRatioLeavesOutTheMainProviderAndStateBudgets() {
    Map<CurrencyCode, BigDecimal> ratio = mixed().coFinancingRatio(APC);
    // USD: only KOICA's 300 of 1000 is neither APC's nor from a state budget.
    assertThat(ratio.get(USD)).isEqualByComparingTo("0.3");
    // COP: the ministry pays from its state budget.
    assertThat(ratio.get(COP)).isEqualByComparingTo("0");
    // Seen from KOICA as main provider, APC's cost recovery is co-financing.
    assertThat(mixed().coFinancingRatio(KOICA).get(USD)).isEqualByComparingTo("0.1");
    assertThat(funding().build().coFinancingRatio(APC)).isEmpty();
  }

  @Test
  void coFinancingRatioOfThirdsIsRoundedNotThrown() {
    Funding f =
        funding()
            .addContributions(contribution(APC, FundingSource.STATE_BUDGET, "2", USD))
            .addContributions(contribution(KOICA, FundingSource.BILATERAL_DONOR, "1", USD))
            .build();
    assertThat(f.coFinancingRatio(APC).get(USD)).isEqualByComparingTo("0.3333333333333333");
  }

  @Test
  void disbursementProgressUsesCommitmentTransactionsWhenThereAreSome() {
    Funding f =
        funding()
            .addContributions(contribution(APC, FundingSource.STATE_BUDGET, "1000", USD))
            .addTransactions(transaction(TransactionType.COMMITMENT, "800", USD))
            .addTransactions(transaction(TransactionType.DISBURSEMENT, "300", USD))
            .addTransactions(transaction(TransactionType.EXPENDITURE, "100", USD))
            .addTransactions(transaction(TransactionType.INCOMING_FUNDS, "5000", USD))
            .build();
    DisbursementProgress usd = f.disbursementProgress().get(USD);
    assertThat(usd.committed()).isEqualTo(SignedMoney.of(money("800", USD)));
    assertThat(usd.disbursed()).isEqualTo(SignedMoney.of(money("400", USD)));
    assertThat(usd.rate()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.5"));
  }

  @Test
  void reversalsReduceTheSumsAndIncomingCommitmentsAreNotCommitments() {
    Funding f =
        funding()
            .addTransactions(transaction(TransactionType.COMMITMENT, "800", USD))
            .addTransactions(signed(TransactionType.COMMITMENT, "-200", USD))
            .addTransactions(transaction(TransactionType.INCOMING_COMMITMENT, "5000", USD))
            .addTransactions(transaction(TransactionType.DISBURSEMENT, "300", USD))
            .addTransactions(signed(TransactionType.DISBURSEMENT, "-100", USD))
            .addTransactions(transaction(TransactionType.REIMBURSEMENT, "50", USD))
            .build();
    assertThat(f.transactionTotals(TransactionType.COMMITMENT))
        .containsExactly(entry(USD, SignedMoney.of("600", "USD")));
    assertThat(f.transactionTotals(TransactionType.INCOMING_COMMITMENT))
        .containsExactly(entry(USD, SignedMoney.of("5000", "USD")));
    DisbursementProgress usd = f.disbursementProgress().get(USD);
    assertThat(usd.committed()).isEqualTo(SignedMoney.of("600", "USD"));
    assertThat(usd.disbursed()).isEqualTo(SignedMoney.of("250", "USD"));
  }

  @Test
  void aTypeReversedBeyondItsSumHasANegativeTotal() {
    Funding f =
        funding()
            .addTransactions(transaction(TransactionType.EXPENDITURE, "10", USD))
            .addTransactions(signed(TransactionType.EXPENDITURE, "-15", USD))
            .build();
    assertThat(f.transactionTotals(TransactionType.EXPENDITURE).get(USD).isNegative()).isTrue();
    assertThat(f.disbursementProgress().get(USD).disbursed())
        .isEqualTo(SignedMoney.of("-5", "USD"));
  }

  private static Transaction signed(TransactionType type, String amount, CurrencyCode currency) {
    return Transaction.builder()
        .type(type)
        .date(LocalDate.parse("2024-01-01"))
        .amount(SignedMoney.of(amount, currency.value()))
        .build();
  }

  @Test
  void disbursementProgressFallsBackOnContributionsPerCurrency() {
    Funding f =
        funding()
            .addContributions(contribution(APC, FundingSource.STATE_BUDGET, "1000", USD))
            .addContributions(contribution(KOICA, FundingSource.CO_FINANCING, "90", EUR))
            .addTransactions(transaction(TransactionType.COMMITMENT, "60", EUR))
            .addTransactions(transaction(TransactionType.DISBURSEMENT, "250", USD))
            .addTransactions(transaction(TransactionType.DISBURSEMENT, "70", EUR))
            .addTransactions(transaction(TransactionType.DISBURSEMENT, "8", COP))
            .build();
    Map<CurrencyCode, DisbursementProgress> progress = f.disbursementProgress();
    assertThat(progress).containsOnlyKeys(COP, EUR, USD);
    assertThat(progress.get(USD))
        .isEqualTo(new DisbursementProgress(money("1000", USD), money("250", USD)));
    assertThat(progress.get(EUR))
        .isEqualTo(new DisbursementProgress(money("60", EUR), money("70", EUR)));
    assertThat(progress.get(EUR).rate().orElseThrow()).isEqualByComparingTo("1.166666666666667");
    assertThat(progress.get(COP))
        .isEqualTo(new DisbursementProgress(Money.zero(COP), money("8", COP)));
    assertThat(progress.get(COP).rate()).as("nothing committed: no division by zero").isEmpty();
  }

  @Test
  void anEmptyFundingAnswersEmpty() {
    Funding empty = funding().build();
    assertThat(empty.disbursementProgress()).isEmpty();
    assertThat(empty.sharePerSource()).isEmpty();
    assertThat(empty.contributionTotalsPerSource()).isEmpty();
  }
}
