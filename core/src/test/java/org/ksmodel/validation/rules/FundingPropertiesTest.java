package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SignedMoney;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.ContributionKind;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.FundingSource;
import org.ksmodel.funding.Transaction;
import org.ksmodel.funding.TransactionType;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.testkit.CommonGen;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.FundingGen;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.InstitutionGen;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.Rng;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.ValidationReport;

/** Properties of the funding rules over generated fundings, valid and messy. */
class FundingPropertiesTest {
  static final Set<String> CODES =
      FundingRules.all().stream().map(Rule::code).collect(Collectors.toSet());

  static List<Violation> ofCodes(ValidationReport report, Set<String> codes) {
    return report.violations().stream().filter(v -> codes.contains(v.code())).toList();
  }

  /** The failures ({@code validation.rule.failed}) of rules with one of {@code codes}. */
  static List<Violation> failures(ValidationReport report, Set<String> codes) {
    return report.violations("validation.rule.failed").stream()
        .filter(v -> codes.contains(v.arguments().get(0)))
        .toList();
  }

  /** A dataset of the partnership, an institution for each participant, and the fundings. */
  static Dataset around(Partnership partnership, List<Funding> fundings, long seed) {
    Dataset.Builder dataset =
        Dataset.builder().addPartnerships(partnership).addAllFundings(fundings);
    Rng rng = Rng.seeded(seed);
    for (InstitutionId id : partnership.institutionIds()) {
      dataset.addInstitutions(
          InstitutionGen.institution(id, CommonGen.country().next(rng)).next(rng));
    }
    return dataset.build();
  }

  @Test
  void generatedFundingsBreakNoFundingRuleAlone() {
    Property.forAll(
        "generated fundings alone",
        FundingGen.any(),
        funding -> assertThat(ofCodes(VALIDATOR.validate(funding), CODES)).isEmpty());
  }

  @Test
  void generatedFundingsBreakNoFundingRuleInTheirDataset() {
    Gen<Dataset> datasets =
        rng -> {
          Partnership partnership = PartnershipGen.any().next(rng);
          List<Funding> fundings = new ArrayList<>();
          int count = rng.between(1, 2);
          for (int i = 0; i < count; i++) {
            fundings.add(FundingGen.forPartnership(FundingId.of("F-" + i), partnership).next(rng));
          }
          return around(partnership, fundings, rng.nextInt(1_000_000));
        };
    Property.forAll(
        "generated fundings in a dataset",
        datasets,
        dataset -> assertThat(ofCodes(VALIDATOR.validate(dataset), CODES)).isEmpty());
  }

  @Test
  void generatedDatasetsBreakNoFundingRule() {
    Property.forAll(
        "generated datasets, funding rules",
        200,
        DatasetGen.dataset(1, 12),
        dataset -> assertThat(ofCodes(VALIDATOR.validate(dataset), CODES)).isEmpty());
  }

  /** The rule reads commitments as {@link Funding#disbursementProgress()} does. */
  @Test
  void spendingRuleAgreesWithDisbursementProgress() {
    Gen<Funding> fundings =
        rng -> {
          Funding funding = FundingGen.any().next(rng);
          if (!rng.chance(0.7)) {
            return funding;
          }
          CurrencyCode currency =
              rng.chance(0.8) && !funding.contributions().isEmpty()
                  ? funding.contributions().get(0).committedAmount().currency()
                  : CommonGen.currency().next(rng);
          return Funding.builder()
              .from(funding)
              .addTransactions(
                  Transaction.builder()
                      .type(rng.pick(TransactionType.DISBURSEMENT, TransactionType.EXPENDITURE))
                      .date(CommonGen.date().next(rng))
                      .amount(CommonGen.money(currency, 3_000_000).next(rng))
                      .build())
              .build();
        };
    int[] fired = {0};
    int cases =
        Property.forAll(
            "spending rule agrees with disbursement progress",
            fundings,
            funding -> {
              // Where nothing is committed in a currency (no commitment, no contribution), the
              // rule has nothing to compare with and stays silent.
              long beyond =
                  funding.disbursementProgress().entrySet().stream()
                      .filter(e -> e.getValue().disbursed().compareTo(e.getValue().committed()) > 0)
                      .filter(e -> committedIn(funding, e.getKey()))
                      .count();
              assertThat(
                      VALIDATOR
                          .validate(funding)
                          .violations("funding.disbursements.exceedCommitments"))
                  .hasSize((int) beyond);
              fired[0] += beyond > 0 ? 1 : 0;
            });
    // Between 5 and 95 % of the cases, however many -Dksmodel.cases asks for.
    assertThat(fired[0])
        .as("cases where spending exceeds commitments")
        .isBetween(cases / 20, cases - cases / 20);
  }

