package org.ksmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.common.Period;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SignedMoney;
import org.ksmodel.funding.BudgetType;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.TransactionType;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.Role;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IndicatorReference;
import org.ksmodel.result.IndicatorValue;
import org.ksmodel.result.Result;

/** Messy but readable files: what can be imported is, the rest is rejected or reported. */
class IatiMessyDataTest {
  private static List<String> codes(IatiImport result) {
    return result.warnings().stream().map(ImportWarning::code).toList();
  }

  @Test
  void activitiesWithoutUsableIdentifierOrTitleAreRejectedWithReasons() {
    IatiImport result = Resources.importResource("messy-identifiers.xml");
    assertThat(result.activities()).isEqualTo(6);
    assertThat(result.imported()).isEqualTo(2);
    assertThat(result.rejected()).isEqualTo(4);
    assertThat(result.rejections())
        .extracting(Rejection::label, r -> r.reasons().get(0))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("#2", "no iati-identifier"),
            org.assertj.core.groups.Tuple.tuple("#3", "no iati-identifier"),
            org.assertj.core.groups.Tuple.tuple(
                "XM-EXAMPLE-OK-1", "iati-identifier already used by activity #1 of the file"),
            org.assertj.core.groups.Tuple.tuple(
                "XM-EXAMPLE-NO-TITLE", "no title (the model needs one for every partnership)"));
    assertThat(result.rejections().get(0).identifier()).isEmpty();
    assertThat(result.rejections().get(0).position()).isEqualTo(2);
    assertThat(result.rejections().get(0).line()).isEqualTo(9);
    // The first of the duplicates is the one imported.
    assertThat(result.dataset().partnerships())
        .extracting(p -> p.title().text())
        .containsExactly("A good activity", "A title written the IATI 1.x way");
    // Nothing of a rejected activity leaks into the dataset.
    assertThat(result.dataset().institutions()).isEmpty();
    assertThat(codes(result)).contains("iati.narrative.missing", "iati.language.default");
  }

  @Test
  void reversalsAreKeptAndNegativeBudgetsReported() {
    IatiImport result = Resources.importResource("negative-values.xml");
    assertThat(result.imported()).isEqualTo(1);
    Funding funding = result.dataset().fundings().get(0);
    // The negative 2021 budget is left out (a budget cannot be negative); the 2022 one is kept as
    // published, and no total is made up from it.
    assertThat(funding.totalBudget()).isEmpty();
    assertThat(funding.budgets())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.value()).isEqualTo(Money.of("2500.50", "EUR"));
              assertThat(b.period().toString()).isEqualTo("2022-01-01/2022-12-31");
              assertThat(b.type()).contains(BudgetType.ORIGINAL);
              assertThat(b.status()).isEmpty();
              assertThat(b.valueDate()).contains(LocalDate.of(2022, 1, 1));
            });
    assertThat(funding.transactions())
        .extracting(t -> t.type(), t -> t.amount())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                TransactionType.DISBURSEMENT, SignedMoney.of("1000", "EUR")),
            org.assertj.core.groups.Tuple.tuple(
                TransactionType.DISBURSEMENT, SignedMoney.of("-250.00", "EUR")),
            org.assertj.core.groups.Tuple.tuple(
                TransactionType.EXPENDITURE, SignedMoney.of("30", "EUR")),
            org.assertj.core.groups.Tuple.tuple(
                TransactionType.EXPENDITURE, SignedMoney.of("40", "USD")));
    assertThat(funding.transactions().get(2).date()).isEqualTo(LocalDate.of(2021, 6, 30));
    assertThat(funding.transactions().get(1).valueDate()).contains(LocalDate.of(2021, 4, 1));
    assertThat(codes(result))
        .contains(
            "iati.budget.negative",
            "iati.number.invalid",
            "iati.transaction.date.valueDate",
            "iati.currency.case")
        .doesNotContain("iati.transaction.negative");
    ImportWarning negative =
        result.warnings().stream()
            .filter(w -> w.code().equals("iati.budget.negative"))
            .findFirst()
            .orElseThrow();
    assertThat(negative.activity()).contains("XM-EXAMPLE-NEG");
    assertThat(negative.message()).contains("-100");
  }

  @Test
  void unknownAndLegacyCodesAreKeptOrReported() {
    IatiImport result = Resources.importResource("unknown-codes.xml");
    assertThat(result.imported()).isEqualTo(1);
    Partnership partnership = result.dataset().partnerships().get(0);
    assertThat(partnership.title().defaultLanguage().value()).isEqualTo("fr");
    assertThat(partnership.title().texts()).hasSize(2);
    // Status 9 is unknown: inferred from the actual end date.
    assertThat(partnership.status()).isEqualTo(PartnershipStatus.COMPLETED);
    // start-actual (IATI 1.x) read as type 2; the invalid planned start is left out.
    assertThat(partnership.actualPeriod())
        .contains(Period.ofClosed(LocalDate.of(2019, 5, 1), LocalDate.of(2020, 1, 1)));
    assertThat(partnership.plannedPeriod()).isEmpty();
    // Unknown but well-formed sector kept; malformed and non-DAC vocabularies left out.
    assertThat(partnership.dacSectors())
        .containsExactly(SectorCode.of("11220"), SectorCode.of("99999"));
    // SDG targets from sector vocabulary 8 and 9 and tag vocabulary 3, each once.
    assertThat(partnership.sdgTargets()).containsExactly(SdgTarget.of("16.6"), SdgTarget.of("4.1"));
    // The legacy role name "Funding" is read; the unknown role and the anonymous org are not.
    assertThat(partnership.participations()).hasSize(2);
    assertThat(partnership.hasRole(InstitutionId.of("SN-1"), Role.FUNDER)).isTrue();
    Institution company =
        result.dataset().institution(InstitutionId.of("SN-NINEA-007654321")).orElseThrow();
    assertThat(company.iatiOrganisationType()).contains(Code.of("OrganisationType", "99"));
    // Type 99 is off the OrganisationType list: kept as the code, no institution type made up.
    assertThat(company.type()).isEmpty();
    assertThat(company.country()).contains(CountryCode.of("SN"));

    Funding funding = result.dataset().fundings().get(0);
    // Interest payment (type 5) kept; type 99 (not on the codelist) left out; legacy D read as a
    // disbursement; the unknown currency kept.
    assertThat(funding.transactions()).hasSize(3);
    assertThat(funding.transactions().get(0).type()).isEqualTo(TransactionType.INTEREST_PAYMENT);
    assertThat(funding.transactions().get(0).amount()).isEqualTo(SignedMoney.of("5000000", "XOF"));
    assertThat(funding.transactions().get(1).amount()).isEqualTo(SignedMoney.of("1000", "XYZ"));
    assertThat(funding.transactions().get(2).amount()).isEqualTo(SignedMoney.of("2000", "XOF"));
    assertThat(funding.transactions().get(2).receiver().flatMap(r -> r.name()))
        .hasValueSatisfying(n -> assertThat(n.text()).isEqualTo("Une entreprise"));

    List<Result> results = result.dataset().resultsFrameworks().get(0).results();
    assertThat(results).hasSize(1);
    Indicator share = results.get(0).indicators().get(0);
    // The SDG reference kept as published; no day made up for a baseline of a year.
    assertThat(share.references())
        .containsExactly(IndicatorReference.of(IndicatorReference.SDG_INDICATORS, "4.1.1"));
    assertThat(share.sdgIndicator()).isEmpty();
    assertThat(share.sdgIndicators()).containsExactly("4.1.1");
    assertThat(share.baseline().flatMap(b -> b.year())).contains(Year.of(2018));
    assertThat(share.baseline().flatMap(b -> b.date())).isEmpty();
    assertThat(share.targets()).hasSize(1);
    assertThat(share.actuals()).isEmpty();
    Indicator qualitative = results.get(0).indicators().get(1);
    assertThat(qualitative.baseline().flatMap(b -> b.value()))
        .contains(IndicatorValue.ofText("Méfiance"));
    assertThat(qualitative.baseline().flatMap(b -> b.comment())).isEqualTo(Optional.empty());
    assertThat(qualitative.targets().get(0).value()).isEqualTo(IndicatorValue.ofText("Adhésion"));

    assertThat(codes(result))
        .contains(
            "iati.country.invalid",
            "iati.country.case",
            "iati.percentage.sum",
            "iati.org.role.legacy",
            "iati.org.role.unknown",
            "iati.org.anonymous",
            "iati.org.type.unknown",
            "iati.status.inferred",
            "iati.date.type.legacy",
            "iati.date.invalid",
            "iati.date.type",
            "iati.sector.unknown",
            "iati.sector.form",
            "iati.sector.vocabulary",
            "iati.tag.vocabulary",
            "iati.sdg.form",
            "iati.transaction.type.unmapped",
            "iati.transaction.type.legacy",
            "iati.currency.unknown",
            "iati.result.type",
            "iati.period.order",
            "iati.org.type.unmapped",
            "iati.org.country.missing",
            "iati.org.country.fromIdentifier");
    assertThat(codes(result)).doesNotContain("iati.org.type.assumed", "iati.org.country.unknown");
    assertThat(result.dataset().institutions())
        .allSatisfy(i -> assertThat(i.type()).isNotEqualTo(Optional.of(InstitutionType.OTHER)));
  }

  @Test
  void foreignNamespacesAreIgnoredSafely() {
    IatiImport result = Resources.importResource("foreign-namespaces.xml");
    assertThat(result.activities()).isEqualTo(2);
    assertThat(result.imported()).isEqualTo(1);
    // An activity misplaced inside an unexpected element is accounted for, as rejected.
    assertThat(result.rejections()).hasSize(1);
    assertThat(result.rejections().get(0).identifier()).contains("XM-EXAMPLE-MISPLACED");
    assertThat(result.rejections().get(0).reasons().get(0))
        .isEqualTo("not a direct child of <iati-activities> (inside <unexpected-element>)");
    Partnership partnership = result.dataset().partnerships().get(0);
    assertThat(partnership.id().value()).isEqualTo("XM-EXAMPLE-NS");
    assertThat(partnership.title().texts()).hasSize(1);
    assertThat(partnership.title().text()).isEqualTo("Activity with extensions");
    assertThat(partnership.title().defaultLanguage().value()).isEqualTo("en");
    // The funder hidden in a foreign element is not read twice; the sector inside one not at all.
    assertThat(partnership.participations()).hasSize(2);
    assertThat(partnership.dacSectors()).containsExactly(SectorCode.of("12220"));
    Institution uk = result.dataset().institution(InstitutionId.of("GB-GOV-1")).orElseThrow();
    assertThat(uk.displayName()).isEqualTo("UK Government");
    assertThat(uk.country()).contains(CountryCode.of("GB"));
    assertThat(codes(result))
        .contains("iati.namespace.ignored", "iati.language.normalised", "iati.element.unexpected");
    ImportWarning ignored =
        result.warnings().stream()
            .filter(w -> w.code().equals("iati.namespace.ignored"))
            .findFirst()
            .orElseThrow();
    assertThat(ignored.message())
        .contains("5 elements", "6 attributes", "http://example.org/ns/extension");
  }

  @Test
  void legacyDefaultLanguageAttributeIsRead() {
    String xml =
        "<iati-activities version='2.03'><iati-activity default-language='pt'>"
            + "<iati-identifier>XM-EXAMPLE-PT</iati-identifier>"
            + "<title><narrative>Título</narrative><narrative xml:lang='en'>Title</narrative></title>"
            + "</iati-activity></iati-activities>";
    IatiImport result =
        IatiImporter.importStream(
            new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "inline.xml");
    Partnership partnership = result.dataset().partnerships().get(0);
    assertThat(partnership.title().defaultLanguage().value()).isEqualTo("pt");
    assertThat(partnership.title().text()).isEqualTo("Título");
    assertThat(codes(result)).doesNotContain("iati.language.default");
  }
}
