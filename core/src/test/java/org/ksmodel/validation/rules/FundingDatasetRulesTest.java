package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.FundingRulesTest.PARTNERSHIP;
import static org.ksmodel.validation.rules.FundingRulesTest.PROVIDER;
import static org.ksmodel.validation.rules.FundingRulesTest.RECIPIENT;
import static org.ksmodel.validation.rules.FundingRulesTest.contribution;
import static org.ksmodel.validation.rules.FundingRulesTest.transaction;
import static org.ksmodel.validation.rules.FundingRulesTest.usd;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.Severity;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.ContributionKind;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.FundingSource;
import org.ksmodel.funding.PlannedDisbursement;
import org.ksmodel.funding.TransactionType;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.AgreementType;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.Role;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.ValidationReport;

/** The funding rules that need the dataset: references and the funded partnership. */
class FundingDatasetRulesTest {
  static final InstitutionId BROKER = InstitutionId.of("XI-IATI-ISDB");
  static final InstitutionId OUTSIDER = InstitutionId.of("XM-DAC-99999");

  static Institution institution(InstitutionId id, String country) {
    return Institution.builder()
        .id(id)
        .name(LocalizedText.of(id.value()))
        .country(CountryCode.of(country))
        .type(InstitutionType.NATIONAL_COOPERATION_AGENCY)
        .build();
  }

  /** P-1: a triangular partnership of 2020-2021 between the provider and the recipient. */
  static Partnership partnership() {
    DateRange period = DateRange.parse("2020-01-01/2021-12-31");
    return Partnership.builder()
        .id(PARTNERSHIP)
        .title(LocalizedText.of("Disaster risk management exchange"))
        .modality(Modality.TRIANGULAR)
        .form(PartnershipForm.PROJECT)
        .addParticipations(
            Participation.of(PROVIDER, Role.PROVIDER),
            Participation.of(RECIPIENT, Role.RECIPIENT),
            Participation.of(BROKER, Role.FACILITATOR))
        .status(PartnershipStatus.COMPLETED)
        .plannedPeriod(period)
        .actualPeriod(period)
        .build();
  }

  static Dataset dataset(Partnership partnership, Funding... fundings) {
    return Dataset.builder()
        .addInstitutions(
            institution(PROVIDER, "CO"),
            institution(RECIPIENT, "GT"),
            institution(BROKER, "SA"),
            institution(OUTSIDER, "US"))
        .addPartnerships(partnership)
        .addFundings(fundings)
        .build();
  }

  private static ValidationReport validate(Funding... fundings) {
    return VALIDATOR.validate(dataset(partnership(), fundings));
  }

  private static Partnership reverseLinkage() {
    return Partnership.builder()
        .from(partnership())
        .agreement(AgreementType.REVERSE_LINKAGE)
        .build();
  }

  @Test
  void theValidFundingHasNoViolationOfAFundingRule() {
    ValidationReport report = validate(FundingRulesTest.valid());
    for (Rule<?> rule : FundingRules.all()) {
      assertSilent(report, rule.code());
    }
  }

  @Test
  void unresolvedReferences() {
    Funding funding =
        Funding.builder()
            .from(FundingRulesTest.valid())
            .partnership(PartnershipId.of("P-404"))
            .addContributions(
                contribution(
                    InstitutionId.of("P-1"),
                    FundingSource.FOUNDATION,
                    ContributionKind.CASH,
                    usd("1")))
            .addTransactions(
                transaction(
                    TransactionType.DISBURSEMENT,
                    "2020-07-01",
                    usd("1"),
                    InstitutionId.of("X-1"),
                    InstitutionId.of("X-2")))
            .build();
    ValidationReport report = validate(funding);
    assertFires(
        report,
        "funding.reference.unresolved",
        Severity.ERROR,
        "/fundings/0/partnership",
        "/fundings/0/contributions/2/contributor",
        "/fundings/0/transactions/3/fromInstitution",
        "/fundings/0/transactions/3/toInstitution");
    assertThat(report.violations("funding.reference.unresolved").get(1).message())
        .isEqualTo("the institution 'P-1' is not in the dataset (it is the id of a partnership)");
    assertSilent(validate(FundingRulesTest.valid()), "funding.reference.unresolved");
  }

