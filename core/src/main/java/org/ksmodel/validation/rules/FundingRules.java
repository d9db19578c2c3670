package org.ksmodel.validation.rules;

import java.util.List;
import java.util.function.Predicate;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.common.Severity;
import org.ksmodel.funding.Budget;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.ContributionKind;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.FundingSource;
import org.ksmodel.funding.PlannedDisbursement;
import org.ksmodel.funding.Transaction;
import org.ksmodel.reference.ReferenceData;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;
import org.ksmodel.validation.Subject;

/**
 * The rules about fundings: the budget, the contributions and the currencies here; the transactions
 * in {@link FundingTransactionRules}; what needs the funded partnership in {@link
 * FundingPartnershipRules}.
 */
final class FundingRules {
  // Non-capturing lambdas: created once, so checking a funding allocates nothing.
  private static final Predicate<CurrencyCode> UNKNOWN =
      code -> !ReferenceData.currencies().contains(code);
  private static final Predicate<CurrencyCode> WITHDRAWN =
      code -> ReferenceData.currencies().isWithdrawn(code);

  private FundingRules() {}

  static List<Rule<?>> all() {
    return List.of(
        rule("funding.currency.unknown", Severity.ERROR, FundingRules::currencyUnknown),
        rule("funding.currency.withdrawn", Severity.WARNING, FundingRules::currencyWithdrawn),
        rule("funding.empty", Severity.WARNING, FundingRules::empty),
        rule("funding.contribution.currency", Severity.WARNING, FundingRules::contributionCurrency),
        rule(
            "funding.contributions.exceedBudget",
            Severity.ERROR,
            FundingRules::contributionsWithinBudget),
        rule("funding.inKind.value", Severity.WARNING, FundingRules::inKindValued),
        rule(
            "funding.coFinancing.contributors",
            Severity.ERROR,
            FundingRules::coFinancingContributors),
        rule(
            "funding.transaction.currency",
            Severity.WARNING,
            FundingTransactionRules::transactionCurrency),
        rule("funding.transaction.future", Severity.ERROR, FundingTransactionRules::notInTheFuture),
        rule(
            "funding.transaction.sameInstitution",
            Severity.WARNING,
            FundingTransactionRules::betweenTwoInstitutions),
        rule(
            "funding.disbursements.exceedCommitments",
            Severity.ERROR,
            FundingTransactionRules::spendingWithinCommitments),
        rule(
                "funding.reference.unresolved",
                Severity.ERROR,
                FundingPartnershipRules::referencesResolve)
            .needingDataset(),
        rule(
                "funding.transaction.period",
                Severity.WARNING,
                FundingPartnershipRules::transactionsInPeriod)
            .needingDataset(),
        rule(
                "funding.contributor.notParticipant",
                Severity.WARNING,
                FundingPartnershipRules::contributorsParticipate)
            .needingDataset(),
        rule(
                "funding.reverseLinkage.contributions",
                Severity.ERROR,
                FundingPartnershipRules::reverseLinkageContributions)
            .needingDataset(),
        // Format 1.1: reversals and budgets per period.
        rule(
            "funding.reversal.exceeds",
            Severity.ERROR,
            FundingTransactionRules::reversalsWithinTotals),
        rule("funding.budget.period.long", Severity.WARNING, FundingBudgetRules::periodAtMostAYear),
        rule("funding.budget.overlap", Severity.ERROR, FundingBudgetRules::periodsDoNotOverlap));
  }

  private static Rule<Funding> rule(String code, Severity severity, Rule.Check<Funding> check) {
    return Rule.of(code, severity, Subject.FUNDING, check);
  }

  static DataPath contribution(int index) {
    return DataPath.of("contributions").index(index);
  }

  static DataPath transaction(int index) {
    return DataPath.of("transactions").index(index);
  }

  private static void currencyUnknown(Funding funding, RuleContext context, Findings findings) {
    currencies(funding, UNKNOWN, findings);
  }

  private static void currencyWithdrawn(Funding funding, RuleContext context, Findings findings) {
    currencies(funding, WITHDRAWN, findings);
  }

