package org.ksmodel.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.common.SignedMoney;
import org.ksmodel.partnership.AgreementType;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.Role;
import org.ksmodel.testkit.CommonGen;
import org.ksmodel.testkit.FundingGen;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.Rng;

/** The generated fundings keep the funding rules of core/VALIDATION.md; the queries agree. */
class FundingGenTest {
  private record Funded(Partnership partnership, Funding funding) {}

  private static final Gen<Funded> FUNDED =
      rng -> {
        Partnership partnership = PartnershipGen.any().next(rng);
        return new Funded(
            partnership, FundingGen.forPartnership(FundingId.of("F"), partnership).next(rng));
      };

  private static BigDecimal sum(Stream<SignedMoney> amounts) {
    return amounts.map(SignedMoney::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void fundingsOfPartnershipsKeepTheRules() {
    Property.forAll(
        "fundings keep the rules",
        FUNDED,
        funded -> {
          Partnership p = funded.partnership();
          Funding f = funded.funding();
          assertThat(f.partnership()).contains(p.id());
          assertThat(f.contributions()).isNotEmpty();
          Set<CurrencyCode> currencies = new HashSet<>();
          f.totalBudget().ifPresent(b -> currencies.add(b.currency()));
          f.contributions().forEach(c -> currencies.add(c.committedAmount().currency()));
          f.transactions().forEach(t -> currencies.add(t.amount().currency()));
          assertThat(currencies).as("one currency").hasSize(1);
          f.contributions().forEach(c -> assertThat(p.institutionIds()).contains(c.contributor()));
          f.transactions()
              .forEach(
                  t -> {
                    t.fromInstitution().ifPresent(i -> assertThat(p.institutionIds()).contains(i));
                    t.toInstitution().ifPresent(i -> assertThat(p.institutionIds()).contains(i));
                  });
          BigDecimal contributed =
              sum(f.contributions().stream().map(c -> SignedMoney.of(c.committedAmount())));
          f.totalBudget().ifPresent(b -> assertThat(contributed).isLessThanOrEqualTo(b.amount()));
          long contributors =
              f.contributions().stream().map(Contribution::contributor).distinct().count();
          if (f.contributions().stream().anyMatch(c -> c.source() == FundingSource.CO_FINANCING)) {
            assertThat(contributors).isGreaterThanOrEqualTo(2);
          }
          if (p.agreement().filter(AgreementType.REVERSE_LINKAGE::equals).isPresent()) {
            assertThat(f.contributions())
                .anyMatch(c -> p.hasRole(c.contributor(), Role.PROVIDER))
                .anyMatch(c -> p.hasRole(c.contributor(), Role.RECIPIENT));
          }
          assertSpendingWithinCommitments(f);
          assertDatesInside(f, PartnershipGen.window(p).orElseThrow());
          if (p.actualPeriod().isEmpty()) {
            assertThat(f.transactions()).noneMatch(t -> t.type().isSpending());
          }
        });
  }

  private static void assertSpendingWithinCommitments(Funding f) {
    BigDecimal committed =
        sum(
            f.transactions().stream()
                .filter(t -> t.type() == TransactionType.COMMITMENT)
                .map(Transaction::amount));
    BigDecimal spent =
        sum(f.transactions().stream().filter(t -> t.type().isSpending()).map(Transaction::amount));
    assertThat(spent).isLessThanOrEqualTo(committed);
    f.disbursementProgress()
        .values()
        .forEach(
            d -> assertThat(d.disbursed().amount()).isLessThanOrEqualTo(d.committed().amount()));
  }

  private static void assertDatesInside(Funding f, DateRange window) {
    for (Transaction t : f.transactions()) {
      assertThat(window.contains(t.date())).as(t.date() + " in " + window).isTrue();
      assertThat(t.date()).isBefore(PartnershipGen.TODAY);
    }
    LocalDate firstCommitment =
        f.transactions().stream()
            .filter(t -> t.type() == TransactionType.COMMITMENT)
            .map(Transaction::date)
            .min(LocalDate::compareTo)
            .orElse(LocalDate.MAX);
    f.transactions().stream()
        .filter(t -> t.type().isSpending())
        .forEach(t -> assertThat(t.date()).isAfterOrEqualTo(firstCommitment));
  }

  @Test
  void aPartnershipWithoutParticipantsCannotBeFunded() {
    Partnership lonely =
        Partnership.builder()
            .from(PartnershipGen.any().next(Rng.seeded(5)))
            .participations(List.of())
            .build();
    assertThatThrownBy(() -> FundingGen.forPartnership(FundingId.of("F"), lonely))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fundingsOfInstitutionsHaveOnlyTheirOwnContributions() {
    InstitutionId hub = InstitutionId.of("XM-DAC-12345");
    Property.forAll(
        "institution fundings",
        FundingGen.forInstitution(FundingId.of("F"), hub),
        f -> {
          assertThat(f.target()).isEqualTo(hub);
          assertThat(f.contributions()).allMatch(c -> c.contributor().equals(hub));
          assertThat(f.contributions()).noneMatch(c -> c.source() == FundingSource.CO_FINANCING);
          assertSpendingWithinCommitments(f);
          f.transactions().forEach(t -> assertThat(t.date()).isBefore(PartnershipGen.TODAY));
        });
  }

  @Test
  void theGeneratorCoversSourcesKindsAndTransactionTypes() {
    Set<Object> seen = new HashSet<>();
    Property.forAll(
        "coverage",
        FundingGen.any(),
        f -> {
          f.contributions().forEach(c -> seen.addAll(List.of(c.source(), c.kind())));
          f.transactions().forEach(t -> seen.add(t.type()));
        });
    assertThat(seen)
        .contains((Object[]) FundingSource.values())
        .contains((Object[]) ContributionKind.values())
        .contains((Object[]) TransactionType.values());
  }

  /** Contributions and transactions in random currencies: what messy real data looks like. */
  private static final Gen<Funding> MIXED =
      rng -> {
        Funding.Builder builder =
            Funding.builder().id(FundingId.of("F")).institution(InstitutionId.of("I"));
        int contributions = rng.between(0, 6);
        for (int i = 0; i < contributions; i++) {
          builder.addContributions(
              Contribution.builder()
                  .contributor(InstitutionId.of("I" + rng.nextInt(3)))
                  .source(rng.pick(FundingSource.class))
                  .kind(rng.pick(ContributionKind.class))
                  .committedAmount(
                      CommonGen.money(rng.pick(CommonGen.CURRENCIES.subList(0, 3)), 1_000)
                          .next(rng))
                  .build());
        }
        int transactions = rng.between(0, 6);
        for (int i = 0; i < transactions; i++) {
          builder.addTransactions(
              Transaction.builder()
                  .type(rng.pick(TransactionType.class))
                  .date(CommonGen.date().next(rng))
                  .amount(
                      CommonGen.money(rng.pick(CommonGen.CURRENCIES.subList(0, 3)), 1_000)
                          .next(rng))
                  .build());
        }
        return builder.build();
      };

  @Test
  void queriesOnMixedCurrenciesAgreeAndNeverThrow() {
    Property.forAll(
        "mixed-currency queries",
        MIXED,
        f -> {
          Map<CurrencyCode, BigDecimal> expected = new HashMap<>();
          f.contributions()
              .forEach(
                  c ->
                      expected.merge(
                          c.committedAmount().currency(),
                          c.committedAmount().amount(),
                          BigDecimal::add));
          Map<CurrencyCode, Money> totals = f.contributionTotals();
          assertThat(totals).containsOnlyKeys(expected.keySet());
          totals.forEach(
              (currency, total) -> {
                assertThat(total.currency()).isEqualTo(currency);
                assertThat(total.amount()).isEqualByComparingTo(expected.get(currency));
              });
          f.sharePerSource()
              .forEach(
                  (currency, shares) ->
                      assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                          .isCloseTo(BigDecimal.ONE, within(new BigDecimal("1e-12"))));
          f.coFinancingRatio(InstitutionId.of("I0"))
              .values()
              .forEach(r -> assertThat(r).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
          f.disbursementProgress()
              .forEach(
                  (currency, d) -> {
                    assertThat(d.committed().currency()).isEqualTo(currency);
                    assertThat(d.rate().isPresent()).isEqualTo(!d.committed().isZero());
                  });
        });
  }
}
