package org.ksmodel.examples.showcase;

import static org.ksmodel.examples.showcase.HubsAndInstitutions.ABC;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.AMEXCID;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.APC;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.BNPB;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.DANE;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.EMBRAPA;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.GH_MOF;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.INGD;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.ISDB;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.KDI;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.KEMENKEU;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.KE_TREASURY;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.LAMATA;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.MINECOFIN;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.MOSF;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.NCT;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.NYC_CEO;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.SCE;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.SEDESOL;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.SEMARNAT;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.WORLD_BANK;
import static org.ksmodel.examples.showcase.Showcase.date;
import static org.ksmodel.examples.showcase.Showcase.usd;

import java.time.LocalDate;
import java.util.List;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.ContributionKind;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.FundingSource;
import org.ksmodel.funding.Transaction;
import org.ksmodel.funding.TransactionType;

/**
 * With whose money: a hub's own budget (APC Colombia), state budgets, co-financing by every partner
 * of a Reverse Linkage, the World Bank's South-South facility, cost recovery (Singapore Cooperation
 * Enterprise), and in-kind contributions valued in money. All amounts are illustrative.
 */
final class Fundings {
  private Fundings() {}

  static List<Funding> all() {
    return List.of(
        apcProgramme(),
        environmentalStatistics(),
        reverseLinkage(),
        kspIndonesia(),
        oportunidadesNewYork(),
        cabriPeerLearning(),
        southSouthFacility(),
        cottonFour(),
        sceLagos());
  }

  private static Contribution cash(InstitutionId contributor, FundingSource source, Money amount) {
    return Contribution.builder()
        .contributor(contributor)
        .source(source)
        .kind(ContributionKind.CASH)
        .committedAmount(amount)
        .build();
  }

  private static Contribution inKind(
      InstitutionId contributor, FundingSource source, Money value, String how) {
    return Contribution.builder()
        .contributor(contributor)
        .source(source)
        .kind(ContributionKind.IN_KIND)
        .committedAmount(value)
        .note(how)
        .build();
  }

  private static Transaction transaction(
      TransactionType type, LocalDate date, Money amount, InstitutionId from, InstitutionId to) {
    return Transaction.builder()
        .type(type)
        .date(date)
        .amount(amount)
        .fromInstitution(from)
        .toInstitution(to)
        .build();
  }

  /** APC Colombia's own knowledge-sharing programme, paid from the national budget, in pesos. */
  private static Funding apcProgramme() {
    Money budget = Money.of("10000000000", "COP");
    return Funding.builder()
        .id(FundingId.of("F-CO-APC-2023"))
        .institution(APC)
        .totalBudget(budget)
        .addContributions(cash(APC, FundingSource.STATE_BUDGET, budget))
        .build();
  }

  private static Funding environmentalStatistics() {
    return Funding.builder()
        .id(FundingId.of("F-MX-CO-ENVIRONMENT"))
        .partnership(Partnerships.ENVIRONMENTAL_STATISTICS)
        .totalBudget(usd("180000"))
        .addContributions(
            cash(AMEXCID, FundingSource.STATE_BUDGET, usd("90000")),
            cash(APC, FundingSource.CO_FINANCING, usd("60000")),
            inKind(DANE, FundingSource.CO_FINANCING, usd("30000"), "Staff time of DANE's experts"))
        .addTransactions(
            transaction(
                TransactionType.COMMITMENT, date(2023, 4, 10), usd("90000"), AMEXCID, SEMARNAT),
            transaction(TransactionType.COMMITMENT, date(2023, 4, 20), usd("60000"), APC, DANE),
            transaction(
                TransactionType.DISBURSEMENT, date(2023, 8, 28), usd("45000"), AMEXCID, SEMARNAT))
        .build();
  }

  /** Every party co-finances the Reverse Linkage: the IsDB, Indonesia and Mozambique. */
  private static Funding reverseLinkage() {
    return Funding.builder()
        .id(FundingId.of("F-ISDB-RL-ID-MZ"))
        .partnership(Partnerships.REVERSE_LINKAGE)
        .totalBudget(usd("1200000"))
        .addContributions(
            cash(ISDB, FundingSource.MULTILATERAL_FACILITY, usd("600000")),
            cash(KEMENKEU, FundingSource.CO_FINANCING, usd("300000")),
            inKind(
                BNPB,
                FundingSource.CO_FINANCING,
                usd("150000"),
                "Experts and trainers, valued at cost"),
            inKind(
                INGD, FundingSource.CO_FINANCING, usd("150000"), "Venues, staff and local travel"))
        .addTransactions(
            transaction(TransactionType.COMMITMENT, date(2022, 9, 15), usd("600000"), ISDB, NCT),
            transaction(TransactionType.DISBURSEMENT, date(2023, 1, 20), usd("200000"), ISDB, NCT),
            transaction(TransactionType.DISBURSEMENT, date(2023, 9, 15), usd("200000"), ISDB, NCT),
            transaction(
                TransactionType.EXPENDITURE, date(2023, 2, 17), usd("80000"), KEMENKEU, BNPB))
        .build();
  }

