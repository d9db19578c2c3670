package org.ksmodel.examples.showcase;

import static org.ksmodel.examples.showcase.Showcase.country;
import static org.ksmodel.examples.showcase.Showcase.date;
import static org.ksmodel.examples.showcase.Showcase.en;
import static org.ksmodel.examples.showcase.Showcase.text;

import java.math.BigDecimal;
import java.util.List;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.SectorCode;
import org.ksmodel.institution.AssessorType;
import org.ksmodel.institution.CapacityAssessment;
import org.ksmodel.institution.HubProfile;
import org.ksmodel.institution.HubScope;
import org.ksmodel.institution.HubStance;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.institution.InstitutionalModel;
import org.ksmodel.institution.KsBudget;
import org.ksmodel.institution.Pillar;
import org.ksmodel.institution.PillarScore;

/**
 * Who shares knowledge: national hubs (APC Colombia, AMEXCID, ABC, Indonesia's coordination team),
 * thematic hubs (EMBRAPA, FIOCRUZ, BNPB, Oportunidades), a network (CABRI), a public-private
 * company (Singapore Cooperation Enterprise), multilaterals that broker exchanges (IsDB, World
 * Bank), and the ministries and agencies on the other side of the exchanges.
 */
final class HubsAndInstitutions {
  private HubsAndInstitutions() {}

  // Colombia
  static final InstitutionId APC = InstitutionId.of("CO-APC");
  static final InstitutionId DANE = InstitutionId.of("CO-DANE");
  static final InstitutionId NARINO = InstitutionId.of("CO-NARINO");
  // Mexico
  static final InstitutionId SEDESOL = InstitutionId.of("MX-SEDESOL");
  static final InstitutionId OPORTUNIDADES = InstitutionId.of("MX-OPORTUNIDADES");
  static final InstitutionId BANSEFI = InstitutionId.of("MX-BANSEFI");
  static final InstitutionId CONEVAL = InstitutionId.of("MX-CONEVAL");
  static final InstitutionId AMEXCID = InstitutionId.of("MX-AMEXCID");
  static final InstitutionId SEMARNAT = InstitutionId.of("MX-SEMARNAT");
  // United States
  static final InstitutionId NYC_CEO = InstitutionId.of("US-CEO");
  // Korea
  static final InstitutionId MOSF = InstitutionId.of("KR-MOSF");
  static final InstitutionId KDI = InstitutionId.of("KR-KDI");
  // Indonesia
  static final InstitutionId BNPB = InstitutionId.of("ID-BNPB");
  static final InstitutionId NCT = InstitutionId.of("ID-NCT");
  static final InstitutionId BAPPENAS = InstitutionId.of("ID-BAPPENAS");
  static final InstitutionId KEMENKEU = InstitutionId.of("ID-KEMENKEU");
  static final InstitutionId KEMLU = InstitutionId.of("ID-KEMLU");
  // Mozambique
  static final InstitutionId INGD = InstitutionId.of("MZ-INGD");
  // Brazil and Mali
  static final InstitutionId ABC = InstitutionId.of("BR-ABC");
  static final InstitutionId EMBRAPA = InstitutionId.of("BR-EMBRAPA");
  static final InstitutionId FIOCRUZ = InstitutionId.of("BR-FIOCRUZ");
  static final InstitutionId IER = InstitutionId.of("ML-IER");
  // Singapore, Chile, Nigeria, India, China
  static final InstitutionId SCE = InstitutionId.of("SG-SCE");
  static final InstitutionId FOSIS = InstitutionId.of("CL-FOSIS");
  static final InstitutionId LAMATA = InstitutionId.of("NG-LAMATA");
  static final InstitutionId CIPS = InstitutionId.of("IN-CIPS");
  static final InstitutionId AFDC = InstitutionId.of("CN-AFDC");
  // Africa's budget reformers
  static final InstitutionId CABRI = InstitutionId.of("CABRI");
  static final InstitutionId MINECOFIN = InstitutionId.of("RW-MINECOFIN");
  static final InstitutionId KE_TREASURY = InstitutionId.of("KE-TREASURY");
  static final InstitutionId GH_MOF = InstitutionId.of("GH-MOF");
  // Multilaterals
  static final InstitutionId ISDB = InstitutionId.of("ISDB");
  static final InstitutionId WORLD_BANK = InstitutionId.of("WB");

