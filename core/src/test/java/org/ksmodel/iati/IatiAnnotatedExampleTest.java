package org.ksmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Classifications;
import org.ksmodel.common.Code;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.DocumentLink;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.Money;
import org.ksmodel.common.Period;
import org.ksmodel.common.Sector;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SignedMoney;
import org.ksmodel.funding.Budget;
import org.ksmodel.funding.BudgetStatus;
import org.ksmodel.funding.BudgetType;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.FundingParty;
import org.ksmodel.funding.PlannedDisbursement;
import org.ksmodel.funding.Transaction;
import org.ksmodel.funding.TransactionType;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.result.Baseline;
import org.ksmodel.result.Dimension;
import org.ksmodel.result.Evidence;
import org.ksmodel.result.EvidenceType;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IndicatorMeasure;
import org.ksmodel.result.IndicatorReference;
import org.ksmodel.result.IndicatorValue;
import org.ksmodel.result.PeriodValue;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultLevel;
import org.ksmodel.result.ResultReference;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.testkit.RealData;

/** The IATI Standard's annotated activity example, mapped field by field. */
class IatiAnnotatedExampleTest {
  private static final LanguageCode EN = LanguageCode.of("en");
  private static final LanguageCode FR = LanguageCode.of("fr");
  private static final LanguageCode ES = LanguageCode.of("es");
  private static final String ID = "AA-AAA-123456789-ABC123";

  private static IatiImport result;
  private static Partnership partnership;

  @BeforeAll
  static void importExample() {
    result = IatiImporter.importFile(RealData.iati("activity-standard-example-annotated.xml"));
    assertThat(result.dataset().partnerships()).hasSize(1);
    partnership = result.dataset().partnerships().get(0);
  }

  @Test
  void accountsForTheOneActivity() {
    assertThat(result.fileType()).isEqualTo(IatiFileType.ACTIVITIES);
    assertThat(result.iatiVersion()).contains("2.03");
    assertThat(result.activities()).isEqualTo(1);
    assertThat(result.imported()).isEqualTo(1);
    assertThat(result.rejected()).isZero();
  }

  @Test
  void identifierTitleAndDescription() {
    assertThat(partnership.id().value()).isEqualTo(ID);
    assertThat(partnership.title().defaultLanguage()).isEqualTo(EN);
    assertThat(partnership.title().texts())
        .containsExactly(
            Map.entry(EN, "Activity title"),
            Map.entry(FR, "Titre de l'activité"),
            Map.entry(ES, "Título de la actividad"));
    assertThat(partnership.description()).isPresent();
    assertThat(partnership.description().get().texts().keySet()).containsExactly(EN, FR);
    assertThat(partnership.description().get().text())
        .startsWith("General activity description text.");
    // The objectives (description type 2) become the design's development goal.
    assertThat(partnership.design().flatMap(d -> d.developmentGoal()).map(t -> t.text()))
        .contains("Objectives for the activity, for example from a logical framework.");
  }

  @Test
  void statusDatesAndForm() {
    assertThat(partnership.status()).isEqualTo(PartnershipStatus.ACTIVE);
    assertThat(partnership.plannedPeriod())
        .contains(Period.ofClosed(LocalDate.of(2012, 4, 15), LocalDate.of(2015, 12, 31)));
    assertThat(partnership.actualPeriod()).contains(Period.startingOn(LocalDate.of(2012, 4, 28)));
    // The parent activity named by related-activity is not in the file: no link, reported.
    assertThat(partnership.form()).isEqualTo(PartnershipForm.PROJECT);
    assertThat(partnership.parent()).isEmpty();
    assertThat(result.warnings()).extracting(ImportWarning::code).contains("iati.parent.missing");
  }

  /** A participation in a line: institution, roles, inferred roles, IATI roles, name. */
  private static final class PublishedExampleCheck {
    static String describe(Participation p) {
      return p.institution().value()
          + " "
          + p.roles()
          + " inferred "
          + p.inferredRoles()
          + " IATI "
          + p.iatiRoles()
          + " "
          + p.publishedName().map(t -> t.text()).orElse("-");
    }
  }

