package org.ksmodel.examples.showcase;

import static org.ksmodel.examples.showcase.HubsAndInstitutions.ABC;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.AFDC;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.AMEXCID;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.APC;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.BANSEFI;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.BAPPENAS;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.BNPB;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.CABRI;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.CIPS;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.CONEVAL;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.DANE;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.EMBRAPA;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.GH_MOF;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.IER;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.INGD;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.ISDB;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.KDI;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.KEMENKEU;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.KEMLU;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.KE_TREASURY;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.LAMATA;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.MINECOFIN;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.MOSF;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.NARINO;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.NCT;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.NYC_CEO;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.OPORTUNIDADES;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.SCE;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.SEDESOL;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.SEMARNAT;
import static org.ksmodel.examples.showcase.HubsAndInstitutions.WORLD_BANK;
import static org.ksmodel.examples.showcase.Showcase.country;
import static org.ksmodel.examples.showcase.Showcase.date;
import static org.ksmodel.examples.showcase.Showcase.en;
import static org.ksmodel.examples.showcase.Showcase.period;
import static org.ksmodel.examples.showcase.Showcase.text;

import java.util.List;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.partnership.AgreementType;
import org.ksmodel.partnership.CapacityArea;
import org.ksmodel.partnership.ChangeObjective;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.Design;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.ExchangeInstrument;
import org.ksmodel.partnership.Location;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.Role;
import org.ksmodel.result.IntermediateOutcome;

/**
 * Through which exchanges: one partnership for each modality, and two more. Each partnership past
 * PLANNED is anchored in a development goal and change objectives before its exchange activities
 * are designed, as the <i>Art of Knowledge Exchange</i> asks. Participant counts and the days of
 * single events are illustrative.
 */
final class Partnerships {
  private Partnerships() {}

  static final PartnershipId ENVIRONMENTAL_STATISTICS = PartnershipId.of("PS-MX-CO-ENVIRONMENT");
  static final PartnershipId REVERSE_LINKAGE = PartnershipId.of("PS-ISDB-RL-ID-MZ");
  static final PartnershipId KSP_INDONESIA = PartnershipId.of("PS-KSP-ID-2019");
  static final PartnershipId OPORTUNIDADES_NEW_YORK = PartnershipId.of("PS-MX-US-CCT");
  static final PartnershipId CABRI_PEER_LEARNING = PartnershipId.of("PS-CABRI-PBB");
  static final PartnershipId SOUTH_SOUTH_FACILITY = PartnershipId.of("PS-WB-SSF-LAGOS");
  static final PartnershipId SABER_HACER_NARINO = PartnershipId.of("PS-CO-NARINO");
  static final PartnershipId COTTON_FOUR = PartnershipId.of("PS-BR-ML-COTTON4");
  static final PartnershipId SCE_LAGOS = PartnershipId.of("PS-SCE-LAGOS");

  static List<Partnership> all() {
    return List.of(
        environmentalStatistics(),
        reverseLinkage(),
        kspIndonesia(),
        oportunidadesNewYork(),
        cabriPeerLearning(),
        southSouthFacility(),
        saberHacerNarino(),
        cottonFour(),
        sceLagos());
  }

  /** A design with a goal and one change objective. */
  private static Design design(
      String goal, String objective, CapacityArea area, IntermediateOutcome... outcomes) {
    return Design.builder()
        .developmentGoal(en(goal))
        .addChangeObjectives(
            ChangeObjective.builder()
                .description(en(objective))
                .capacityArea(area)
                .addTargetedOutcomes(outcomes)
                .build())
        .build();
  }

  private static ExchangeActivity activity(
      String title,
      ExchangeInstrument instrument,
      Delivery delivery,
      DateRange days,
      Location location,
      int participants,
      IntermediateOutcome... outcomes) {
    ExchangeActivity.Builder builder =
        ExchangeActivity.builder()
            .title(en(title))
            .instrument(instrument)
            .delivery(delivery)
            .period(days)
            .participantCount(participants)
            .addTargetedOutcomes(outcomes);
    if (location != null) {
      builder.location(location);
    }
    return builder.build();
  }

  private static DateRange days(int year, int month, int firstDay, int lastDay) {
    return period(date(year, month, firstDay), date(year, month, lastDay));
  }