  static List<Institution> all() {
    return List.of(
        apcColombia(),
        simple(
            DANE,
            "es",
            "Departamento Administrativo Nacional de Estadística",
            "National Administrative Department of Statistics",
            "DANE",
            "CO",
            InstitutionType.SECTOR_AGENCY,
            "16062"),
        simple(
            NARINO,
            "es",
            "Gobernación de Nariño",
            "Government of Nariño Department",
            null,
            "CO",
            InstitutionType.SUBNATIONAL_GOVERNMENT,
            "15112"),
        simple(
            SEDESOL,
            "es",
            "Secretaría de Desarrollo Social",
            "Ministry of Social Development",
            "SEDESOL",
            "MX",
            InstitutionType.LINE_MINISTRY,
            "16010"),
        oportunidades(),
        simple(
            BANSEFI,
            "es",
            "Banco del Ahorro Nacional y Servicios Financieros",
            "National Savings and Financial Services Bank",
            "BANSEFI",
            "MX",
            InstitutionType.DEVELOPMENT_BANK,
            "24010"),
        simple(
            CONEVAL,
            "es",
            "Consejo Nacional de Evaluación de la Política de Desarrollo Social",
            "National Council for the Evaluation of Social Development Policy",
            "CONEVAL",
            "MX",
            InstitutionType.SECTOR_AGENCY,
            "16010"),
        amexcid(),
        simple(
            SEMARNAT,
            "es",
            "Secretaría de Medio Ambiente y Recursos Naturales",
            "Ministry of Environment and Natural Resources",
            "SEMARNAT",
            "MX",
            InstitutionType.LINE_MINISTRY,
            "41010"),
        simple(
            NYC_CEO,
            "en",
            "New York City Center for Economic Opportunity",
            null,
            "CEO",
            "US",
            InstitutionType.SUBNATIONAL_GOVERNMENT,
            "16010"),
        simple(
            MOSF,
            "en",
            "Ministry of Strategy and Finance",
            null,
            "MOSF",
            "KR",
            InstitutionType.LINE_MINISTRY,
            "15111"),
        kdi(),
        bnpb(),
        coordinationTeam(),
        simple(
            BAPPENAS,
            "id",
            "Kementerian Perencanaan Pembangunan Nasional",
            "Ministry of National Development Planning",
            "BAPPENAS",
            "ID",
            InstitutionType.PLANNING_OR_COORDINATION_BODY,
            "15110"),
        simple(
            KEMENKEU,
            "id",
            "Kementerian Keuangan",
            "Ministry of Finance",
            "Kemenkeu",
            "ID",
            InstitutionType.LINE_MINISTRY,
            "15111"),
        simple(
            KEMLU,
            "id",
            "Kementerian Luar Negeri",
            "Ministry of Foreign Affairs",
            "Kemlu",
            "ID",
            InstitutionType.LINE_MINISTRY,
            "15110"),
        simple(
            INGD,
            "pt",
            "Instituto Nacional de Gestão e Redução do Risco de Desastres",
            "National Institute for Disaster Risk Management and Reduction",
            "INGD",
            "MZ",
            InstitutionType.SECTOR_AGENCY,
            "43060"),
        abc(),
        thematicHub(
            EMBRAPA,
            "Empresa Brasileira de Pesquisa Agropecuária",
            "Brazilian Agricultural Research Corporation",
            "EMBRAPA",
            "31182",
            "31120"),
        thematicHub(
            FIOCRUZ,
            "Fundação Oswaldo Cruz",
            "Oswaldo Cruz Foundation",
            "FIOCRUZ",
            "12182",
            "12240"),
        simple(
            IER,
            "fr",
            "Institut d'Economie Rurale",
            "Institute of Rural Economy",
            "IER",
            "ML",
            InstitutionType.SECTOR_AGENCY,
            "31182"),
        sce(),
        cabri(),
        simple(
            MINECOFIN,
            "en",
            "Ministry of Finance and Economic Planning",
            null,
            "MINECOFIN",
            "RW",
            InstitutionType.LINE_MINISTRY,
            "15111"),
        simple(
            KE_TREASURY,
            "en",
            "The National Treasury",
            null,
            null,
            "KE",
            InstitutionType.LINE_MINISTRY,
            "15111"),
        simple(
            GH_MOF,
            "en",
            "Ministry of Finance",
            null,
            "MoF",
            "GH",
            InstitutionType.LINE_MINISTRY,
            "15111"),
        simple(
            FOSIS,
            "es",
            "Fondo de Solidaridad e Inversión Social",
            "Solidarity and Social Investment Fund",
            "FOSIS",
            "CL",
            InstitutionType.SECTOR_AGENCY,
            "16010"),
        simple(
            LAMATA,
            "en",
            "Lagos Metropolitan Area Transport Authority",
            null,
            "LAMATA",
            "NG",
            InstitutionType.SECTOR_AGENCY,
            "21020"),
        cips(),
        afdc(),
        Institution.builder()
            .id(ISDB)
            .name(en("Islamic Development Bank"))
            .acronym("IsDB")
            .country(country("SA")) // its seat, Jeddah
            .type(InstitutionType.MULTILATERAL)
            .website("https://www.isdb.org")
            .build(),
        Institution.builder()
            .id(WORLD_BANK)
            .name(en("World Bank"))
            .country(country("US")) // its seat, Washington DC
            .type(InstitutionType.MULTILATERAL)
            .website("https://www.worldbank.org")
            .build());
  }