  @Test
  void participatingOrganisationsAndRoles() {
    // The IATI roles and names as published; the KS roles derived from them, marked inferred.
    assertThat(partnership.participations())
        .extracting(PublishedExampleCheck::describe)
        .containsExactly(
            "BB-BBB-123456789 [FUNDER] inferred [FUNDER] IATI [OrganisationRole:1] Name of Agency B",
            "CC-CCC-123456789 [RECIPIENT] inferred [RECIPIENT] IATI [OrganisationRole:2] Name of"
                + " Agency C",
            "AA-AAA-123456789 [PROVIDER] inferred [PROVIDER] IATI [OrganisationRole:3] Name of"
                + " Agency A");
    // No country can be told (AA-AAA is no registration agency): NORTH_SOUTH is assumed, reported,
    // and marked inferred.
    assertThat(partnership.modality()).isEqualTo(Modality.NORTH_SOUTH);
    assertThat(partnership.modalityInferred()).isTrue();
    assertThat(partnership.reportingInstitution()).contains(InstitutionId.of("AA-AAA-123456789"));
    assertThat(result.warnings()).extracting(ImportWarning::code).contains("iati.modality.assumed");
  }

  @Test
  void institutionsFromReportingAndParticipatingOrganisations() {
    List<Institution> institutions = result.dataset().institutions();
    assertThat(institutions)
        .extracting(i -> i.id().value())
        .containsExactly("AA-AAA-123456789", "BB-BBB-123456789", "CC-CCC-123456789");
    Institution reporter = institutions.get(0);
    assertThat(reporter.name().orElseThrow().texts())
        .containsExactly(Map.entry(EN, "Organisation name"), Map.entry(FR, "Nom de l'organisme"));
    assertThat(reporter.type()).contains(InstitutionType.MULTILATERAL);
    assertThat(reporter.iatiOrganisationType()).contains(Code.of("OrganisationType", "40"));
    Institution agencyB = institutions.get(1);
    assertThat(agencyB.displayName()).isEqualTo("Name of Agency B");
    assertThat(agencyB.type()).contains(InstitutionType.MULTILATERAL);
    Institution agencyC = institutions.get(2);
    assertThat(agencyC.displayName()).isEqualTo("Name of Agency C");
    // OrganisationType 10 Government does not tell a ministry from an agency: no type is made up.
    assertThat(agencyC.type()).isEmpty();
    assertThat(agencyC.iatiOrganisationType()).contains(Code.of("OrganisationType", "10"));
    assertThat(agencyC.effectiveIatiOrganisationType()).contains(Code.of("OrganisationType", "10"));
    // No country in the file (the agencies AA, BB, CC are not on the list): none is made up.
    assertThat(institutions).allSatisfy(i -> assertThat(i.country()).isEmpty());
    assertThat(result.warnings())
        .filteredOn(w -> w.code().equals("iati.org.country.missing"))
        .hasSize(3);
    assertThat(result.warnings())
        .filteredOn(w -> w.code().equals("iati.org.type.unmapped"))
        .extracting(ImportWarning::message)
        .containsExactly(
            "organisation CC-CCC-123456789 has OrganisationType 10, which stands for several"
                + " institution types; kept as the IATI type, without an institution type");
  }

  @Test
  void sectorsAndTags() {
    assertThat(partnership.dacSectors())
        .containsExactly(SectorCode.of("111"), SectorCode.of("112"));
    // Tag vocabulary 1 and 99 and sector vocabulary 99 have no place in the model: reported.
    assertThat(partnership.sdgTargets()).isEmpty();
    assertThat(result.warnings())
        .extracting(ImportWarning::code)
        .contains("iati.sector.vocabulary", "iati.tag.vocabulary");
  }

