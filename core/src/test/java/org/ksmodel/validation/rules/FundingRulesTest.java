package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.Severity;
import org.ksmodel.common.SignedMoney;
import org.ksmodel.funding.Budget;
import org.ksmodel.funding.BudgetStatus;
import org.ksmodel.funding.BudgetType;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.ContributionKind;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.FundingSource;
import org.ksmodel.funding.PlannedDisbursement;
import org.ksmodel.funding.Transaction;
import org.ksmodel.funding.TransactionType;
import org.ksmodel.validation.ValidationReport;

/** The funding rules that judge a funding on its own: each fires on one defect, else is silent. */
class FundingRulesTest {
  static final InstitutionId PROVIDER = InstitutionId.of("CO-APC");
  static final InstitutionId RECIPIENT = InstitutionId.of("GT-SEGEPLAN");
  static final PartnershipId PARTNERSHIP = PartnershipId.of("P-1");

  static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  static Contribution contribution(
      InstitutionId contributor, FundingSource source, ContributionKind kind, Money amount) {
    return Contribution.builder()
        .contributor(contributor)
        .source(source)
        .kind(kind)
        .committedAmount(amount)
        .build();
  }

  /** A transaction; {@code from} and {@code to} may be null for none. */
  static Transaction transaction(
      TransactionType type, String date, Money amount, InstitutionId from, InstitutionId to) {
    return Transaction.builder()
        .type(type)
        .date(LocalDate.parse(date))
        .amount(amount)
        .fromInstitution(Optional.ofNullable(from))
        .toInstitution(Optional.ofNullable(to))
        .build();
  }

  /**
   * A valid funding of partnership P-1 (2020-2021 in {@link FundingDatasetRulesTest}): a budget of
   * 1,000 USD, 600 from the provider's state budget and 300 in kind from the recipient, 600
   * committed, 400 disbursed and 100 spent.
   */
  static Funding valid() {
    return Funding.builder()
        .id(FundingId.of("F-1"))
        .partnership(PARTNERSHIP)
        .totalBudget(usd("1000.00"))
        .addContributions(
            contribution(PROVIDER, FundingSource.STATE_BUDGET, ContributionKind.CASH, usd("600")),
            contribution(
                RECIPIENT, FundingSource.CO_FINANCING, ContributionKind.IN_KIND, usd("300")))
        .addTransactions(
            transaction(TransactionType.COMMITMENT, "2020-02-01", usd("600"), PROVIDER, RECIPIENT),
            transaction(
                TransactionType.DISBURSEMENT, "2020-06-01", usd("400"), PROVIDER, RECIPIENT),
            transaction(
                TransactionType.EXPENDITURE, "2021-03-01", usd("100"), RECIPIENT, RECIPIENT))
        .build();
  }

  private static Funding.Builder copy() {
    return Funding.builder().from(valid());
  }

  private static ValidationReport validate(Funding funding) {
    return VALIDATOR.validate(funding);
  }

  @Test
  void theValidFundingHasNoViolation() {
    assertThat(validate(valid()).violations()).isEmpty();
  }

  @Test
  void unknownCurrencies() {
    Funding funding =
        copy()
            .totalBudget(Money.of("1000", "XYZ"))
            .contributions(
                List.of(
                    contribution(
                        PROVIDER,
                        FundingSource.STATE_BUDGET,
                        ContributionKind.CASH,
                        Money.of("600", "XYZ"))))
            .transactions(
                List.of(
                    transaction(
                        TransactionType.COMMITMENT,
                        "2020-02-01",
                        Money.of("600", "ABC"),
                        PROVIDER,
                        RECIPIENT)))
            .build();
    ValidationReport report = validate(funding);
    assertFires(
        report,
        "funding.currency.unknown",
        Severity.ERROR,
        "/totalBudget/currency",
        "/contributions/0/committedAmount/currency",
        "/transactions/0/amount/currency");
    assertThat(report.violations("funding.currency.unknown").get(0).message()).contains("'XYZ'");
    assertSilent(validate(valid()), "funding.currency.unknown");
  }

  @Test
  void withdrawnCurrency() {
    Funding funding =
        copy()
            .totalBudget(Money.of("1000", "VEF"))
            .contributions(List.of())
            .transactions(List.of())
            .build();
    assertFires(
        validate(funding), "funding.currency.withdrawn", Severity.WARNING, "/totalBudget/currency");
    assertSilent(validate(funding), "funding.currency.unknown");
    assertSilent(validate(valid()), "funding.currency.withdrawn");
  }

