package org.ksmodel.examples.showcase;

import static org.ksmodel.examples.showcase.Showcase.country;
import static org.ksmodel.examples.showcase.Showcase.date;
import static org.ksmodel.examples.showcase.Showcase.en;
import static org.ksmodel.examples.showcase.Showcase.period;
import static org.ksmodel.examples.showcase.Showcase.text;

import java.util.List;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.KnowledgeRequestId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.ExchangeInstrument;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.request.RequestStatus;

/**
 * The demand side: what partner countries asked for, in their own words, and what answered it.
 * Mozambique's disaster-management agency asked for community-based disaster risk management (the
 * IsDB's Reverse Linkage with Indonesia answers it); Liberia's Ministry of Gender, Children and
 * Social Protection asks how others share knowledge for women's empowerment (still open); New York
 * City and Indonesia's planning ministry asked for what Mexico's Oportunidades and Korea's KSP then
 * served. Request dates and wanted periods are illustrative.
 */
final class KnowledgeRequests {
  /** Liberia's gender ministry: a requester that takes part in no exchange of the showcase yet. */
  static final InstitutionId LR_GENDER = InstitutionId.of("LR-MGCSP");

  private KnowledgeRequests() {}

  /** The requesters that the other themes do not hold. */
  static List<Institution> requesters() {
    return List.of(
        Institution.builder()
            .id(LR_GENDER)
            .name(en("Ministry of Gender, Children and Social Protection"))
            .acronym("MGCSP")
            .country(country("LR"))
            .type(InstitutionType.LINE_MINISTRY)
            .addSectors(SectorCode.of("15170"))
            .build());
  }

  static List<KnowledgeRequest> all() {
    return List.of(
        mozambiqueDisasterRisk(),
        liberiaWomensEmpowerment(),
        newYorkCashTransfers(),
        indonesiaIndustrialPolicy());
  }

  /** Mozambique's INGD, after the floods of 2019 and cyclone Idai, asks how communities prepare. */
  private static KnowledgeRequest mozambiqueDisasterRisk() {
    return KnowledgeRequest.builder()
        .id(KnowledgeRequestId.of("REQ-MZ-INGD-CBDRM"))
        .requester(HubsAndInstitutions.INGD)
        .country(country("MZ"))
        .challenge(
            text(
                "pt",
                "Como envolver as comunidades na gestão do risco de desastres, para que as aldeias"
                    + " se preparem e respondam antes da chegada da ajuda",
                "How to involve communities in disaster risk management, so that villages prepare"
                    + " and respond before outside help arrives"))
        .addSectors(SectorCode.of("43060"), SectorCode.of("74020"))
        .addSdgTargets(SdgTarget.of("1.5"), SdgTarget.of("11.b"), SdgTarget.of("13.1"))
        .addLanguages(LanguageCode.of("pt"), LanguageCode.of("en"))
        .addPreferredInstruments(ExchangeInstrument.STUDY_TOUR, ExchangeInstrument.TRAINING)
        .preferredDelivery(Delivery.FACE_TO_FACE)
        .period(period(date(2022, 1, 1), date(2025, 12, 31)))
        .status(RequestStatus.MATCHED)
        .addPartnerships(Partnerships.REVERSE_LINKAGE)
        .addSolutions(SolutionCatalogue.RESILIENT_VILLAGES)
        .requestDate(date(2021, 3, 15))
        .build();
  }

  /** Liberia's gender ministry asks how others share knowledge for women's empowerment. */
  private static KnowledgeRequest liberiaWomensEmpowerment() {
    return KnowledgeRequest.builder()
        .id(KnowledgeRequestId.of("REQ-LR-MGCSP-WOMEN"))
        .requester(LR_GENDER)
        .country(country("LR"))
        .challenge(
            en(
                "How do other ministries share knowledge and good practice for women's"
                    + " empowerment, so that what works in one county reaches the others?"))
        .addSectors(SectorCode.of("15170"))
        .addSdgTargets(SdgTarget.of("5.5"), SdgTarget.of("5.c"), SdgTarget.of("17.9"))
        .addLanguages(LanguageCode.of("en"))
        .addPreferredInstruments(
            ExchangeInstrument.COMMUNITY_OF_PRACTICE, ExchangeInstrument.STUDY_TOUR)
        .preferredDelivery(Delivery.BLENDED)
        .requestDate(date(2024, 2, 5))
        .build();
  }

  /** New York City asked how Mexico pays families on conditions; Oportunidades served it. */
  private static KnowledgeRequest newYorkCashTransfers() {
    return KnowledgeRequest.builder()
        .id(KnowledgeRequestId.of("REQ-US-CEO-CCT"))
        .requester(HubsAndInstitutions.NYC_CEO)
        .country(country("US"))
        .challenge(
            en(
                "Can cash transfers conditioned on school attendance and health check-ups reduce"
                    + " poverty in a rich city, and how are they run?"))
        .addSectors(SectorCode.of("16010"))
        .addSdgTargets(SdgTarget.of("1.3"))
        .addLanguages(LanguageCode.of("en"), LanguageCode.of("es"))
        .addPreferredInstruments(ExchangeInstrument.STUDY_TOUR, ExchangeInstrument.EXPERT_VISIT)
        .preferredDelivery(Delivery.FACE_TO_FACE)
        .status(RequestStatus.SERVED)
        .addPartnerships(Partnerships.OPORTUNIDADES_NEW_YORK)
        .addSolutions(SolutionCatalogue.CONDITIONAL_CASH_TRANSFERS)
        .requestDate(date(2006, 12, 1))
        .build();
  }

  /** Indonesia's planning ministry asked Korea how to appraise industrial programmes. */
  private static KnowledgeRequest indonesiaIndustrialPolicy() {
    return KnowledgeRequest.builder()
        .id(KnowledgeRequestId.of("REQ-ID-BAPPENAS-KSP"))
        .requester(HubsAndInstitutions.BAPPENAS)
        .country(country("ID"))
        .challenge(
            en(
                "How to turn industrial policy into programmes whose results the medium-term"
                    + " development plan can measure"))
        .addSectors(SectorCode.of("25010"), SectorCode.of("15110"))
        .addSdgTargets(SdgTarget.of("17.9"))
        .addLanguages(LanguageCode.of("en"))
        .addPreferredInstruments(
            ExchangeInstrument.POLICY_CONSULTATION, ExchangeInstrument.STUDY_TOUR)
        .period(period(date(2019, 1, 1), date(2020, 6, 30)))
        .status(RequestStatus.SERVED)
        .addPartnerships(Partnerships.KSP_INDONESIA)
        .addSolutions(SolutionCatalogue.KSP_MODULES)
        .requestDate(date(2018, 9, 3))
        .build();
  }
}