  @Test
  void unresolvedInstitutionsOfPlannedDisbursements() {
    Funding funding =
        Funding.builder()
            .from(FundingRulesTest.valid())
            .addPlannedDisbursements(
                PlannedDisbursement.builder()
                    .period(DateRange.startingOn(LocalDate.of(2021, 1, 1)))
                    .value(usd("10"))
                    .fromInstitution(InstitutionId.of("X-1"))
                    .toInstitution(RECIPIENT)
                    .build())
            .build();
    assertFires(
        validate(funding),
        "funding.reference.unresolved",
        Severity.ERROR,
        "/fundings/0/plannedDisbursements/0/fromInstitution");
  }

  @Test
  void unresolvedInstitutionFunded() {
    Funding funding =
        Funding.builder().id(FundingId.of("F-9")).institution(InstitutionId.of("NOPE")).build();
    assertFires(
        validate(funding),
        "funding.reference.unresolved",
        Severity.ERROR,
        "/fundings/0/institution");
    Funding known = Funding.builder().from(funding).institution(PROVIDER).build();
    assertSilent(validate(known), "funding.reference.unresolved");
  }

  @Test
  void referenceRulesDoNotRunOnAFundingAlone() {
    Funding funding =
        Funding.builder()
            .from(FundingRulesTest.valid())
            .partnership(PartnershipId.of("P-404"))
            .build();
    assertSilent(VALIDATOR.validate(funding), "funding.reference.unresolved");
  }

  @Test
  void spendingFarOutsideThePartnershipPeriod() {
    // The period is 2020-01-01 to 2021-12-31; a year either side is tolerated.
    Funding far =
        Funding.builder()
            .from(FundingRulesTest.valid())
            .addTransactions(
                transaction(
                    TransactionType.DISBURSEMENT, "2018-12-31", usd("1"), PROVIDER, RECIPIENT),
                transaction(TransactionType.EXPENDITURE, "2023-01-01", usd("1"), RECIPIENT, null),
                transaction(TransactionType.REIMBURSEMENT, "2023-01-02", usd("1"), PROVIDER, null))
            .build();
    assertFires(
        validate(far),
        "funding.transaction.period",
        Severity.WARNING,
        "/fundings/0/transactions/3/date",
        "/fundings/0/transactions/4/date",
        "/fundings/0/transactions/5/date");
    Funding nearTheEdges =
        Funding.builder()
            .from(FundingRulesTest.valid())
            .addTransactions(
                transaction(
                    TransactionType.DISBURSEMENT, "2019-01-01", usd("1"), PROVIDER, RECIPIENT),
                transaction(TransactionType.EXPENDITURE, "2022-12-31", usd("1"), RECIPIENT, null))
            .build();
    assertSilent(validate(nearTheEdges), "funding.transaction.period");
  }

  /** Commitments and pledges are made before the start: that is normal practice. */
  @Test
  void promisesAndIncomingFundsMayComeLongBeforeTheStart() {
    Funding early =
        Funding.builder()
            .from(FundingRulesTest.valid())
            .addTransactions(
                transaction(
                    TransactionType.COMMITMENT, "2015-01-01", usd("1"), PROVIDER, RECIPIENT),
                transaction(
                    TransactionType.INCOMING_COMMITMENT, "2014-06-01", usd("1"), PROVIDER, null),
                transaction(
                    TransactionType.OUTGOING_PLEDGE, "2013-01-01", usd("1"), PROVIDER, null),
                transaction(TransactionType.INCOMING_FUNDS, "2016-01-01", usd("1"), PROVIDER, null))
            .build();
    assertSilent(validate(early), "funding.transaction.period");
  }

  @Test
  void theActualPeriodWinsOverThePlannedOne() {
    Partnership running =
        Partnership.builder()
            .from(partnership())
            .status(PartnershipStatus.ACTIVE)
            .actualPeriod(DateRange.startingOn(LocalDate.of(2020, 3, 1)))
            .build();
    // Past the planned end and its year of tolerance, but the actual period is open.
    Funding late =
        Funding.builder()
            .from(FundingRulesTest.valid())
            .transactions(
                List.of(
                    transaction(
                        TransactionType.DISBURSEMENT, "2023-05-01", usd("1"), PROVIDER, RECIPIENT)))
            .build();
    assertSilent(VALIDATOR.validate(dataset(running, late)), "funding.transaction.period");
    // Within a year of the planned start, more than a year before the actual one.
    Funding early =
        Funding.builder()
            .from(late)
            .transactions(
                List.of(
                    transaction(
                        TransactionType.DISBURSEMENT, "2019-02-28", usd("1"), PROVIDER, RECIPIENT)))
            .build();
    assertFires(
        VALIDATOR.validate(dataset(running, early)),
        "funding.transaction.period",
        Severity.WARNING,
        "/fundings/0/transactions/0/date");
  }