  @Test
  void emptyFunding() {
    Funding empty = Funding.builder().id(FundingId.of("F-0")).institution(PROVIDER).build();
    assertFires(validate(empty), "funding.empty", Severity.WARNING, "");
    Funding budgetOnly = Funding.builder().from(empty).totalBudget(usd("10")).build();
    assertSilent(validate(budgetOnly), "funding.empty");
  }

  @Test
  void contributionInAnotherCurrency() {
    Funding funding =
        copy()
            .addContributions(
                contribution(
                    RECIPIENT,
                    FundingSource.COST_RECOVERY,
                    ContributionKind.CASH,
                    Money.of("5000", "COP")))
            .build();
    ValidationReport report = validate(funding);
    assertFires(
        report,
        "funding.contribution.currency",
        Severity.WARNING,
        "/contributions/2/committedAmount/currency");
    assertThat(report.violations("funding.contribution.currency").get(0).arguments())
        .containsExactly("5000 COP", "USD");
    // Another currency is left out of the sum, not added.
    assertSilent(report, "funding.contributions.exceedBudget");
    assertSilent(validate(valid()), "funding.contribution.currency");
  }

  @Test
  void contributionsExceedingTheBudget() {
    Funding funding = copy().totalBudget(usd("899.99")).build();
    assertFires(
        validate(funding), "funding.contributions.exceedBudget", Severity.ERROR, "/contributions");
    Funding exact = copy().totalBudget(usd("900.00")).build();
    assertSilent(validate(exact), "funding.contributions.exceedBudget");
    Funding noBudget = Funding.builder().from(funding).totalBudget(Optional.empty()).build();
    assertSilent(validate(noBudget), "funding.contributions.exceedBudget");
  }

  @Test
  void inKindWithoutValue() {
    Funding funding =
        copy()
            .addContributions(
                contribution(
                    RECIPIENT, FundingSource.STATE_BUDGET, ContributionKind.IN_KIND, usd("0.00")))
            .build();
    assertFires(
        validate(funding),
        "funding.inKind.value",
        Severity.WARNING,
        "/contributions/2/committedAmount");
    Funding cashZero =
        copy()
            .addContributions(
                contribution(
                    RECIPIENT, FundingSource.STATE_BUDGET, ContributionKind.CASH, usd("0.00")))
            .build();
    assertSilent(validate(cashZero), "funding.inKind.value");
  }

  @Test
  void coFinancingFromOneContributor() {
    Funding funding =
        copy()
            .contributions(
                List.of(
                    contribution(
                        PROVIDER, FundingSource.STATE_BUDGET, ContributionKind.CASH, usd("600")),
                    contribution(
                        PROVIDER, FundingSource.CO_FINANCING, ContributionKind.CASH, usd("100")),
                    contribution(
                        PROVIDER, FundingSource.CO_FINANCING, ContributionKind.CASH, usd("50"))))
            .build();
    assertFires(
        validate(funding),
        "funding.coFinancing.contributors",
        Severity.ERROR,
        "/contributions/1/source");
    assertSilent(validate(valid()), "funding.coFinancing.contributors");
    Funding noCoFinancing =
        Funding.builder()
            .from(funding)
            .contributions(List.of(funding.contributions().get(0)))
            .build();
    assertSilent(validate(noCoFinancing), "funding.coFinancing.contributors");
  }

  @Test
  void transactionInAnotherCurrency() {
    Funding funding =
        copy()
            .addTransactions(
                transaction(
                    TransactionType.INCOMING_FUNDS,
                    "2020-03-01",
                    Money.of("20", "EUR"),
                    PROVIDER,
                    RECIPIENT))
            .build();
    assertFires(
        validate(funding),
        "funding.transaction.currency",
        Severity.WARNING,
        "/transactions/3/amount/currency");
    assertSilent(validate(valid()), "funding.transaction.currency");
  }

  @Test
  void transactionInTheFuture() {
    Funding funding =
        copy()
            .addTransactions(
                transaction(
                    TransactionType.DISBURSEMENT, "2025-01-02", usd("10"), PROVIDER, RECIPIENT))
            .build();
    assertFires(
        validate(funding), "funding.transaction.future", Severity.ERROR, "/transactions/3/date");
    Funding today =
        copy()
            .addTransactions(
                transaction(
                    TransactionType.DISBURSEMENT, "2025-01-01", usd("10"), PROVIDER, RECIPIENT))
            .build();
    assertSilent(validate(today), "funding.transaction.future");
  }