  /**
   * A ministry or agency that takes part in exchanges but is not described as a hub: a name in the
   * original language with its English translation (or English only when {@code english} is null).
   */
  private static Institution simple(
      InstitutionId id,
      String language,
      String name,
      String english,
      String acronym,
      String country,
      InstitutionType type,
      String sector) {
    Institution.Builder builder =
        Institution.builder()
            .id(id)
            .name(english == null ? en(name) : text(language, name, english))
            .country(country(country))
            .type(type)
            .addSectors(SectorCode.of(sector));
    if (acronym != null) {
      builder.acronym(acronym);
    }
    return builder.build();
  }

  /** A sector institution of Brazil that shares its own expertise on its themes. */
  private static Institution thematicHub(
      InstitutionId id, String name, String english, String acronym, String... sectors) {
    Institution.Builder builder =
        Institution.builder()
            .id(id)
            .name(text("pt", name, english))
            .acronym(acronym)
            .country(country("BR"))
            .type(InstitutionType.SECTOR_AGENCY)
            .hubProfile(
                HubProfile.builder()
                    .scope(HubScope.THEMATIC)
                    .stance(HubStance.PROVIDER)
                    .institutionalModel(InstitutionalModel.SECTOR_INSTITUTION)
                    .build());
    for (String sector : sectors) {
      builder.addSectors(SectorCode.of(sector));
    }
    return builder.build();
  }

  /**
   * APC Colombia: a dedicated agency that both seeks and offers cooperation, and keeps Colombia's
   * criteria-based catalogue of solutions ("Saber Hacer Colombia").
   */
  private static Institution apcColombia() {
    return Institution.builder()
        .id(APC)
        .name(
            text(
                "es",
                "Agencia Presidencial de Cooperación Internacional de Colombia",
                "Presidential Agency for International Cooperation of Colombia"))
        .acronym("APC-Colombia")
        .country(country("CO"))
        .type(InstitutionType.NATIONAL_COOPERATION_AGENCY)
        .website("https://www.apccolombia.gov.co")
        .addSectors(SectorCode.of("15110"))
        .hubProfile(
            HubProfile.builder()
                .scope(HubScope.NATIONAL)
                .stance(HubStance.DUAL)
                .resourceCentre(true)
                .institutionalModel(InstitutionalModel.DEDICATED_AGENCY)
                .build())
        // Illustrative figure: an annual amount for South-South knowledge exchange.
        .ksBudget(
            KsBudget.builder().annualAmount(Showcase.usd("2500000.00")).fiscalYear(2023).build())
        .addCapacityAssessments(
            // A self-assessment against the eight pillars; the levels are illustrative.
            CapacityAssessment.builder()
                .date(date(2023, 9, 15))
                .assessor(AssessorType.SELF)
                .putScores(Pillar.LEADERSHIP_AND_CULTURE, PillarScore.of(3))
                .putScores(Pillar.GOVERNANCE, PillarScore.of(3, "Mandate set by decree since 2011"))
                .putScores(Pillar.BUDGETS_AND_FINANCING, PillarScore.of(2))
                .putScores(Pillar.PARTNERSHIPS, PillarScore.of(4))
                .putScores(
                    Pillar.CAPTURING_AND_VALIDATING_KNOWLEDGE,
                    PillarScore.of(4, "Catalogue with explicit validation criteria"))
                .putScores(Pillar.USING_KNOWLEDGE_FOR_LEARNING_AND_SCALE_UP, PillarScore.of(2))
                .putScores(Pillar.DELIVERY, PillarScore.of(3))
                .putScores(Pillar.MONITORING_AND_EVALUATION, PillarScore.of(2))
                .build())
        .build();
  }

