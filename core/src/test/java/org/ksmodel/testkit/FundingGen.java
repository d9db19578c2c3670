package org.ksmodel.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ksmodel.common.Code;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Money;
import org.ksmodel.common.Sector;
import org.ksmodel.common.SignedMoney;
import org.ksmodel.funding.Budget;
import org.ksmodel.funding.BudgetStatus;
import org.ksmodel.funding.BudgetType;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.ContributionKind;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.FundingParty;
import org.ksmodel.funding.FundingSource;
import org.ksmodel.funding.PlannedDisbursement;
import org.ksmodel.funding.Transaction;
import org.ksmodel.funding.TransactionType;
import org.ksmodel.partnership.AgreementType;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.Role;

/**
 * Generators of fundings, valid by construction and by the funding rules of core/VALIDATION.md:
 * every amount in the currency of the budget; contributions that add up to no more than the budget;
 * CO_FINANCING only with at least two distinct contributors; for a REVERSE_LINKAGE partnership,
 * contributions from a provider and a recipient; disbursements and expenditures that add up to no
 * more than the commitment transactions (which mirror cash contributions, so also no more than the
 * contributions); transaction dates inside the partnership's planned and actual periods and before
 * {@link PartnershipGen#TODAY}. Disbursements and expenditures only come once a partnership has an
 * actual period (has started).
 */
public final class FundingGen {
  private static final long MAX_BUDGET_CENTS = 500_000_000L;

  private FundingGen() {}

  /** Any funding: of a generated partnership, or of an invented institution's programme. */
  public static Gen<Funding> any() {
    return rng -> {
      FundingId id = FundingId.of("F-" + rng.nextInt(1_000_000));
      return rng.chance(0.7)
          ? forPartnership(id, PartnershipGen.any().next(rng)).next(rng)
          : forInstitution(id, InstitutionId.of("XM-DAC-" + rng.between(10_000, 99_999))).next(rng);
    };
  }

  /**
   * The funding of {@code partnership}: contributors among its participants, transactions between
   * them, dates inside its period (see {@link PartnershipGen#window}); no transactions when it has
   * no period before {@link PartnershipGen#TODAY}.
   *
   * @throws IllegalArgumentException if the partnership has no participant to contribute
   */
  public static Gen<Funding> forPartnership(FundingId id, Partnership partnership) {
    List<InstitutionId> participants = List.copyOf(partnership.institutionIds());
    if (participants.isEmpty()) {
      throw new IllegalArgumentException("partnership " + partnership.id() + " has no participant");
    }
    Optional<DateRange> window =
        PartnershipGen.window(partnership).flatMap(FundingGen::beforeToday);
    // Money is only spent once the partnership has started; commitments may come before.
    boolean started = partnership.actualPeriod().isPresent();
    boolean reverseLinkage =
        partnership.agreement().filter(AgreementType.REVERSE_LINKAGE::equals).isPresent();
    return rng -> {
      Set<InstitutionId> chosen = new LinkedHashSet<>();
      if (reverseLinkage) {
        first(partnership, Role.PROVIDER).ifPresent(chosen::add);
        first(partnership, Role.RECIPIENT).ifPresent(chosen::add);
      }
      chosen.addAll(rng.distinct(participants, 1, 4));
      List<InstitutionId> contributors = new ArrayList<>(chosen);
      // Each contributor once or twice, so the count of distinct contributors is known up front.
      if (rng.chance(0.3)) {
        contributors.add(rng.pick(contributors));
      }
      List<FundingSource> sources = sources(chosen.size() >= 2);
      List<InstitutionId> receivers =
          partnership.institutionsWithRole(Role.RECIPIENT).isEmpty()
              ? participants
              : List.copyOf(partnership.institutionsWithRole(Role.RECIPIENT));
      return funding(Funding.builder().id(id).partnership(partnership.id()), contributors, sources)
          .flatMap(f -> withTransactions(f, window, receivers, started))
          .flatMap(f -> withAdditions11(f, window, participants, receivers))
          .next(rng);
    };
  }