  /** SOUTH_SOUTH: Mexico's environment ministry shares its environmental information system. */
  private static Partnership environmentalStatistics() {
    return Partnership.builder()
        .id(ENVIRONMENTAL_STATISTICS)
        .title(
            text(
                "es",
                "Sistema de información ambiental: intercambio México-Colombia",
                "Environmental information system: a Mexico-Colombia exchange"))
        .modality(Modality.SOUTH_SOUTH)
        .form(PartnershipForm.PROJECT)
        .agreement(AgreementType.JOINT_COMMISSION)
        .addParticipations(
            Participation.of(SEMARNAT, Role.PROVIDER),
            Participation.of(DANE, Role.RECIPIENT),
            Participation.of(AMEXCID, Role.FUNDER),
            Participation.of(APC, Role.FUNDER))
        .design(
            design(
                "Environmental policy in Colombia rests on comparable environmental statistics",
                "DANE publishes environmental-economic accounts with a national information system",
                CapacityArea.ORGANISATIONAL_ARRANGEMENTS,
                IntermediateOutcome.NEW_KNOWLEDGE,
                IntermediateOutcome.ENHANCED_SKILLS))
        .addActivities(
            activity(
                "Expert visit of SEMARNAT to DANE",
                ExchangeInstrument.EXPERT_VISIT,
                Delivery.FACE_TO_FACE,
                days(2023, 9, 11, 15),
                Location.of(country("CO"), "Bogota"),
                18,
                IntermediateOutcome.NEW_KNOWLEDGE,
                IntermediateOutcome.ENHANCED_SKILLS),
            activity(
                "Follow-up video dialogue",
                ExchangeInstrument.VIDEO_CONFERENCE,
                Delivery.VIRTUAL,
                days(2024, 3, 5, 5),
                null,
                25,
                IntermediateOutcome.ENHANCED_CONNECTIVITY))
        .status(PartnershipStatus.ACTIVE)
        .plannedPeriod(period(date(2023, 3, 1), date(2025, 12, 31)))
        .actualPeriod(DateRange.startingOn(date(2023, 4, 1)))
        .addSectors(SectorCode.of("41010"), SectorCode.of("16062"))
        .addSdgTargets(SdgTarget.of("17.18"), SdgTarget.of("12.2"))
        .build();
  }

  /**
   * TRIANGULAR: the IsDB's Reverse Linkage matches Indonesia's disaster-management hub with
   * Mozambique; every party co-finances, a sign of ownership.
   */
  private static Partnership reverseLinkage() {
    return Partnership.builder()
        .id(REVERSE_LINKAGE)
        .title(
            en("Reverse Linkage: community-based disaster risk management, Indonesia-Mozambique"))
        .description(
            en(
                "Indonesia shares its disaster-resilient villages with Mozambique's disaster"
                    + " agency; the IsDB brokers and co-finances with both countries"))
        .modality(Modality.TRIANGULAR)
        .form(PartnershipForm.PROJECT)
        .agreement(AgreementType.REVERSE_LINKAGE)
        .addParticipations(
            Participation.of(BNPB, Role.PROVIDER, Role.IMPLEMENTER),
            Participation.of(NCT, Role.PROVIDER, Role.FUNDER),
            Participation.of(KEMENKEU, Role.FUNDER),
            Participation.of(KEMLU, Role.IMPLEMENTER),
            Participation.of(INGD, Role.RECIPIENT, Role.FUNDER),
            Participation.of(ISDB, Role.FACILITATOR, Role.FUNDER))
        .addSolutions(SolutionCatalogue.RESILIENT_VILLAGES)
        .design(
            Design.builder()
                .developmentGoal(en("Fewer lives and livelihoods lost to disasters in Mozambique"))
                .addInstitutionalChallenges(
                    en("Preparedness is planned centrally and rarely reaches the villages"))
                .addChangeObjectives(
                    ChangeObjective.builder()
                        .description(en("INGD adopts a programme of disaster-resilient villages"))
                        .capacityArea(CapacityArea.POLICY_INSTRUMENTS)
                        .addTargetedOutcomes(
                            IntermediateOutcome.IMPROVED_CONSENSUS,
                            IntermediateOutcome.NEW_AND_IMPROVED_ACTIONS)
                        .build(),
                    ChangeObjective.builder()
                        .description(en("District trainers can train village volunteers"))
                        .capacityArea(CapacityArea.ORGANISATIONAL_ARRANGEMENTS)
                        .addTargetedOutcomes(IntermediateOutcome.ENHANCED_SKILLS)
                        .build())
                .build())
        .addActivities(
            activity(
                "Study tour to BNPB and two resilient villages",
                ExchangeInstrument.STUDY_TOUR,
                Delivery.FACE_TO_FACE,
                days(2023, 2, 13, 17),
                Location.of(country("ID"), "Jakarta and Yogyakarta"),
                12,
                IntermediateOutcome.NEW_KNOWLEDGE,
                IntermediateOutcome.IMPROVED_CONSENSUS),
            activity(
                "Training of trainers in Maputo",
                ExchangeInstrument.TRAINING,
                Delivery.FACE_TO_FACE,
                days(2023, 10, 2, 6),
                Location.of(country("MZ"), "Maputo"),
                30,
                IntermediateOutcome.ENHANCED_SKILLS),
            activity(
                "Expert visit to pilot districts",
                ExchangeInstrument.EXPERT_VISIT,
                Delivery.FACE_TO_FACE,
                days(2024, 5, 6, 10),
                Location.of(country("MZ"), "Sofala province"),
                40,
                IntermediateOutcome.NEW_AND_IMPROVED_ACTIONS))
        .status(PartnershipStatus.ACTIVE)
        .plannedPeriod(period(date(2022, 7, 1), date(2025, 6, 30)))
        .actualPeriod(DateRange.startingOn(date(2022, 9, 1)))
        .addSectors(SectorCode.of("43060"), SectorCode.of("74020"))
        .addSdgTargets(SdgTarget.of("11.5"), SdgTarget.of("13.1"), SdgTarget.of("17.9"))
        .build();
  }

