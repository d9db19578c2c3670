package org.ksmodel.examples.showcase;

import static org.ksmodel.examples.showcase.HubsAndInstitutions.ABC;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.APC;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.BANSEFI;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.BNPB;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.CIPS;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.CONEVAL;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.DANE;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.EMBRAPA;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.FIOCRUZ;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.FOSIS;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.IER;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.INGD;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.KDI;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.LAMATA;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.MOSF;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.NCT;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.NYC_CEO;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.OPORTUNIDADES;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.SEDESOL;
import static org.ksmodel.examples.showcase.Showcase.country;
import static org.ksmodel.examples.showcase.Showcase.date;
import static org.ksmodel.examples.showcase.Showcase.en;
import static org.ksmodel.examples.showcase.Showcase.period;
import static org.ksmodel.examples.showcase.Showcase.text;

import java.math.BigDecimal;
import java.util.List;
import org.ksmodel.common.Code;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.solution.Adoption;
import org.ksmodel.solution.Criterion;
import org.ksmodel.solution.CriterionAssessment;
import org.ksmodel.solution.KnowledgeProduct;
import org.ksmodel.solution.KnowledgeProductType;
import org.ksmodel.solution.Score;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;

/**
 * What is shared: development solutions at every stage of a catalogue's life cycle, from a practice
 * just identified (Lagos' BRT) to solutions validated against criteria (APC Colombia's own),
 * packaged (Korea's case studies turned into training modules) and shared abroad (Oportunidades,
 * Indonesia's disaster-resilient villages, EMBRAPA's cotton, FIOCRUZ's human milk banks).
 */
final class SolutionCatalogue {
  private SolutionCatalogue() {}

  static final SolutionId CONDITIONAL_CASH_TRANSFERS = SolutionId.of("MX-SOL-OPORTUNIDADES");
  static final SolutionId KSP_MODULES = SolutionId.of("KR-SOL-KSP-MODULES");
  static final SolutionId RESILIENT_VILLAGES = SolutionId.of("ID-SOL-DESTANA");
  static final SolutionId GEOSTATISTICAL_FRAMEWORK = SolutionId.of("CO-SOL-DANE-GEOPORTAL");
  static final SolutionId COTTON = SolutionId.of("BR-SOL-COTTON4");
  static final SolutionId MILK_BANKS = SolutionId.of("BR-SOL-MILK-BANKS");
  static final SolutionId FAMILY_SUPPORT = SolutionId.of("CL-SOL-PUENTE");
  static final SolutionId BRT_LITE = SolutionId.of("NG-SOL-BRT-LITE");
  static final SolutionId GRIEVANCE_REDRESS = SolutionId.of("IN-SOL-GRIEVANCE");

  private static final LanguageCode EN = LanguageCode.of("en");
  private static final LanguageCode ES = LanguageCode.of("es");
  private static final LanguageCode PT = LanguageCode.of("pt");

  /** APC Colombia's own validation criteria, as codes of its own vocabulary. */
  private static final String APC_CRITERIA = "APC-Colombia";

  static List<Solution> all() {
    return List.of(
        conditionalCashTransfers(),
        kspModules(),
        resilientVillages(),
        geostatisticalFramework(),
        cotton(),
        milkBanks(),
        familySupport(),
        brtLite(),
        grievanceRedress());
  }

  private static CriterionAssessment met(
      Criterion criterion, boolean mandatory, InstitutionId assessor, String evidence, int year) {
    return CriterionAssessment.builder()
        .criterion(criterion)
        .mandatory(mandatory)
        .met(true)
        .evidence(evidence)
        .assessor(assessor)
        .date(date(year, 6, 30))
        .build();
  }

  /** A knowledge product, found on the web site of the institution that publishes it. */
  private static KnowledgeProduct product(
      KnowledgeProductType type, org.ksmodel.common.LocalizedText title, String site) {
    return KnowledgeProduct.builder().type(type).title(title).link(site).build();
  }