  /**
   * The funding of {@code institution}'s own knowledge-sharing programme: contributions of the
   * institution alone (from its state budget, cost recovery or a trust fund), transactions in a
   * past period.
   */
  public static Gen<Funding> forInstitution(FundingId id, InstitutionId institution) {
    List<FundingSource> sources =
        List.of(FundingSource.STATE_BUDGET, FundingSource.COST_RECOVERY, FundingSource.TRUST_FUND);
    return rng -> {
      LocalDate start = LocalDate.of(2010, 1, 1).plusDays(rng.nextInt(12 * 365));
      DateRange window = DateRange.ofClosed(start, start.plusDays(rng.between(30, 3 * 365)));
      return funding(
              Funding.builder().id(id).institution(institution),
              Collections.nCopies(rng.between(1, 3), institution),
              sources)
          .flatMap(f -> withTransactions(f, beforeToday(window), List.of(institution), true))
          .flatMap(f -> withAdditions11(f, beforeToday(window), List.of(institution), List.of()))
          .next(rng);
    };
  }

  private static Optional<InstitutionId> first(Partnership partnership, Role role) {
    return partnership.institutionsWithRole(role).stream().findFirst();
  }

  private static List<FundingSource> sources(boolean coFinancingAllowed) {
    return Arrays.stream(FundingSource.values())
        .filter(s -> coFinancingAllowed || s != FundingSource.CO_FINANCING)
        .toList();
  }

  private static Optional<DateRange> beforeToday(DateRange range) {
    LocalDate last = PartnershipGen.TODAY.minusDays(1);
    if (range.start().isAfter(last)) {
      return Optional.empty();
    }
    return Optional.of(
        DateRange.ofClosed(range.start(), range.end().filter(e -> e.isBefore(last)).orElse(last)));
  }

  /**
   * Contributions of {@code contributors} (one each, in order), in one currency, adding up to no
   * more than the budget when there is one.
   */
  private static Gen<Funding> funding(
      Funding.Builder builder, List<InstitutionId> contributors, List<FundingSource> sources) {
    return rng -> {
      CurrencyCode currency = CommonGen.currency().next(rng);
      long budget = rng.between(1_000_000L, MAX_BUDGET_CENTS);
      boolean hasBudget = rng.chance(0.8);
      if (hasBudget) {
        builder.totalBudget(cents(budget, currency));
      }
      int count = contributors.size();
      long[] amounts = split(hasBudget ? budget * rng.between(50, 100) / 100 : budget, count, rng);
      for (int i = 0; i < count; i++) {
        ContributionKind kind = rng.chance(0.7) ? ContributionKind.CASH : ContributionKind.IN_KIND;
        builder.addContributions(
            Contribution.builder()
                .contributor(contributors.get(i))
                .source(rng.pick(sources))
                .kind(kind)
                .committedAmount(cents(amounts[i], currency))
                .note(
                    kind == ContributionKind.IN_KIND && rng.chance(0.5)
                        ? Optional.of("staff time and venues at estimated cost")
                        : Optional.empty())
                .build());
      }
      return builder.build();
    };
  }