  /** NORTH_SOUTH: Korea's Knowledge Sharing Program advises Indonesia's planning ministry. */
  private static Partnership kspIndonesia() {
    return Partnership.builder()
        .id(KSP_INDONESIA)
        .title(en("Knowledge Sharing Program with Indonesia: industrial policy and planning"))
        .modality(Modality.NORTH_SOUTH)
        .form(PartnershipForm.PROJECT)
        .agreement(AgreementType.MOU)
        .addParticipations(
            Participation.of(MOSF, Role.FUNDER),
            Participation.of(KDI, Role.PROVIDER, Role.IMPLEMENTER),
            Participation.of(BAPPENAS, Role.RECIPIENT))
        .addSolutions(SolutionCatalogue.KSP_MODULES)
        .design(
            design(
                "Indonesia's medium-term plan turns industrial policy into measurable programmes",
                "BAPPENAS adopts a method to appraise industrial programmes",
                CapacityArea.POLICY_INSTRUMENTS,
                IntermediateOutcome.NEW_KNOWLEDGE,
                IntermediateOutcome.NEW_AND_IMPROVED_ACTIONS))
        .addActivities(
            activity(
                "Policy consultation in Jakarta",
                ExchangeInstrument.POLICY_CONSULTATION,
                Delivery.FACE_TO_FACE,
                days(2019, 6, 24, 27),
                Location.of(country("ID"), "Jakarta"),
                35,
                IntermediateOutcome.NEW_KNOWLEDGE),
            activity(
                "Study visit to Sejong and Seoul",
                ExchangeInstrument.STUDY_TOUR,
                Delivery.FACE_TO_FACE,
                days(2019, 10, 14, 18),
                Location.of(country("KR"), "Sejong"),
                15,
                IntermediateOutcome.NEW_KNOWLEDGE,
                IntermediateOutcome.ENHANCED_CONNECTIVITY))
        .status(PartnershipStatus.COMPLETED)
        .plannedPeriod(period(date(2019, 3, 1), date(2020, 2, 29)))
        .actualPeriod(period(date(2019, 3, 15), date(2020, 3, 31)))
        .addSectors(SectorCode.of("25010"), SectorCode.of("15110"))
        .addSdgTargets(SdgTarget.of("17.9"))
        .build();
  }