  /**
   * Oportunidades, the conditional cash transfer programme that received delegations from dozens of
   * countries: a thematic hub inside the social development ministry.
   */
  private static Institution oportunidades() {
    return Institution.builder()
        .id(OPORTUNIDADES)
        .name(
            text(
                "es",
                "Coordinación Nacional del Programa de Desarrollo Humano Oportunidades",
                "National Coordination of the Oportunidades Human Development Programme"))
        .acronym("Oportunidades")
        .country(country("MX"))
        .type(InstitutionType.SECTOR_AGENCY)
        .parent(SEDESOL)
        .addSectors(SectorCode.of("16010"))
        .hubProfile(
            HubProfile.builder()
                .scope(HubScope.THEMATIC)
                .stance(HubStance.PROVIDER)
                .institutionalModel(InstitutionalModel.SECTOR_INSTITUTION)
                .build())
        .build();
  }

  private static Institution amexcid() {
    return Institution.builder()
        .id(AMEXCID)
        .name(
            text(
                "es",
                "Agencia Mexicana de Cooperación Internacional para el Desarrollo",
                "Mexican Agency for International Development Cooperation"))
        .acronym("AMEXCID")
        .country(country("MX"))
        .type(InstitutionType.NATIONAL_COOPERATION_AGENCY)
        .website("https://www.gob.mx/amexcid")
        .hubProfile(
            HubProfile.builder()
                .scope(HubScope.NATIONAL)
                .stance(HubStance.DUAL)
                .institutionalModel(InstitutionalModel.UNIT_WITHIN_MINISTRY)
                .build())
        .build();
  }

  /**
   * KDI runs the Knowledge Sharing Program for the finance ministry: a global provider that turns
   * Korea's development experience into case studies and training modules.
   */
  private static Institution kdi() {
    return Institution.builder()
        .id(KDI)
        .name(en("Korea Development Institute"))
        .acronym("KDI")
        .country(country("KR"))
        .type(InstitutionType.ACADEMIA_OR_THINK_TANK)
        .website("https://www.kdi.re.kr")
        .addSectors(SectorCode.of("15110"), SectorCode.of("25010"))
        .hubProfile(
            HubProfile.builder()
                .scope(HubScope.GLOBAL)
                .stance(HubStance.PROVIDER)
                .resourceCentre(true)
                .build())
        .build();
  }

  /** BNPB: Indonesia's disaster-management agency, a thematic hub with its own training centre. */
  private static Institution bnpb() {
    return Institution.builder()
        .id(BNPB)
        .name(
            text(
                "id",
                "Badan Nasional Penanggulangan Bencana",
                "National Agency for Disaster Management"))
        .acronym("BNPB")
        .country(country("ID"))
        .type(InstitutionType.SECTOR_AGENCY)
        .addSectors(SectorCode.of("43060"), SectorCode.of("74020"))
        .hubProfile(
            HubProfile.builder()
                .scope(HubScope.THEMATIC)
                .stance(HubStance.PROVIDER)
                .institutionalModel(InstitutionalModel.SECTOR_INSTITUTION)
                .build())
        .addCapacityAssessments(
            // An outside assessment before the Reverse Linkage; the levels are illustrative.
            CapacityAssessment.builder()
                .date(date(2021, 11, 30))
                .assessor(AssessorType.EXTERNAL)
                .assessorInstitution(ISDB)
                .putScores(Pillar.LEADERSHIP_AND_CULTURE, PillarScore.of(3))
                .putScores(Pillar.GOVERNANCE, PillarScore.of(3))
                .putScores(Pillar.BUDGETS_AND_FINANCING, PillarScore.of(2))
                .putScores(Pillar.PARTNERSHIPS, PillarScore.of(3))
                .putScores(Pillar.CAPTURING_AND_VALIDATING_KNOWLEDGE, PillarScore.of(2))
                .putScores(
                    Pillar.USING_KNOWLEDGE_FOR_LEARNING_AND_SCALE_UP,
                    PillarScore.of(3, "Lessons of the 2004 tsunami built into training"))
                .putScores(Pillar.DELIVERY, PillarScore.of(4))
                .putScores(Pillar.MONITORING_AND_EVALUATION, PillarScore.of(2))
                .build())
        .build();
  }