  private static boolean committedIn(Funding funding, CurrencyCode currency) {
    return funding.transactions().stream()
            .anyMatch(
                t ->
                    t.type() == TransactionType.COMMITMENT
                        && t.amount().currency().equals(currency))
        || funding.contributions().stream()
            .anyMatch(c -> c.committedAmount().currency().equals(currency));
  }

  /** Fundings no builder check forbids: mixed and unknown currencies, zeros, odd dates, loops. */
  static Gen<Funding> messy() {
    List<InstitutionId> ids =
        List.of(InstitutionId.of("A"), InstitutionId.of("B"), InstitutionId.of("P-1"));
    List<CurrencyCode> currencies =
        List.of(CurrencyCode.of("USD"), CurrencyCode.of("EUR"), CurrencyCode.of("XYZ"));
    return rng -> {
      Gen<Money> money =
          r ->
              Money.of(
                  BigDecimal.valueOf(
                      r.between(0, 3) == 0 ? 0 : r.between(0L, 10_000L), r.between(0, 2)),
                  r.pick(currencies));
      Funding.Builder builder = Funding.builder().id(FundingId.of("F-" + rng.nextInt(5)));
      if (rng.chance(0.7)) {
        builder.partnership(PartnershipId.of(rng.pick("P-1", "P-2", "A")));
      } else {
        builder.institution(rng.pick(ids));
      }
      builder.totalBudget(money.optional(0.6).next(rng));
      int contributions = rng.between(0, 4);
      for (int i = 0; i < contributions; i++) {
        builder.addContributions(
            Contribution.builder()
                .contributor(rng.pick(ids))
                .source(rng.pick(FundingSource.class))
                .kind(rng.pick(ContributionKind.class))
                .committedAmount(money.next(rng))
                .build());
      }
      int transactions = rng.between(0, 5);
      for (int i = 0; i < transactions; i++) {
        builder.addTransactions(
            Transaction.builder()
                .type(rng.pick(TransactionType.class))
                .date(CommonGen.date().next(rng).plusYears(rng.between(0, 10)))
                .amount(
                    rng.chance(0.2)
                        ? SignedMoney.of(money.next(rng)).negate()
                        : SignedMoney.of(money.next(rng)))
                .fromInstitution(rng.chance(0.5) ? Optional.of(rng.pick(ids)) : Optional.empty())
                .toInstitution(rng.chance(0.5) ? Optional.of(rng.pick(ids)) : Optional.empty())
                .build());
      }
      return builder.build();
    };
  }

  @Test
  void rulesNeverFailOnMessyFundings() {
    Gen<Dataset> datasets =
        rng -> {
          Partnership partnership =
              Partnership.builder()
                  .from(PartnershipGen.any().next(rng))
                  .id(PartnershipId.of("P-1"))
                  .build();
          return around(partnership, messy().list(0, 4).next(rng), rng.nextInt(1_000_000));
        };
    Property.forAll(
        "funding rules on messy datasets",
        datasets,
        dataset -> {
          assertThat(failures(VALIDATOR.validate(dataset), CODES)).isEmpty();
          for (Funding funding : dataset.fundings()) {
            assertThat(failures(VALIDATOR.validate(funding), CODES)).isEmpty();
          }
        });
  }
}