  @Test
  void budgetAndTransaction() {
    assertThat(result.dataset().fundings()).hasSize(1);
    Funding funding = result.dataset().fundings().get(0);
    assertThat(funding.id().value()).isEqualTo(ID);
    assertThat(funding.partnership()).contains(partnership.id());
    // The budget is kept per period; no total budget is made up from it.
    assertThat(funding.totalBudget()).isEmpty();
    assertThat(funding.budgets()).hasSize(1);
    Budget budget = funding.budgets().get(0);
    assertThat(budget.value()).isEqualTo(Money.of("3000", "EUR"));
    assertThat(budget.period().toString()).isEqualTo("2014-01-01/2014-12-31");
    assertThat(budget.type()).contains(BudgetType.ORIGINAL);
    assertThat(budget.status()).contains(BudgetStatus.INDICATIVE);
    assertThat(budget.valueDate()).contains(LocalDate.of(2014, 1, 1));
    assertThat(funding.plannedDisbursements()).hasSize(2);
    PlannedDisbursement plan = funding.plannedDisbursements().get(0);
    assertThat(plan.type()).contains(BudgetType.ORIGINAL);
    assertThat(plan.value()).isEqualTo(Money.of("3000", "EUR"));
    assertThat(plan.fromInstitution()).contains(InstitutionId.of("BB-BBB-123456789"));
    assertThat(plan.toInstitution()).contains(InstitutionId.of("AA-AAA-123456789"));
    assertThat(plan.provider().flatMap(FundingParty::activityId))
        .contains("BB-BBB-123456789-1234AA");
    assertThat(plan.receiver().flatMap(FundingParty::organisationType))
        .contains(Code.of("OrganisationType", "23"));
    assertThat(funding.plannedDisbursements().get(1).provider()).isEmpty();
    assertThat(funding.transactions()).hasSize(1);
    Transaction transaction = funding.transactions().get(0);
    assertThat(transaction.type()).isEqualTo(TransactionType.INCOMING_FUNDS);
    assertThat(transaction.date()).isEqualTo(LocalDate.of(2012, 1, 1));
    assertThat(transaction.amount()).isEqualTo(SignedMoney.of("1000", "EUR"));
    assertThat(transaction.valueDate()).contains(LocalDate.of(2012, 1, 1));
    assertThat(transaction.reference()).contains("1234");
    assertThat(transaction.humanitarian()).contains(true);
    assertThat(transaction.provider().flatMap(FundingParty::name).map(t -> t.text()))
        .contains("Agency B");
    assertThat(transaction.receiver().flatMap(FundingParty::activityId))
        .contains("AA-AAA-123456789-1234");
    assertThat(transaction.disbursementChannel()).contains(Code.of("DisbursementChannel", "1"));
    assertThat(transaction.sectors())
        .containsExactly(Sector.builder().vocabulary(Sector.DAC_CATEGORY).code("111").build());
    assertThat(transaction.recipientCountry().map(c -> c.value())).contains("TM");
    assertThat(transaction.recipientRegion()).contains(Code.of("Region", "616"));
    Classifications classifications = transaction.classifications().orElseThrow();
    assertThat(classifications.flowType()).contains(Code.of(Classifications.FLOW_TYPE, "10"));
    assertThat(classifications.financeType())
        .contains(Code.of(Classifications.FINANCE_TYPE, "110"));
    assertThat(classifications.aidTypes())
        .containsExactly(
            Code.of(Classifications.AID_TYPE, "A01"), Code.of("AidTypeVocabulary 2", "1"));
    assertThat(classifications.tiedStatus()).contains(Code.of(Classifications.TIED_STATUS, "3"));
    assertThat(transaction.fromInstitution()).contains(InstitutionId.of("BB-BBB-123456789"));
    assertThat(transaction.toInstitution()).contains(InstitutionId.of("AA-AAA-123456789"));
    assertThat(transaction.description().map(t -> t.text()))
        .contains("Transaction description text");
  }