  /** Shared with dozens of countries; the best-evaluated social programme of its time. */
  private static Solution conditionalCashTransfers() {
    return Solution.builder()
        .id(CONDITIONAL_CASH_TRANSFERS)
        .title(
            text(
                "es",
                "Transferencias monetarias condicionadas: Oportunidades",
                "Conditional cash transfers for human development: Oportunidades"))
        .challenge(
            en("Poor families under-invest in their children's education, health and nutrition"))
        .description(
            en(
                "Cash paid to mothers, conditional on school attendance and health check-ups, with"
                    + " payments through savings accounts and independent evaluation built in"))
        .resultsEvidence(
            en(
                "Randomised evaluations found higher enrolment and better child health and nutrition"))
        .lessons(
            en("Build the evaluation into the design from the start; it makes the programme last"))
        .originCountry(country("MX"))
        .owner(OPORTUNIDADES)
        .addImplementingInstitutions(SEDESOL, BANSEFI, CONEVAL)
        .period(period(date(2002, 3, 1), date(2014, 9, 30))) // the years of the name Oportunidades
        .addSectors(SectorCode.of("16010"))
        .addSdgTargets(SdgTarget.of("1.3"))
        .addLanguages(ES, EN)
        .stage(SolutionStage.SHARED)
        .addCriteriaAssessments(
            met(
                Criterion.RELEVANCE,
                true,
                CONEVAL,
                "Targets extreme poverty, shared by peers",
                2008),
            met(Criterion.PROVEN_RESULTS, true, CONEVAL, "Experimental impact evaluations", 2008),
            met(Criterion.REPLICABILITY, true, CONEVAL, "Adapted in several countries", 2008),
            met(Criterion.SUSTAINABILITY, false, CONEVAL, "Survived three administrations", 2008))
        .addKnowledgeProducts(
            KnowledgeProduct.builder()
                .type(KnowledgeProductType.CASE_STUDY)
                .title(en("Oportunidades: a case study for peer countries"))
                .language(EN)
                .format("application/pdf")
                .link("https://www.coneval.org.mx")
                .build(),
            product(
                KnowledgeProductType.POLICY_BRIEF,
                text("es", "Lecciones de Oportunidades", "Lessons from Oportunidades"),
                "https://www.coneval.org.mx"))
        .addAdoptions(
            Adoption.builder()
                .country(country("US"))
                .institution(NYC_CEO)
                .partnership(Partnerships.OPORTUNIDADES_NEW_YORK)
                .year(2007)
                .build(),
            // Illustrative: one of the programmes in Asia modelled on Latin American CCTs.
            Adoption.builder().country(country("PH")).year(2008).build())
        .build();
  }

  /**
   * Korea's development experience, written up as case studies and turned into training modules.
   */
  private static Solution kspModules() {
    return Solution.builder()
        .id(KSP_MODULES)
        .title(en("Modularisation of Korea's development experience"))
        .challenge(en("Policy makers abroad ask how Korea did it, and need more than anecdotes"))
        .description(
            en(
                "Policy case studies of Korea's development, each turned into a training module"
                    + " that the Knowledge Sharing Program uses in its policy consultations"))
        .originCountry(country("KR"))
        .owner(KDI)
        .addImplementingInstitutions(MOSF)
        .addSectors(SectorCode.of("15110"))
        .addSdgTargets(SdgTarget.of("17.9"))
        .addLanguages(EN, LanguageCode.of("ko"))
        .stage(SolutionStage.PACKAGED)
        .addCriteriaAssessments(
            met(Criterion.RELEVANCE, true, MOSF, "Demand from partner countries' requests", 2012),
            met(Criterion.REPLICABILITY, true, MOSF, "Written for adaptation, not imitation", 2012),
            met(Criterion.PROVEN_RESULTS, false, MOSF, "Outcomes documented per case", 2012))
        .addKnowledgeProducts(
            product(
                KnowledgeProductType.CASE_STUDY,
                en("Case studies of Korea's development policies"),
                "https://www.ksp.go.kr"),
            KnowledgeProduct.builder()
                .type(KnowledgeProductType.TRAINING_MODULE)
                .title(en("KSP training modules"))
                .language(EN)
                .link("https://www.ksp.go.kr")
                .build())
        .build();
  }