  /**
   * Adds, when there is a window, a commitment for some cash contributions and then (when {@code
   * spend}) disbursements and expenditures, and incoming funds, each adding up to no more than the
   * commitments.
   */
  private static Gen<Funding> withTransactions(
      Funding funding, Optional<DateRange> window, List<InstitutionId> receivers, boolean spend) {
    return rng -> {
      if (window.isEmpty()) {
        return funding;
      }
      DateRange days = window.get();
      Funding.Builder builder = Funding.builder().from(funding);
      long committed = 0;
      LocalDate firstCommitment = days.end().orElseThrow();
      CurrencyCode currency = funding.contributions().get(0).committedAmount().currency();
      for (Contribution contribution : funding.contributions()) {
        if (contribution.kind() == ContributionKind.CASH && rng.chance(0.7)) {
          LocalDate date = CommonGen.dateRangeWithin(days).next(rng).start();
          firstCommitment = date.isBefore(firstCommitment) ? date : firstCommitment;
          committed += contribution.committedAmount().amount().movePointRight(2).longValueExact();
          builder.addTransactions(
              transaction(TransactionType.COMMITMENT, date, contribution.committedAmount())
                  .fromInstitution(contribution.contributor())
                  .toInstitution(rng.pick(receivers))
                  .build());
        }
      }
      if (committed > 0) {
        DateRange afterCommitment = DateRange.ofClosed(firstCommitment, days.end().orElseThrow());
        int count = spend ? rng.between(0, 3) : 0;
        long[] spent = split(committed * rng.between(0, 100) / 100, Math.max(count, 1), rng);
        for (int i = 0; i < count; i++) {
          TransactionType type =
              rng.chance(0.7)
                  ? TransactionType.DISBURSEMENT
                  : rng.pick(TransactionType.EXPENDITURE, TransactionType.REIMBURSEMENT);
          builder.addTransactions(
              transaction(
                      type,
                      CommonGen.dateRangeWithin(afterCommitment).next(rng).start(),
                      cents(spent[i], currency))
                  .toInstitution(
                      type == TransactionType.DISBURSEMENT
                          ? Optional.of(rng.pick(receivers))
                          : Optional.empty())
                  .description(CommonGen.words(2, 5).map(LocalizedText::of).optional(0.4).next(rng))
                  .build());
        }
        if (rng.chance(0.3)) {
          builder.addTransactions(
              transaction(
                      TransactionType.INCOMING_FUNDS,
                      CommonGen.dateRangeWithin(afterCommitment).next(rng).start(),
                      cents(rng.between(0L, committed), currency))
                  .build());
        }
      }
      return builder.build();
    };
  }

  private static Transaction.Builder transaction(
      TransactionType type, LocalDate date, Money amount) {
    return Transaction.builder().type(type).date(date).amount(SignedMoney.of(amount));
  }

  // Format 1.1: every transaction type, reversals, per-transaction details, budgets per period and
  // planned disbursements.

  /** The transaction types that neither commit nor spend, so no rule compares their sums. */
  private static final List<TransactionType> OTHER_TYPES =
      Arrays.stream(TransactionType.values())
          .filter(t -> !t.isSpending() && t != TransactionType.COMMITMENT)
          .toList();

  /**
   * Adds to a funding what format 1.1 adds: transactions of the other types, reversals (negative
   * amounts that never take a type's sum below zero, nor commitments below spending), details on
   * every transaction, budgets per period (at most a year, not overlapping within one type and
   * status) and planned disbursements between {@code parties}.
   */
  private static Gen<Funding> withAdditions11(
      Funding funding,
      Optional<DateRange> window,
      List<InstitutionId> parties,
      List<InstitutionId> receivers) {
    return rng -> {
      CurrencyCode currency = funding.contributions().get(0).committedAmount().currency();
      Funding.Builder builder = Funding.builder().from(funding).transactions(List.of());
      List<Transaction> transactions = new ArrayList<>(funding.transactions());
      if (window.isPresent()) {
        DateRange days = window.get();
        int others = rng.chance(0.5) ? rng.between(1, 3) : 0;
        for (int i = 0; i < others; i++) {
          transactions.add(
              transaction(
                      rng.pick(OTHER_TYPES),
                      CommonGen.dateRangeWithin(days).next(rng).start(),
                      cents(rng.between(0L, 10_000_000L), currency))
                  .build());
        }
        transactions.addAll(reversals(transactions, days, rng));
      }
      for (Transaction transaction : transactions) {
        builder.addTransactions(details(transaction, rng));
      }
      LocalDate start = window.map(DateRange::start).orElseGet(() -> CommonGen.date().next(rng));
      budgets(start, currency, rng).forEach(builder::addBudgets);
      int plans = rng.chance(0.4) ? rng.between(1, 3) : 0;
      for (int i = 0; i < plans; i++) {
        builder.addPlannedDisbursements(
            plannedDisbursement(start, currency, parties, receivers, rng));
      }
      return builder.build();
    };
  }