  @Test
  void resultsIndicatorsAndEvidence() {
    assertThat(result.dataset().resultsFrameworks()).hasSize(1);
    ResultsFramework framework = result.dataset().resultsFrameworks().get(0);
    assertThat(framework.id().value()).isEqualTo(ID);
    assertThat(framework.partnership()).contains(partnership.id());
    assertThat(framework.results()).hasSize(1);
    Result output = framework.results().get(0);
    assertThat(output.level()).isEqualTo(ResultLevel.OUTPUT);
    assertThat(output.title().text()).isEqualTo("Result title");
    assertThat(output.description().map(t -> t.text())).contains("Result description text");
    assertThat(output.aggregationStatus()).contains(true);
    assertThat(output.references())
        .containsExactly(
            ResultReference.builder()
                .vocabulary("99")
                .code("B1")
                .vocabularyUri("http://example.com/indicators.html")
                .build());
    assertThat(output.documentLinks()).hasSize(1);
    assertThat(output.indicators()).hasSize(1);

    Indicator indicator = output.indicators().get(0);
    assertThat(indicator.title().text()).isEqualTo("Indicator title");
    assertThat(indicator.description().map(t -> t.text())).contains("Indicator description text");
    assertThat(indicator.measure()).isEqualTo(IndicatorMeasure.UNIT);
    assertThat(indicator.ascending()).isTrue();
    assertThat(indicator.sdgIndicator()).isEmpty();
    assertThat(indicator.aggregationStatus()).contains(true);
    assertThat(indicator.references())
        .containsExactly(
            IndicatorReference.of("1", "3429"),
            IndicatorReference.of("7", "861"),
            IndicatorReference.builder()
                .vocabulary("99")
                .code("B1")
                .indicatorUri("http://example.com/indicators.html")
                .build());
    assertThat(indicator.documentLinks())
        .extracting(DocumentLink::url)
        .containsExactly("http:www.example.org/docs/result_indicator_en.odt");
    List<Dimension> femaleAdults =
        List.of(Dimension.of("sex", "female"), Dimension.of("age", "adult"));
    List<String> places = List.of("AF-KAN", "KH-PNH");
    // The baseline is for female adults in two places, so it is not the baseline of the whole.
    assertThat(indicator.baseline()).isEmpty();
    assertThat(indicator.baselines()).hasSize(1);
    Baseline baseline = indicator.baselines().get(0);
    assertThat(baseline.value()).contains(IndicatorValue.ofNumber(10));
    assertThat(baseline.year()).contains(Year.of(2012));
    assertThat(baseline.date()).contains(LocalDate.of(2012, 1, 1));
    assertThat(baseline.comment()).contains("Baseline comment text");
    assertThat(baseline.dimensions()).isEqualTo(femaleAdults);
    assertThat(baseline.locationRefs()).isEqualTo(places);
    assertThat(baseline.documentLinks()).hasSize(1);
    assertThat(baseline.documentLinks().get(0).categories())
        .containsExactly(Code.of("DocumentCategory", "A01"));
    DateRange quarter = DateRange.ofClosed(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 3, 31));
    assertThat(indicator.targets())
        .containsExactly(
            PeriodValue.builder()
                .period(quarter)
                .value(IndicatorValue.ofNumber(10))
                .comment("Target comment text")
                .dimensions(femaleAdults)
                .locationRefs(places)
                .documentLinks(indicator.targets().get(0).documentLinks())
                .build());
    assertThat(indicator.targets().get(0).documentLinks()).hasSize(1);
    assertThat(indicator.actuals())
        .containsExactly(
            PeriodValue.builder()
                .period(quarter)
                .value(IndicatorValue.ofNumber(11))
                .comment("Actual comment text")
                .dimensions(femaleAdults)
                .locationRefs(places)
                .documentLinks(indicator.actuals().get(0).documentLinks())
                .build());
    assertThat(indicator.actuals().get(0).documentLinks()).hasSize(1);
    assertThat(indicator.achievementRate()).contains(new BigDecimal("1.1"));

    // Documents of category A01 (impact appraisal) on the activity, result and indicator.
    assertThat(framework.evidence())
        .extracting(Evidence::type)
        .containsExactly(
            EvidenceType.EVALUATION_REPORT,
            EvidenceType.EVALUATION_REPORT,
            EvidenceType.EVALUATION_REPORT);
    assertThat(framework.evidence())
        .extracting(e -> e.description().map(t -> t.text()).orElse(""))
        .containsExactly(
            "Project Report 2013", "Results Report 2013", "Results Indicator Report 2013");
    assertThat(framework.evidence())
        .allSatisfy(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2014, 2, 5)));
  }
}