  private static Funding kspIndonesia() {
    return Funding.builder()
        .id(FundingId.of("F-KSP-ID-2019"))
        .partnership(Partnerships.KSP_INDONESIA)
        .totalBudget(usd("450000"))
        .addContributions(cash(MOSF, FundingSource.STATE_BUDGET, usd("450000")))
        .addTransactions(
            transaction(TransactionType.COMMITMENT, date(2019, 3, 20), usd("450000"), MOSF, KDI),
            transaction(TransactionType.DISBURSEMENT, date(2019, 6, 10), usd("250000"), MOSF, KDI),
            transaction(TransactionType.DISBURSEMENT, date(2019, 11, 5), usd("180000"), MOSF, KDI))
        .build();
  }

  private static Funding oportunidadesNewYork() {
    return Funding.builder()
        .id(FundingId.of("F-MX-US-CCT"))
        .partnership(Partnerships.OPORTUNIDADES_NEW_YORK)
        .totalBudget(usd("70000"))
        .addContributions(
            cash(NYC_CEO, FundingSource.STATE_BUDGET, usd("50000")),
            inKind(
                SEDESOL,
                FundingSource.STATE_BUDGET,
                usd("20000"),
                "Officials' time and site visits"))
        .build();
  }

  /** Members fund their own peer learning from their budgets. */
  private static Funding cabriPeerLearning() {
    return Funding.builder()
        .id(FundingId.of("F-CABRI-PBB"))
        .partnership(Partnerships.CABRI_PEER_LEARNING)
        .totalBudget(usd("300000"))
        .addContributions(
            cash(MINECOFIN, FundingSource.STATE_BUDGET, usd("60000")),
            cash(KE_TREASURY, FundingSource.STATE_BUDGET, usd("60000")),
            cash(GH_MOF, FundingSource.STATE_BUDGET, usd("60000")))
        .build();
  }

  /** A grant of the World Bank's South-South Experience Exchange Facility. */
  private static Funding southSouthFacility() {
    return Funding.builder()
        .id(FundingId.of("F-WB-SSF-LAGOS"))
        .partnership(Partnerships.SOUTH_SOUTH_FACILITY)
        .totalBudget(usd("100000"))
        .addContributions(
            cash(WORLD_BANK, FundingSource.MULTILATERAL_FACILITY, usd("90000")),
            inKind(
                LAMATA, FundingSource.CO_FINANCING, usd("10000"), "Staff time of the delegation"))
        .addTransactions(
            transaction(
                TransactionType.COMMITMENT, date(2012, 2, 1), usd("90000"), WORLD_BANK, LAMATA),
            transaction(
                TransactionType.DISBURSEMENT, date(2012, 4, 15), usd("60000"), WORLD_BANK, LAMATA),
            transaction(
                TransactionType.DISBURSEMENT, date(2012, 9, 1), usd("30000"), WORLD_BANK, LAMATA))
        .build();
  }

  private static Funding cottonFour() {
    return Funding.builder()
        .id(FundingId.of("F-BR-ML-COTTON4"))
        .partnership(Partnerships.COTTON_FOUR)
        .totalBudget(usd("4500000"))
        .addContributions(
            cash(ABC, FundingSource.STATE_BUDGET, usd("4000000")),
            inKind(EMBRAPA, FundingSource.STATE_BUDGET, usd("500000"), "Researchers' time"))
        .addTransactions(
            transaction(TransactionType.COMMITMENT, date(2009, 5, 1), usd("4000000"), ABC, EMBRAPA),
            transaction(
                TransactionType.DISBURSEMENT, date(2010, 1, 15), usd("1500000"), ABC, EMBRAPA))
        .build();
  }

  /** Cost recovery: Lagos pays Singapore Cooperation Enterprise for the experts it brings. */
  private static Funding sceLagos() {
    return Funding.builder()
        .id(FundingId.of("F-SCE-LAGOS"))
        .partnership(Partnerships.SCE_LAGOS)
        .totalBudget(usd("350000"))
        .addContributions(
            Contribution.builder()
                .contributor(LAMATA)
                .source(FundingSource.COST_RECOVERY)
                .kind(ContributionKind.CASH)
                .committedAmount(usd("350000"))
                .note("Fees for the advisory, under the contract with SCE")
                .build())
        .addTransactions(
            transaction(TransactionType.COMMITMENT, date(2024, 1, 20), usd("350000"), LAMATA, SCE),
            transaction(
                TransactionType.DISBURSEMENT, date(2024, 4, 30), usd("120000"), LAMATA, SCE))
        .build();
  }
}