  /**
   * SOUTH_NORTH: New York City studied Oportunidades before designing its own conditional cash
   * transfer pilot; BANSEFI and CONEVAL supported, on payments and on evaluation.
   */
  private static Partnership oportunidadesNewYork() {
    return Partnership.builder()
        .id(OPORTUNIDADES_NEW_YORK)
        .title(en("Oportunidades shared with New York City's Center for Economic Opportunity"))
        .modality(Modality.SOUTH_NORTH)
        .form(PartnershipForm.ACTION)
        .addParticipations(
            Participation.of(SEDESOL, Role.PROVIDER),
            Participation.of(OPORTUNIDADES, Role.PROVIDER, Role.IMPLEMENTER),
            Participation.of(BANSEFI, Role.IMPLEMENTER),
            Participation.of(CONEVAL, Role.IMPLEMENTER),
            Participation.of(NYC_CEO, Role.RECIPIENT, Role.FUNDER))
        .addSolutions(SolutionCatalogue.CONDITIONAL_CASH_TRANSFERS)
        .design(
            design(
                "Fewer New York families in poverty, with children who stay in school",
                "The city designs a conditional cash transfer pilot with its evaluation built in",
                CapacityArea.POLICY_INSTRUMENTS,
                IntermediateOutcome.NEW_KNOWLEDGE,
                IntermediateOutcome.NEW_AND_IMPROVED_ACTIONS))
        .addActivities(
            activity(
                "Study tour of the city delegation to Oportunidades",
                ExchangeInstrument.STUDY_TOUR,
                Delivery.FACE_TO_FACE,
                days(2007, 4, 19, 20),
                Location.of(country("MX"), "Toluca"),
                20,
                IntermediateOutcome.NEW_KNOWLEDGE,
                IntermediateOutcome.IMPROVED_CONSENSUS),
            activity(
                "Consultation on payments and evaluation design",
                ExchangeInstrument.POLICY_CONSULTATION,
                Delivery.BLENDED,
                days(2007, 6, 4, 8),
                Location.of(country("US"), "New York"),
                12,
                IntermediateOutcome.NEW_AND_IMPROVED_ACTIONS))
        .status(PartnershipStatus.COMPLETED)
        .plannedPeriod(period(date(2007, 3, 1), date(2007, 12, 31)))
        .actualPeriod(period(date(2007, 3, 1), date(2008, 6, 30)))
        .addSectors(SectorCode.of("16010"))
        .addSdgTargets(SdgTarget.of("1.3"))
        .build();
  }

  /** REGIONAL: CABRI's peers connect, share and reform programme-based budgeting. */
  private static Partnership cabriPeerLearning() {
    return Partnership.builder()
        .id(CABRI_PEER_LEARNING)
        .title(en("CABRI peer learning on programme-based budgeting"))
        .description(
            en("Connect, share, reform: finance ministries learn from each other's budgets"))
        .modality(Modality.REGIONAL)
        .form(PartnershipForm.PROGRAMME)
        .agreement(AgreementType.COMMUNITY_OF_PRACTICE)
        .addParticipations(
            Participation.of(CABRI, Role.FACILITATOR, Role.IMPLEMENTER),
            Participation.of(MINECOFIN, Role.PROVIDER, Role.FUNDER),
            Participation.of(KE_TREASURY, Role.RECIPIENT, Role.FUNDER),
            Participation.of(GH_MOF, Role.RECIPIENT, Role.FUNDER))
        .design(
            design(
                "Budgets in the region are linked to results that citizens can follow",
                "Finance ministries reform their budget structure around programmes",
                CapacityArea.POLICY_INSTRUMENTS,
                IntermediateOutcome.ENHANCED_CONNECTIVITY,
                IntermediateOutcome.NEW_AND_IMPROVED_ACTIONS))
        .addActivities(
            activity(
                "Peer learning workshop",
                ExchangeInstrument.CONFERENCE,
                Delivery.FACE_TO_FACE,
                days(2022, 11, 8, 10),
                Location.of(country("ZA"), "Pretoria"),
                45,
                IntermediateOutcome.NEW_KNOWLEDGE,
                IntermediateOutcome.ENHANCED_CONNECTIVITY),
            activity(
                "Community of practice on programme budgets",
                ExchangeInstrument.COMMUNITY_OF_PRACTICE,
                Delivery.VIRTUAL,
                period(date(2023, 1, 15), date(2023, 12, 15)),
                null,
                60,
                IntermediateOutcome.ENHANCED_CONNECTIVITY))
        .status(PartnershipStatus.ACTIVE)
        .plannedPeriod(period(date(2021, 1, 1), date(2025, 12, 31)))
        .actualPeriod(DateRange.startingOn(date(2021, 2, 1)))
        .addSectors(SectorCode.of("15111"), SectorCode.of("15117"))
        .addSdgTargets(SdgTarget.of("16.6"), SdgTarget.of("17.9"))
        .build();
  }