  /**
   * Reversals of some transactions: of a commitment, no more than what the commitments exceed the
   * spending by; of any other type, no more than the transaction reversed.
   */
  private static List<Transaction> reversals(
      List<Transaction> transactions, DateRange days, Rng rng) {
    List<Transaction> reversals = new ArrayList<>();
    long slack = 0;
    for (Transaction transaction : transactions) {
      long cents = transaction.amount().amount().movePointRight(2).longValueExact();
      if (transaction.type() == TransactionType.COMMITMENT) {
        slack += cents;
      } else if (transaction.type().isSpending()) {
        slack -= cents;
      }
    }
    for (Transaction transaction : transactions) {
      if (!rng.chance(0.2)) {
        continue;
      }
      long cents = transaction.amount().amount().movePointRight(2).longValueExact();
      long reversed =
          transaction.type() == TransactionType.COMMITMENT
              ? rng.between(0L, Math.max(0L, Math.min(slack, cents)))
              : rng.between(0L, cents);
      if (transaction.type() == TransactionType.COMMITMENT) {
        slack -= reversed;
      }
      LocalDate date =
          CommonGen.dateRangeWithin(
                  DateRange.ofClosed(transaction.date(), days.end().orElseThrow()))
              .next(rng)
              .start();
      reversals.add(
          Transaction.builder()
              .from(transaction)
              .date(date)
              .amount(
                  SignedMoney.of(BigDecimal.valueOf(-reversed, 2), transaction.amount().currency()))
              .description(LocalizedText.of("reversal"))
              .build());
    }
    return reversals;
  }

  /** The transaction with each per-transaction detail of format 1.1 sometimes set. */
  private static Transaction details(Transaction transaction, Rng rng) {
    Transaction.Builder builder = Transaction.builder().from(transaction);
    if (rng.chance(0.5)) {
      builder.valueDate(transaction.date().minusDays(rng.between(0, 30)));
    }
    if (rng.chance(0.4)) {
      builder.reference("TX-" + rng.nextInt(100_000));
    }
    if (rng.chance(0.3)) {
      builder.humanitarian(rng.chance(0.5));
    }
    if (rng.chance(0.4)) {
      builder.provider(party().next(rng));
    }
    if (rng.chance(0.4)) {
      builder.receiver(party().next(rng));
    }
    if (rng.chance(0.3)) {
      builder.disbursementChannel(Code.of("DisbursementChannel", rng.pick("1", "2", "3", "4")));
    }
    if (rng.chance(0.3)) {
      builder.addSectors(Sector.of(CommonGen.sector().next(rng)));
      if (rng.chance(0.3)) {
        builder.addSectors(
            Sector.builder().vocabulary("7").code(String.valueOf(rng.between(1, 17))).build());
      }
    }
    if (rng.chance(0.3)) {
      if (rng.chance(0.6)) {
        builder.recipientCountry(CommonGen.southernCountry().next(rng));
      } else {
        builder.recipientRegion(Code.of("Region", rng.pick("89", "289", "380", "498")));
      }
    }
    if (rng.chance(0.3)) {
      builder.classifications(CommonGen.classifications().next(rng));
    }
    return builder.build();
  }