  @Test
  void disbursementToItself() {
    Funding funding =
        copy()
            .addTransactions(
                transaction(
                    TransactionType.DISBURSEMENT, "2020-07-01", usd("10"), RECIPIENT, RECIPIENT))
            .build();
    assertFires(
        validate(funding),
        "funding.transaction.sameInstitution",
        Severity.WARNING,
        "/transactions/3/toInstitution");
    // The valid funding's expenditure names the recipient twice: spending its own money is fine.
    assertSilent(validate(valid()), "funding.transaction.sameInstitution");
  }

  @Test
  void spendingBeyondCommitments() {
    Funding funding =
        copy()
            .addTransactions(
                transaction(
                    TransactionType.EXPENDITURE, "2021-04-01", usd("100.01"), RECIPIENT, null))
            .build();
    ValidationReport report = validate(funding);
    assertFires(report, "funding.disbursements.exceedCommitments", Severity.ERROR, "/transactions");
    assertThat(report.violations("funding.disbursements.exceedCommitments").get(0).arguments())
        .containsExactly("600.01 USD", "600 USD");
    Funding upToCommitment =
        copy()
            .addTransactions(
                transaction(TransactionType.EXPENDITURE, "2021-04-01", usd("100"), RECIPIENT, null))
            .build();
    assertSilent(validate(upToCommitment), "funding.disbursements.exceedCommitments");
  }

  @Test
  void spendingWithoutCommitmentTransactionsIsMeasuredAgainstContributions() {
    Funding withoutCommitment =
        copy().transactions(List.of(valid().transactions().get(1))).build(); // 400 of 900
    assertSilent(validate(withoutCommitment), "funding.disbursements.exceedCommitments");
    Funding beyondContributions =
        Funding.builder()
            .from(withoutCommitment)
            .addTransactions(
                transaction(
                    TransactionType.DISBURSEMENT, "2020-07-01", usd("501"), PROVIDER, RECIPIENT))
            .build();
    assertFires(
        validate(beyondContributions),
        "funding.disbursements.exceedCommitments",
        Severity.ERROR,
        "/transactions");
  }

  @Test
  void spendingIsComparedPerCurrency() {
    Funding funding =
        copy()
            .addContributions(
                contribution(
                    PROVIDER,
                    FundingSource.STATE_BUDGET,
                    ContributionKind.CASH,
                    Money.of("0.50", "EUR")))
            .addTransactions(
                transaction(
                    TransactionType.DISBURSEMENT,
                    "2020-07-01",
                    Money.of("1", "EUR"),
                    PROVIDER,
                    RECIPIENT))
            .build();
    ValidationReport report = validate(funding);
    assertFires(report, "funding.disbursements.exceedCommitments", Severity.ERROR, "/transactions");
    assertThat(report.violations("funding.disbursements.exceedCommitments").get(0).arguments())
        .containsExactly("1 EUR", "0.50 EUR");
  }

  /** Spending with nothing committed in its currency is incomplete, not a contradiction. */
  @Test
  void spendingWithNothingCommittedInItsCurrencyIsNotCompared() {
    Funding funding =
        copy()
            .addTransactions(
                transaction(
                    TransactionType.DISBURSEMENT,
                    "2020-07-01",
                    Money.of("1", "EUR"),
                    PROVIDER,
                    RECIPIENT),
                transaction(
                    TransactionType.INCOMING_COMMITMENT,
                    "2020-01-01",
                    Money.of("0.10", "EUR"),
                    PROVIDER,
                    RECIPIENT))
            .build();
    assertSilent(validate(funding), "funding.disbursements.exceedCommitments");
  }

  @Test
  void reversalsReduceSpendingAndCommitments() {
    // 600 committed, 500 spent; a reversal of 150 of the commitment leaves 450 < 500.
    Funding reversedTooMuch =
        copy().addTransactions(signed(TransactionType.COMMITMENT, "-150", "2020-09-01")).build();
    assertFires(
        validate(reversedTooMuch),
        "funding.disbursements.exceedCommitments",
        Severity.ERROR,
        "/transactions");
    Funding spendingReversed =
        Funding.builder()
            .from(reversedTooMuch)
            .addTransactions(signed(TransactionType.DISBURSEMENT, "-60", "2020-10-01"))
            .build();
    assertSilent(validate(spendingReversed), "funding.disbursements.exceedCommitments");
    assertSilent(validate(spendingReversed), "funding.reversal.exceeds");
  }