  /**
   * Indonesia's National Coordination Team on South-South and Triangular Cooperation: the planning,
   * finance and foreign ministries (and the state secretariat) coordinating as one hub.
   */
  private static Institution coordinationTeam() {
    return Institution.builder()
        .id(NCT)
        .name(
            text(
                "id",
                "Tim Koordinasi Nasional Kerja Sama Selatan-Selatan dan Triangular",
                "National Coordination Team on South-South and Triangular Cooperation"))
        .acronym("NCT SSTC")
        .country(country("ID"))
        .type(InstitutionType.PLANNING_OR_COORDINATION_BODY)
        .parent(BAPPENAS)
        .hubProfile(
            HubProfile.builder()
                .scope(HubScope.NATIONAL)
                .stance(HubStance.DUAL)
                .institutionalModel(InstitutionalModel.INTERMINISTERIAL_TEAM)
                .build())
        // Illustrative: a share of the coordinating ministries' cooperation budget.
        .ksBudget(KsBudget.builder().sharePercent(new BigDecimal("0.5")).fiscalYear(2022).build())
        .build();
  }

  private static Institution abc() {
    return Institution.builder()
        .id(ABC)
        .name(text("pt", "Agência Brasileira de Cooperação", "Brazilian Cooperation Agency"))
        .acronym("ABC")
        .country(country("BR"))
        .type(InstitutionType.NATIONAL_COOPERATION_AGENCY)
        .website("https://www.gov.br/abc")
        .hubProfile(
            HubProfile.builder()
                .scope(HubScope.NATIONAL)
                .stance(HubStance.PROVIDER)
                .institutionalModel(InstitutionalModel.UNIT_WITHIN_MINISTRY)
                .build())
        .build();
  }

  /**
   * Singapore Cooperation Enterprise: a company set up by two ministries that brings public and
   * private expertise to other governments, on a cost-recovery basis.
   */
  private static Institution sce() {
    return Institution.builder()
        .id(SCE)
        .name(en("Singapore Cooperation Enterprise"))
        .acronym("SCE")
        .country(country("SG"))
        .type(InstitutionType.PUBLIC_PRIVATE_COMPANY)
        .website("https://www.sce.gov.sg")
        .addSectors(SectorCode.of("15110"), SectorCode.of("43030"))
        .hubProfile(
            HubProfile.builder()
                .scope(HubScope.GLOBAL)
                .stance(HubStance.PROVIDER)
                .institutionalModel(InstitutionalModel.PUBLIC_PRIVATE_ENTITY)
                .build())
        .build();
  }

  /** CABRI: African budget officials connect, share and reform as peers. */
  private static Institution cabri() {
    return Institution.builder()
        .id(CABRI)
        .name(en("Collaborative Africa Budget Reform Initiative"))
        .acronym("CABRI")
        .country(country("ZA")) // its secretariat, Pretoria
        .type(InstitutionType.REGIONAL_NETWORK)
        .website("https://www.cabri-sbo.org")
        .addSectors(SectorCode.of("15111"), SectorCode.of("15117"))
        .hubProfile(
            HubProfile.builder()
                .scope(HubScope.REGIONAL)
                .stance(HubStance.DUAL)
                .resourceCentre(true)
                .institutionalModel(InstitutionalModel.NETWORK)
                .build())
        .build();
  }

  /** CIPS: India's centre that documents and spreads innovations in public systems. */
  private static Institution cips() {
    return Institution.builder()
        .id(CIPS)
        .name(en("Centre for Innovations in Public Systems"))
        .acronym("CIPS")
        .country(country("IN"))
        .type(InstitutionType.ACADEMIA_OR_THINK_TANK)
        .addSectors(SectorCode.of("15110"))
        .hubProfile(
            HubProfile.builder()
                .scope(HubScope.THEMATIC)
                .stance(HubStance.DUAL)
                .institutionalModel(InstitutionalModel.SECTOR_INSTITUTION)
                .build())
        .build();
  }

  /**
   * AFDC: the Shanghai training centre on finance and development, under China's finance ministry.
   */
  private static Institution afdc() {
    return Institution.builder()
        .id(AFDC)
        .name(en("Asia-Pacific Finance and Development Center"))
        .acronym("AFDC")
        .country(country("CN"))
        .type(InstitutionType.ACADEMIA_OR_THINK_TANK)
        .addSectors(SectorCode.of("15111"), SectorCode.of("24010"))
        .hubProfile(
            HubProfile.builder()
                .scope(HubScope.REGIONAL)
                .stance(HubStance.PROVIDER)
                .resourceCentre(true)
                .build())
        .build();
  }
}