  /** A provider or receiver as published, each part sometimes set. */
  static Gen<FundingParty> party() {
    return rng -> {
      FundingParty.Builder party = FundingParty.builder();
      if (rng.chance(0.7)) {
        party.name(CommonGen.text().next(rng));
      }
      if (rng.chance(0.5)) {
        party.organisationType(Code.of("OrganisationType", rng.pick("10", "21", "40", "80")));
      }
      if (rng.chance(0.3)) {
        party.activityId("XM-DAC-" + rng.between(10_000, 99_999) + "-" + rng.nextInt(1000));
      }
      return party.build();
    };
  }

  /**
   * A series of consecutive budgets (quarters or years) of one type and status, and sometimes
   * revised budgets of some of its periods.
   */
  private static List<Budget> budgets(LocalDate start, CurrencyCode currency, Rng rng) {
    List<Budget> budgets = new ArrayList<>();
    int count = rng.chance(0.6) ? rng.between(1, 4) : 0;
    Optional<BudgetType> type =
        rng.chance(0.7) ? Optional.of(BudgetType.ORIGINAL) : Optional.empty();
    Optional<BudgetStatus> status =
        rng.chance(0.8) ? Optional.of(rng.pick(BudgetStatus.class)) : Optional.empty();
    boolean quarters = rng.chance(0.3);
    LocalDate next = start;
    for (int i = 0; i < count; i++) {
      LocalDate end = (quarters ? next.plusMonths(3) : next.plusYears(1)).minusDays(1);
      Budget.Builder budget =
          Budget.builder()
              .period(DateRange.ofClosed(next, end))
              .value(cents(rng.between(0L, MAX_BUDGET_CENTS / 4), currency))
              .type(type)
              .status(status);
      if (rng.chance(0.5)) {
        budget.valueDate(next);
      }
      budgets.add(budget.build());
      next = end.plusDays(1);
    }
    for (int i = 0; i < count; i++) {
      if (rng.chance(0.3)) {
        budgets.add(
            Budget.builder()
                .from(budgets.get(i))
                .type(BudgetType.REVISED)
                .value(cents(rng.between(0L, MAX_BUDGET_CENTS / 4), currency))
                .build());
      }
    }
    return budgets;
  }

  private static PlannedDisbursement plannedDisbursement(
      LocalDate start,
      CurrencyCode currency,
      List<InstitutionId> parties,
      List<InstitutionId> receivers,
      Rng rng) {
    LocalDate from = start.plusDays(rng.between(0, 3 * 365));
    PlannedDisbursement.Builder plan =
        PlannedDisbursement.builder()
            .period(
                DateRange.ofClosed(
                    from,
                    rng.chance(0.7)
                        ? Optional.of(from.plusDays(rng.between(0, 365)))
                        : Optional.empty()))
            .value(cents(rng.between(0L, MAX_BUDGET_CENTS / 4), currency));
    if (rng.chance(0.6)) {
      plan.type(rng.pick(BudgetType.class));
    }
    if (rng.chance(0.5)) {
      plan.valueDate(from);
    }
    if (rng.chance(0.6)) {
      plan.fromInstitution(rng.pick(parties));
    }
    if (rng.chance(0.6)) {
      plan.toInstitution(rng.pick(receivers.isEmpty() ? parties : receivers));
    }
    if (rng.chance(0.4)) {
      plan.provider(party().next(rng));
    }
    if (rng.chance(0.4)) {
      plan.receiver(party().next(rng));
    }
    return plan.build();
  }

  /** {@code total} split into {@code parts} non-negative amounts that add up to it. */
  private static long[] split(long total, int parts, Rng rng) {
    long[] cuts = new long[parts + 1];
    cuts[parts] = total;
    for (int i = 1; i < parts; i++) {
      cuts[i] = rng.between(0L, total);
    }
    Arrays.sort(cuts, 1, parts);
    long[] amounts = new long[parts];
    for (int i = 0; i < parts; i++) {
      amounts[i] = cuts[i + 1] - cuts[i];
    }
    return amounts;
  }

  private static Money cents(long cents, CurrencyCode currency) {
    return Money.of(BigDecimal.valueOf(cents, 2), currency);
  }
}