  /** Reports every currency of the funding that {@code bad} rejects, with the code. */
  private static void currencies(Funding funding, Predicate<CurrencyCode> bad, Findings findings) {
    if (funding.totalBudget().isPresent() && bad.test(funding.totalBudget().get().currency())) {
      findings.report(
          DataPath.of("totalBudget", "currency"), funding.totalBudget().get().currency());
    }
    List<Contribution> contributions = funding.contributions();
    for (int i = 0; i < contributions.size(); i++) {
      CurrencyCode currency = contributions.get(i).committedAmount().currency();
      if (bad.test(currency)) {
        findings.report(contribution(i).member("committedAmount").member("currency"), currency);
      }
    }
    List<Transaction> transactions = funding.transactions();
    for (int i = 0; i < transactions.size(); i++) {
      CurrencyCode currency = transactions.get(i).amount().currency();
      if (bad.test(currency)) {
        findings.report(transaction(i).member("amount").member("currency"), currency);
      }
    }
    // Format 1.1: budgets and planned disbursements.
    List<Budget> budgets = funding.budgets();
    for (int i = 0; i < budgets.size(); i++) {
      CurrencyCode currency = budgets.get(i).value().currency();
      if (bad.test(currency)) {
        findings.report(FundingBudgetRules.budget(i).member("value").member("currency"), currency);
      }
    }
    List<PlannedDisbursement> plans = funding.plannedDisbursements();
    for (int i = 0; i < plans.size(); i++) {
      CurrencyCode currency = plans.get(i).value().currency();
      if (bad.test(currency)) {
        findings.report(
            DataPath.of("plannedDisbursements").index(i).member("value").member("currency"),
            currency);
      }
    }
  }

  /**
   * A funding that states no budget (total or per period), no contribution, no transaction and no
   * planned disbursement says nothing.
   */
  private static void empty(Funding funding, RuleContext context, Findings findings) {
    if (funding.totalBudget().isEmpty()
        && funding.contributions().isEmpty()
        && funding.transactions().isEmpty()
        && funding.budgets().isEmpty()
        && funding.plannedDisbursements().isEmpty()) {
      findings.report(DataPath.root(), funding.id());
    }
  }

  private static void contributionCurrency(
      Funding funding, RuleContext context, Findings findings) {
    if (funding.totalBudget().isEmpty()) {
      return;
    }
    Money budget = funding.totalBudget().get();
    List<Contribution> contributions = funding.contributions();
    for (int i = 0; i < contributions.size(); i++) {
      Money amount = contributions.get(i).committedAmount();
      if (!amount.isSameCurrencyAs(budget)) {
        findings.report(
            contribution(i).member("committedAmount").member("currency"),
            amount,
            budget.currency());
      }
    }
  }

  /**
   * Adds up the contributions in the budget's currency (cash and in kind: both are part of what the
   * budget plans for); the others are flagged by {@code funding.contribution.currency}.
   */
  private static void contributionsWithinBudget(
      Funding funding, RuleContext context, Findings findings) {
    if (funding.totalBudget().isEmpty()) {
      return;
    }
    Money budget = funding.totalBudget().get();
    Money sum = Money.zero(budget.currency());
    for (Contribution contribution : funding.contributions()) {
      if (contribution.committedAmount().isSameCurrencyAs(budget)) {
        sum = sum.plus(contribution.committedAmount());
      }
    }
    if (sum.compareTo(budget) > 0) {
      findings.report(DataPath.of("contributions"), sum, budget);
    }
  }

  /** An in-kind contribution recorded at zero was never valued, so every share is skewed. */
  private static void inKindValued(Funding funding, RuleContext context, Findings findings) {
    List<Contribution> contributions = funding.contributions();
    for (int i = 0; i < contributions.size(); i++) {
      Contribution contribution = contributions.get(i);
      if (contribution.kind() == ContributionKind.IN_KIND
          && contribution.committedAmount().isZero()) {
        findings.report(contribution(i).member("committedAmount"), contribution.contributor());
      }
    }
  }

  /**
   * Co-financing means that a partner pays beside the main provider, so a funding with a
   * CO_FINANCING contribution has at least two distinct contributors.
   */
  private static void coFinancingContributors(
      Funding funding, RuleContext context, Findings findings) {
    List<Contribution> contributions = funding.contributions();
    int coFinancing = -1;
    for (int i = 0; i < contributions.size() && coFinancing < 0; i++) {
      if (contributions.get(i).source() == FundingSource.CO_FINANCING) {
        coFinancing = i;
      }
    }
    if (coFinancing < 0) {
      return;
    }
    InstitutionId first = contributions.get(0).contributor();
    for (Contribution contribution : contributions) {
      if (!contribution.contributor().equals(first)) {
        return;
      }
    }
    findings.report(contribution(coFinancing).member("source"), first);
  }
}
