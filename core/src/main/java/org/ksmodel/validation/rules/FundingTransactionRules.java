package org.ksmodel.validation.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Money;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.Transaction;
import org.ksmodel.funding.TransactionType;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.RuleContext;

/** The funding rules about transactions that need nothing but the funding; see FundingRules. */
final class FundingTransactionRules {
  private FundingTransactionRules() {}

  static void transactionCurrency(Funding funding, RuleContext context, Findings findings) {
    if (funding.totalBudget().isEmpty()) {
      return;
    }
    Money budget = funding.totalBudget().get();
    List<Transaction> transactions = funding.transactions();
    for (int i = 0; i < transactions.size(); i++) {
      Money amount = transactions.get(i).amount();
      if (!amount.isSameCurrencyAs(budget)) {
        findings.report(
            FundingRules.transaction(i).member("amount").member("currency"),
            amount,
            budget.currency());
      }
    }
  }

  /** A transaction records money that moved: it cannot be dated after today. */
  static void notInTheFuture(Funding funding, RuleContext context, Findings findings) {
    LocalDate today = context.today();
    List<Transaction> transactions = funding.transactions();
    for (int i = 0; i < transactions.size(); i++) {
      LocalDate date = transactions.get(i).date();
      if (date.isAfter(today)) {
        findings.report(FundingRules.transaction(i).member("date"), date, today);
      }
    }
  }

  /**
   * A disbursement or incoming funds moves money from one institution to another, so from and to
   * differ. A commitment or expenditure of an institution's own money may name it on both sides.
   */
  static void betweenTwoInstitutions(Funding funding, RuleContext context, Findings findings) {
    List<Transaction> transactions = funding.transactions();
    for (int i = 0; i < transactions.size(); i++) {
      Transaction transaction = transactions.get(i);
      boolean transfer =
          transaction.type() == TransactionType.DISBURSEMENT
              || transaction.type() == TransactionType.INCOMING_FUNDS;
      if (transfer
          && transaction.fromInstitution().isPresent()
          && transaction.fromInstitution().equals(transaction.toInstitution())) {
        findings.report(
            FundingRules.transaction(i).member("toInstitution"),
            transaction.fromInstitution().get());
      }
    }
  }

  /**
   * Per currency, what was disbursed and spent (DISBURSEMENT and EXPENDITURE) does not exceed what
   * was committed: the COMMITMENT transactions in that currency or, when there are none, the
   * contributions in it. This is the reading of {@link Funding#disbursementProgress()}, so the rule
   * fires exactly where a progress there has disbursed above committed. Expenditures count because
   * they draw on the same commitments as disbursements do (IATI's "spend" adds up both).
   */
  static void spendingWithinCommitments(Funding funding, RuleContext context, Findings findings) {
    List<Transaction> transactions = funding.transactions();
    boolean spends = false;
    boolean oneCurrency = true;
    CurrencyCode first = transactions.isEmpty() ? null : transactions.get(0).amount().currency();
    for (Transaction transaction : transactions) {
      spends |= transaction.type().isSpending();
      oneCurrency &= transaction.amount().currency().equals(first);
    }
    if (!spends) {
      return;
    }
    if (oneCurrency) {
      // The usual case, without maps.
      compare(funding, sum(transactions, first, true), sum(transactions, first, false), findings);
      return;
    }
    Map<CurrencyCode, Money> spent = new TreeMap<>();
    for (Transaction transaction : transactions) {
      if (transaction.type().isSpending()) {
        spent.merge(transaction.amount().currency(), transaction.amount(), Money::plus);
      }
    }
    spent.forEach(
        (currency, amount) ->
            compare(funding, amount, sum(transactions, currency, false), findings));
  }

  /** The spending ({@code spending}) or the COMMITMENT transactions in {@code currency}. */
  private static Money sum(
      List<Transaction> transactions, CurrencyCode currency, boolean spending) {
    Money sum = null;
    for (Transaction transaction : transactions) {
      boolean counted =
          spending
              ? transaction.type().isSpending()
              : transaction.type() == TransactionType.COMMITMENT;
      if (counted && transaction.amount().currency().equals(currency)) {
        sum = sum == null ? transaction.amount() : sum.plus(transaction.amount());
      }
    }
    return sum;
  }

  /** Reports when {@code spent} exceeds {@code committed}, or without it the contributions. */
  private static void compare(Funding funding, Money spent, Money committed, Findings findings) {
    Money limit = committed != null ? committed : contributed(funding, spent.currency());
    if (spent.compareTo(limit) > 0) {
      findings.report(DataPath.of("transactions"), spent, limit);
    }
  }

  private static Money contributed(Funding funding, CurrencyCode currency) {
    Money sum = Money.zero(currency);
    for (Contribution contribution : funding.contributions()) {
      if (contribution.committedAmount().currency().equals(currency)) {
        sum = sum.plus(contribution.committedAmount());
      }
    }
    return sum;
  }
}