  /**
   * MULTILATERAL: a grant of the World Bank's South-South Experience Exchange Facility lets Lagos
   * learn from Chinese and Indian hubs on financing and governing public services.
   */
  private static Partnership southSouthFacility() {
    return Partnership.builder()
        .id(SOUTH_SOUTH_FACILITY)
        .title(en("South-South Facility grant: financing and governing urban transport in Lagos"))
        .modality(Modality.MULTILATERAL)
        .form(PartnershipForm.PROJECT)
        .addParticipations(
            Participation.of(WORLD_BANK, Role.FUNDER, Role.FACILITATOR),
            Participation.of(AFDC, Role.PROVIDER),
            Participation.of(CIPS, Role.PROVIDER),
            Participation.of(LAMATA, Role.RECIPIENT))
        .design(
            design(
                "Lagos finances and runs its public transport sustainably",
                "LAMATA sets up a unit that appraises and finances transport projects",
                CapacityArea.ORGANISATIONAL_ARRANGEMENTS,
                IntermediateOutcome.ENHANCED_SKILLS,
                IntermediateOutcome.NEW_AND_IMPROVED_ACTIONS))
        .addActivities(
            activity(
                "Study tour to Shanghai",
                ExchangeInstrument.STUDY_TOUR,
                Delivery.FACE_TO_FACE,
                days(2012, 5, 14, 19),
                Location.of(country("CN"), "Shanghai"),
                10,
                IntermediateOutcome.NEW_KNOWLEDGE),
            activity(
                "Training on public systems innovation",
                ExchangeInstrument.TRAINING,
                Delivery.FACE_TO_FACE,
                days(2012, 9, 10, 14),
                Location.of(country("IN"), "Hyderabad"),
                14,
                IntermediateOutcome.ENHANCED_SKILLS))
        .status(PartnershipStatus.COMPLETED)
        .plannedPeriod(period(date(2012, 1, 15), date(2012, 12, 15)))
        .actualPeriod(period(date(2012, 2, 1), date(2012, 12, 20)))
        .addSectors(SectorCode.of("21020"), SectorCode.of("15111"))
        .addSdgTargets(SdgTarget.of("11.2"))
        .build();
  }

  /** DOMESTIC: APC Colombia shares a catalogued solution with a Colombian department. */
  private static Partnership saberHacerNarino() {
    return Partnership.builder()
        .id(SABER_HACER_NARINO)
        .title(
            text(
                "es",
                "Saber Hacer Colombia en Nariño: estadística para la planeación territorial",
                "Saber Hacer Colombia in Nariño: statistics for territorial planning"))
        .modality(Modality.DOMESTIC)
        .form(PartnershipForm.ACTION)
        .addParticipations(
            Participation.of(APC, Role.PROVIDER, Role.FUNDER),
            Participation.of(DANE, Role.PROVIDER, Role.IMPLEMENTER),
            Participation.of(NARINO, Role.RECIPIENT))
        .addSolutions(SolutionCatalogue.GEOSTATISTICAL_FRAMEWORK)
        .design(
            design(
                "Nariño's development plan rests on statistics of its municipalities",
                "The department's planning office uses the national geoportal",
                CapacityArea.ORGANISATIONAL_ARRANGEMENTS,
                IntermediateOutcome.ENHANCED_SKILLS))
        .addActivities(
            activity(
                "Workshop for municipal planners",
                ExchangeInstrument.TRAINING,
                Delivery.FACE_TO_FACE,
                days(2024, 5, 20, 24),
                Location.of(country("CO"), "Pasto"),
                40,
                IntermediateOutcome.ENHANCED_SKILLS))
        .status(PartnershipStatus.ACTIVE)
        .plannedPeriod(period(date(2024, 2, 1), date(2025, 1, 31)))
        .actualPeriod(DateRange.startingOn(date(2024, 2, 1)))
        .addSectors(SectorCode.of("16062"), SectorCode.of("15112"))
        .addSdgTargets(SdgTarget.of("17.18"))
        .build();
  }