  /** Indonesia's community-based disaster preparedness, scored on a five-point scale. */
  private static Solution resilientVillages() {
    return Solution.builder()
        .id(RESILIENT_VILLAGES)
        .title(text("id", "Desa Tangguh Bencana", "Disaster-resilient villages"))
        .challenge(
            en("Villages exposed to earthquakes, floods and tsunamis wait for help from outside"))
        .description(
            en(
                "Villages map their hazards, plan evacuation, train volunteers and set aside"
                    + " contingency funds, with the district disaster agency's support"))
        .originCountry(country("ID"))
        .owner(BNPB)
        .period(Showcase.period(date(2012, 1, 1), date(2022, 12, 31)))
        .addSectors(SectorCode.of("43060"))
        .addSdgTargets(SdgTarget.of("11.5"), SdgTarget.of("13.1"))
        .addLanguages(LanguageCode.of("id"), EN)
        .stage(SolutionStage.SHARED)
        .addCriteriaAssessments(
            scored(Criterion.RELEVANCE, 5, NCT),
            scored(Criterion.PROVEN_RESULTS, 4, NCT),
            scored(Criterion.REPLICABILITY, 4, NCT),
            scored(Criterion.OWNERSHIP, 5, NCT))
        .addKnowledgeProducts(
            product(
                KnowledgeProductType.TRAINING_MODULE,
                en("Training of village disaster volunteers"),
                "https://bnpb.go.id"),
            product(
                KnowledgeProductType.TOOLKIT,
                en("Toolkit for a disaster-resilient village"),
                "https://bnpb.go.id"))
        .addAdoptions(
            Adoption.builder()
                .country(country("MZ"))
                .institution(INGD)
                .partnership(Partnerships.REVERSE_LINKAGE)
                .year(2023)
                .build())
        .build();
  }

  /** A mandatory criterion scored on a scale of 1 to 5 with a pass mark of 3. */
  private static CriterionAssessment scored(
      Criterion criterion, int score, InstitutionId assessor) {
    return CriterionAssessment.builder()
        .criterion(criterion)
        .mandatory(true)
        .score(
            Score.builder()
                .value(BigDecimal.valueOf(score))
                .minimum(BigDecimal.ONE)
                .maximum(BigDecimal.valueOf(5))
                .passMark(BigDecimal.valueOf(3))
                .build())
        .assessor(assessor)
        .date(date(2021, 8, 17))
        .build();
  }

  /**
   * Validated in APC Colombia's catalogue against its own criteria (a vocabulary of its own, in
   * Spanish), and shared with Colombian departments.
   */
  private static Solution geostatisticalFramework() {
    return Solution.builder()
        .id(GEOSTATISTICAL_FRAMEWORK)
        .title(
            text(
                "es",
                "Marco geoestadístico nacional y geoportal para la planeación territorial",
                "National geostatistical framework and geoportal for territorial planning"))
        .challenge(en("Local governments plan without statistics at the scale of their territory"))
        .description(
            en(
                "A national geostatistical framework links every statistic to its territory, and a"
                    + " geoportal lets planners map them down to the municipality"))
        .originCountry(country("CO"))
        .owner(DANE)
        .addSectors(SectorCode.of("16062"))
        .addSdgTargets(SdgTarget.of("17.18"))
        .addLanguages(ES)
        .stage(SolutionStage.VALIDATED)
        .addCriteriaAssessments(
            apc("pertinencia", true, "Answers a need stated by the departments"),
            apc("resultados", true, "Used in the development plans of the departments"),
            apc("replicabilidad", true, "Open standards and documented methods"),
            apc("innovacion", false, "First national geoportal of its kind in the region"))
        .build();
  }

  private static CriterionAssessment apc(String criterion, boolean mandatory, String evidence) {
    return CriterionAssessment.builder()
        .criterion(Code.of(APC_CRITERIA, criterion))
        .mandatory(mandatory)
        .met(true)
        .evidence(evidence)
        .assessor(APC)
        .date(date(2022, 6, 14))
        .build();
  }

  /** EMBRAPA's cotton technologies, shared with the Cotton-4 countries through ABC. */
  private static Solution cotton() {
    return Solution.builder()
        .id(COTTON)
        .title(
            text(
                "pt",
                "Variedades de algodão adaptadas e manejo integrado de pragas",
                "Adapted cotton varieties and integrated pest management"))
        .challenge(en("Low cotton yields and heavy pest losses on smallholder farms"))
        .description(
            en(
                "Varieties adapted to local conditions, tested in national research stations, with"
                    + " integrated pest management taught to extension workers and farmers"))
        .originCountry(country("BR"))
        .owner(EMBRAPA)
        .addImplementingInstitutions(ABC)
        .addSectors(SectorCode.of("31182"))
        .addSdgTargets(SdgTarget.of("2.3"))
        .addLanguages(PT, LanguageCode.of("fr"))
        .stage(SolutionStage.SHARED)
        .addCriteriaAssessments(
            met(Criterion.RELEVANCE, true, ABC, "Cotton is the main cash crop of the region", 2008),
            met(Criterion.PROVEN_RESULTS, true, ABC, "Yield gains in Brazil's cerrado", 2008),
            met(Criterion.HORIZONTALITY, true, ABC, "Research institutes work as peers", 2008))
        .addKnowledgeProducts(
            product(
                KnowledgeProductType.HOW_TO_NOTE,
                text(
                    "fr",
                    "Fiche technique: lutte intégrée",
                    "How-to note: integrated pest management"),
                "https://www.embrapa.br"),
            product(
                KnowledgeProductType.CASE_STUDY,
                en("The Cotton-4 project"),
                "https://www.embrapa.br"))
        .addAdoptions(
            Adoption.builder()
                .country(country("ML"))
                .institution(IER)
                .partnership(Partnerships.COTTON_FOUR)
                .year(2013)
                .build())
        .build();
  }