  @Test
  void reversalsDoNotExceedWhatTheyReverse() {
    Funding funding =
        copy()
            .addTransactions(
                signed(TransactionType.EXPENDITURE, "-100.01", "2021-04-01"),
                signed(TransactionType.INCOMING_PLEDGE, "-1", "2021-04-01"))
            .build();
    ValidationReport report = validate(funding);
    assertFires(
        report, "funding.reversal.exceeds", Severity.ERROR, "/transactions", "/transactions");
    assertThat(report.violations("funding.reversal.exceeds").get(0).arguments())
        .containsExactly("EXPENDITURE", "-0.01 USD");
    Funding exactly =
        copy().addTransactions(signed(TransactionType.EXPENDITURE, "-100", "2021-04-01")).build();
    assertSilent(validate(exactly), "funding.reversal.exceeds");
  }

  @Test
  void budgetPeriodsOfAtMostAYear() {
    Funding funding =
        copy()
            .addBudgets(
                budget("2020-01-01", "2021-01-01", BudgetType.ORIGINAL, null),
                budget("2021-01-02", "2022-01-03", BudgetType.ORIGINAL, null))
            .build();
    assertFires(
        validate(funding), "funding.budget.period.long", Severity.WARNING, "/budgets/1/period");
    Funding quarters =
        copy()
            .addBudgets(
                budget("2020-01-01", "2020-03-31", null, null),
                budget("2020-04-01", "2020-06-30", null, null))
            .build();
    assertSilent(validate(quarters), "funding.budget.period.long");
    assertSilent(validate(quarters), "funding.budget.overlap");
  }

  @Test
  void budgetsOfOneTypeAndStatusDoNotOverlap() {
    Funding funding =
        copy()
            .addBudgets(
                budget("2020-01-01", "2020-12-31", BudgetType.ORIGINAL, BudgetStatus.COMMITTED),
                budget("2020-01-01", "2020-12-31", BudgetType.REVISED, BudgetStatus.COMMITTED),
                budget("2020-01-01", "2020-12-31", BudgetType.ORIGINAL, BudgetStatus.INDICATIVE),
                budget("2020-01-01", "2020-12-31", BudgetType.ORIGINAL, null),
                budget("2020-12-31", "2021-06-30", BudgetType.ORIGINAL, BudgetStatus.COMMITTED))
            .build();
    ValidationReport report = validate(funding);
    assertFires(report, "funding.budget.overlap", Severity.ERROR, "/budgets/4/period");
    assertThat(report.violations("funding.budget.overlap").get(0).arguments())
        .containsExactly("2020-12-31/2021-06-30", "2020-01-01/2020-12-31", "0");
    Funding consecutive =
        copy()
            .addBudgets(
                budget("2020-01-01", "2020-12-31", BudgetType.ORIGINAL, BudgetStatus.COMMITTED),
                budget("2021-01-01", "2021-06-30", BudgetType.ORIGINAL, BudgetStatus.COMMITTED))
            .build();
    assertSilent(validate(consecutive), "funding.budget.overlap");
  }

  @Test
  void currenciesOfBudgetsAndPlannedDisbursementsAreChecked() {
    Funding funding =
        copy()
            .addBudgets(
                Budget.builder()
                    .period(
                        DateRange.ofClosed(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
                    .value(Money.of("1", "XYZ"))
                    .build())
            .addPlannedDisbursements(
                PlannedDisbursement.builder()
                    .period(DateRange.startingOn(LocalDate.of(2020, 1, 1)))
                    .value(Money.of("1", "VEF"))
                    .build())
            .build();
    ValidationReport report = validate(funding);
    assertFires(report, "funding.currency.unknown", Severity.ERROR, "/budgets/0/value/currency");
    assertFires(
        report,
        "funding.currency.withdrawn",
        Severity.WARNING,
        "/plannedDisbursements/0/value/currency");
  }

  private static Transaction signed(TransactionType type, String amount, String date) {
    return Transaction.builder()
        .type(type)
        .date(LocalDate.parse(date))
        .amount(SignedMoney.of(amount, "USD"))
        .build();
  }

  private static Budget budget(String start, String end, BudgetType type, BudgetStatus status) {
    return Budget.builder()
        .period(DateRange.ofClosed(LocalDate.parse(start), LocalDate.parse(end)))
        .value(usd("100"))
        .type(Optional.ofNullable(type))
        .status(Optional.ofNullable(status))
        .build();
  }
}