  /** SOUTH_SOUTH: ABC and EMBRAPA with Mali's rural economy institute, in the Cotton-4 project. */
  private static Partnership cottonFour() {
    return Partnership.builder()
        .id(COTTON_FOUR)
        .title(
            text(
                "pt",
                "Cotton-4: apoio ao desenvolvimento do setor algodoeiro no Mali",
                "Cotton-4: support to the cotton sector in Mali"))
        .modality(Modality.SOUTH_SOUTH)
        .form(PartnershipForm.PROJECT)
        .agreement(AgreementType.FRAMEWORK_AGREEMENT)
        .addParticipations(
            Participation.of(ABC, Role.FUNDER),
            Participation.of(EMBRAPA, Role.PROVIDER, Role.IMPLEMENTER),
            Participation.of(IER, Role.RECIPIENT))
        .addSolutions(SolutionCatalogue.COTTON)
        .design(
            design(
                "Cotton farmers in Mali earn more from their land",
                "IER runs variety trials and teaches integrated pest management",
                CapacityArea.ORGANISATIONAL_ARRANGEMENTS,
                IntermediateOutcome.ENHANCED_SKILLS,
                IntermediateOutcome.NEW_AND_IMPROVED_ACTIONS))
        .addActivities(
            activity(
                "Twinning of research stations",
                ExchangeInstrument.TWINNING,
                Delivery.FACE_TO_FACE,
                period(date(2010, 3, 1), date(2012, 11, 30)),
                Location.of(country("ML"), "Sotuba"),
                25,
                IntermediateOutcome.ENHANCED_SKILLS,
                IntermediateOutcome.ENHANCED_CONNECTIVITY))
        .status(PartnershipStatus.COMPLETED)
        .plannedPeriod(period(date(2009, 4, 1), date(2013, 12, 31)))
        .actualPeriod(period(date(2009, 4, 1), date(2013, 12, 31)))
        .addSectors(SectorCode.of("31182"), SectorCode.of("31120"))
        .addSdgTargets(SdgTarget.of("2.3"))
        .build();
  }

  /**
   * NORTH_SOUTH, on a cost-recovery basis: Singapore Cooperation Enterprise brings public and
   * private experts to Lagos, and Lagos pays for them.
   */
  private static Partnership sceLagos() {
    return Partnership.builder()
        .id(SCE_LAGOS)
        .title(
            en(
                "Transport planning advisory for Lagos, with Singapore's public and private experts"))
        .modality(Modality.NORTH_SOUTH)
        .form(PartnershipForm.PROJECT)
        .addParticipations(
            Participation.of(SCE, Role.PROVIDER, Role.IMPLEMENTER),
            Participation.of(LAMATA, Role.RECIPIENT, Role.FUNDER))
        .design(
            design(
                "Lagos plans land use and transport together",
                "LAMATA adopts an integrated land-use and transport planning process",
                CapacityArea.ORGANISATIONAL_ARRANGEMENTS,
                IntermediateOutcome.NEW_KNOWLEDGE,
                IntermediateOutcome.NEW_AND_IMPROVED_ACTIONS))
        .addActivities(
            activity(
                "Expert visit to Lagos",
                ExchangeInstrument.EXPERT_VISIT,
                Delivery.FACE_TO_FACE,
                days(2024, 4, 8, 12),
                Location.of(country("NG"), "Lagos"),
                22,
                IntermediateOutcome.NEW_KNOWLEDGE))
        .status(PartnershipStatus.ACTIVE)
        .plannedPeriod(period(date(2024, 1, 15), date(2025, 7, 15)))
        .actualPeriod(DateRange.startingOn(date(2024, 1, 15)))
        .addSectors(SectorCode.of("21020"), SectorCode.of("43030"))
        .addSdgTargets(SdgTarget.of("11.2"))
        .build();
  }
}