  /** FIOCRUZ's network of human milk banks, adopted across Latin America and beyond. */
  private static Solution milkBanks() {
    return Solution.builder()
        .id(MILK_BANKS)
        .title(text("pt", "Rede de bancos de leite humano", "Human milk bank network"))
        .challenge(en("Premature and low-birth-weight babies die for lack of human milk"))
        .description(
            en(
                "A network of milk banks collects donated milk, pasteurises it at low cost, checks"
                    + " its quality and supports breastfeeding"))
        .originCountry(country("BR"))
        .owner(FIOCRUZ)
        .addSectors(SectorCode.of("12240"))
        .addSdgTargets(SdgTarget.of("3.2"))
        .addLanguages(PT, ES)
        .stage(SolutionStage.SHARED)
        .addCriteriaAssessments(
            met(Criterion.PROVEN_RESULTS, true, ABC, "Lower neonatal mortality in Brazil", 2010),
            met(Criterion.EFFICIENCY, true, ABC, "Low-cost pasteurisation method", 2010))
        .addKnowledgeProducts(
            product(
                KnowledgeProductType.E_LEARNING_COURSE,
                text(
                    "pt", "Curso de processamento de leite humano", "Human milk processing course"),
                "https://rblh.fiocruz.br"),
            product(
                KnowledgeProductType.TOOLKIT,
                en("Setting up a human milk bank"),
                "https://rblh.fiocruz.br"))
        // Illustrative years of adoption.
        .addAdoptions(
            Adoption.of(country("CO"), java.time.Year.of(2011)),
            Adoption.of(country("MZ"), java.time.Year.of(2018)))
        .build();
  }

  /** Documented, not yet validated. */
  private static Solution familySupport() {
    return Solution.builder()
        .id(FAMILY_SUPPORT)
        .title(
            text(
                "es",
                "Apoyo psicosocial a familias en extrema pobreza (Programa Puente)",
                "Psychosocial support to families in extreme poverty (Puente programme)"))
        .challenge(en("The poorest families are not reached by the services meant for them"))
        .description(
            en("A social worker accompanies each family for two years and links it to services"))
        .originCountry(country("CL"))
        .owner(FOSIS)
        .addSectors(SectorCode.of("16010"))
        .addSdgTargets(SdgTarget.of("1.3"))
        .addLanguages(ES)
        .stage(SolutionStage.DOCUMENTED)
        .build();
  }

  /** Just identified, in a call for experiences. */
  private static Solution brtLite() {
    return Solution.builder()
        .id(BRT_LITE)
        .title(en("Lagos BRT Lite: bus rapid transit on a budget"))
        .originCountry(country("NG"))
        .owner(LAMATA)
        .addSectors(SectorCode.of("21020"))
        .addSdgTargets(SdgTarget.of("11.2"))
        .stage(SolutionStage.IDENTIFIED)
        .build();
  }

  /** Sent back for more evidence before validation. */
  private static Solution grievanceRedress() {
    return Solution.builder()
        .id(GRIEVANCE_REDRESS)
        .title(en("Online redress of citizens' grievances"))
        .originCountry(country("IN"))
        .owner(CIPS)
        .addSectors(SectorCode.of("15110"))
        .addSdgTargets(SdgTarget.of("16.6"))
        .stage(SolutionStage.NEEDS_REVISION)
        .addCriteriaAssessments(
            CriterionAssessment.builder()
                .criterion(Criterion.PROVEN_RESULTS)
                .mandatory(true)
                .met(false)
                .evidence("Results reported by one state only; evidence from others requested")
                .date(date(2024, 2, 20))
                .build())
        .build();
  }
}
