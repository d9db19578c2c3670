package org.ksmodel.validation.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Money;
import org.ksmodel.common.SignedMoney;
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
      SignedMoney amount = transactions.get(i).amount();
      if (!amount.currency().equals(budget.currency())) {
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
   * Per currency, what was disbursed and spent (DISBURSEMENT, EXPENDITURE and REIMBURSEMENT,
   * reversals included) does not exceed what was committed: the COMMITMENT transactions in that
   * currency or, when there are none, the contributions in it. This is the reading of {@link
   * Funding#disbursementProgress()}, so the rule fires exactly where a progress there has disbursed
   * above committed, except where nothing committed is recorded in the currency at all (no
   * commitment, no contribution): such a funding is incomplete, not self-contradictory, and a
   * recipient's activity that reports incoming commitments or funds and its own spending is common
   * IATI practice. Incoming commitments and pledges are not this funding's commitments.
   */
  static void spendingWithinCommitments(Funding funding, RuleContext context, Findings findings) {
    List<Transaction> transactions = funding.transactions();
    Map<CurrencyCode, SignedMoney> spent = new TreeMap<>();
    Map<CurrencyCode, SignedMoney> committed = new TreeMap<>();
    for (Transaction transaction : transactions) {
      if (transaction.type().isSpending()) {
        spent.merge(transaction.amount().currency(), transaction.amount(), SignedMoney::plus);
      } else if (transaction.type() == TransactionType.COMMITMENT) {
        committed.merge(transaction.amount().currency(), transaction.amount(), SignedMoney::plus);
      }
    }
    spent.forEach(
        (currency, amount) -> {
          SignedMoney limit =
              committed.containsKey(currency)
                  ? committed.get(currency)
                  : contributed(funding, currency);
          if (limit != null && amount.compareTo(limit) > 0) {
            findings.report(DataPath.of("transactions"), amount, limit);
          }
        });
  }

  /** The contributions in {@code currency}, or null when there are none. */
  private static SignedMoney contributed(Funding funding, CurrencyCode currency) {
    SignedMoney sum = null;
    for (Contribution contribution : funding.contributions()) {
      if (contribution.committedAmount().currency().equals(currency)) {
        SignedMoney amount = SignedMoney.of(contribution.committedAmount());
        sum = sum == null ? amount : sum.plus(amount);
      }
    }
    return sum;
  }

  /**
   * A reversal (a negative amount) corrects earlier transactions of its type, so per type and
   * currency the transactions never add up to less than zero: more would be reversed than was
   * recorded.
   */
  static void reversalsWithinTotals(Funding funding, RuleContext context, Findings findings) {
    List<Transaction> transactions = funding.transactions();
    boolean reverses = false;
    for (Transaction transaction : transactions) {
      reverses |= transaction.amount().isNegative();
    }
    if (!reverses) {
      return;
    }
    Map<TransactionType, Map<CurrencyCode, SignedMoney>> sums =
        new EnumMap<>(TransactionType.class);
    for (Transaction transaction : transactions) {
      sums.computeIfAbsent(transaction.type(), type -> new TreeMap<>())
          .merge(transaction.amount().currency(), transaction.amount(), SignedMoney::plus);
    }
    sums.forEach(
        (type, perCurrency) ->
            perCurrency.forEach(
                (currency, sum) -> {
                  if (sum.isNegative()) {
                    findings.report(DataPath.of("transactions"), type, sum);
                  }
                }));
  }
}
