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
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Money;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.ContributionKind;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.FundingSource;
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
              rng.chance(0.7) ? TransactionType.DISBURSEMENT : TransactionType.EXPENDITURE;
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
    return Transaction.builder().type(type).date(date).amount(amount);
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