  @Test
  void contributorWhoIsNotAParticipant() {
    Funding funding =
        Funding.builder()
            .from(FundingRulesTest.valid())
            .addContributions(
                contribution(OUTSIDER, FundingSource.FOUNDATION, ContributionKind.CASH, usd("50")))
            .build();
    ValidationReport report = validate(funding);
    assertFires(
        report,
        "funding.contributor.notParticipant",
        Severity.WARNING,
        "/fundings/0/contributions/2/contributor");
    assertSilent(report, "funding.reference.unresolved");
    Funding ofInstitution =
        Funding.builder()
            .id(FundingId.of("F-2"))
            .institution(PROVIDER)
            .addContributions(
                contribution(OUTSIDER, FundingSource.FOUNDATION, ContributionKind.CASH, usd("50")))
            .build();
    assertSilent(validate(ofInstitution), "funding.contributor.notParticipant");
  }

  @Test
  void reverseLinkageWithoutTheRecipientsContribution() {
    Funding providerOnly =
        Funding.builder()
            .from(FundingRulesTest.valid())
            .contributions(
                List.of(
                    contribution(
                        PROVIDER, FundingSource.STATE_BUDGET, ContributionKind.CASH, usd("600")),
                    contribution(
                        BROKER,
                        FundingSource.MULTILATERAL_FACILITY,
                        ContributionKind.CASH,
                        usd("300"))))
            .build();
    ValidationReport report = VALIDATOR.validate(dataset(reverseLinkage(), providerOnly));
    assertFires(
        report,
        "funding.reverseLinkage.contributions",
        Severity.ERROR,
        "/fundings/0/contributions");
    assertThat(report.violations("funding.reverseLinkage.contributions").get(0).arguments())
        .containsExactly("P-1", "recipient");
    assertSilent(
        VALIDATOR.validate(dataset(reverseLinkage(), FundingRulesTest.valid())),
        "funding.reverseLinkage.contributions");
    assertSilent(
        VALIDATOR.validate(dataset(partnership(), providerOnly)),
        "funding.reverseLinkage.contributions");
  }

  @Test
  void reverseLinkageContributionsCountOverAllFundingsAndReportOnce() {
    Funding providerOnly =
        Funding.builder()
            .from(FundingRulesTest.valid())
            .contributions(
                List.of(
                    contribution(
                        PROVIDER, FundingSource.STATE_BUDGET, ContributionKind.CASH, usd("600"))))
            .build();
    Funding recipientOnly =
        Funding.builder()
            .from(providerOnly)
            .id(FundingId.of("F-2"))
            .contributions(
                List.of(
                    contribution(
                        RECIPIENT,
                        FundingSource.STATE_BUDGET,
                        ContributionKind.IN_KIND,
                        usd("10"))))
            .transactions(List.of())
            .build();
    assertSilent(
        VALIDATOR.validate(dataset(reverseLinkage(), providerOnly, recipientOnly)),
        "funding.reverseLinkage.contributions");
    Funding broker =
        Funding.builder()
            .from(recipientOnly)
            .contributions(
                List.of(
                    contribution(
                        BROKER,
                        FundingSource.MULTILATERAL_FACILITY,
                        ContributionKind.CASH,
                        usd("10"))))
            .build();
    Funding broker2 = Funding.builder().from(broker).id(FundingId.of("F-3")).build();
    ValidationReport report = VALIDATOR.validate(dataset(reverseLinkage(), broker, broker2));
    assertFires(
        report,
        "funding.reverseLinkage.contributions",
        Severity.ERROR,
        "/fundings/0/contributions");
    assertThat(report.violations("funding.reverseLinkage.contributions").get(0).arguments())
        .containsExactly("P-1", "provider or its recipient");
  }
}
