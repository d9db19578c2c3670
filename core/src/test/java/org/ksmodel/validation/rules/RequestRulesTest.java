package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.KnowledgeRequestId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.Severity;
import org.ksmodel.common.SolutionId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.ExchangeInstrument;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.Role;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.request.RequestStatus;
import org.ksmodel.solution.Solution;
import org.ksmodel.validation.ValidationReport;

/** The rules of knowledge requests, each made to fire and kept silent. */
class RequestRulesTest {
  static final InstitutionId INGD = InstitutionId.of("MZ-INGD");
  static final InstitutionId BNPB = InstitutionId.of("ID-BNPB");
  static final InstitutionId UNDP = InstitutionId.of("UNDP");
  static final PartnershipId EXCHANGE = PartnershipId.of("P-ID-MZ");
  static final SolutionId DESTANA = SolutionId.of("SOL-ID-DESTANA");

  static KnowledgeRequest valid() {
    return KnowledgeRequest.builder()
        .id(KnowledgeRequestId.of("REQ-1"))
        .requester(INGD)
        .country(CountryCode.of("MZ"))
        .challenge(
            LocalizedText.of(
                LanguageCode.of("pt"),
                java.util.Map.of(
                    LanguageCode.of("pt"),
                    "Gestão comunitária do risco de desastres",
                    LanguageCode.of("en"),
                    "Community-based disaster risk management")))
        .addSectors(SectorCode.of("43060"))
        .addSdgTargets(SdgTarget.of("1.5"), SdgTarget.of("13.1"))
        .addLanguages(LanguageCode.of("pt"), LanguageCode.of("en"))
        .addPreferredInstruments(ExchangeInstrument.STUDY_TOUR)
        .preferredDelivery(Delivery.BLENDED)
        .period(DateRange.ofClosed(LocalDate.of(2019, 6, 1), LocalDate.of(2020, 6, 1)))
        .status(RequestStatus.SERVED)
        .addPartnerships(EXCHANGE)
        .addSolutions(DESTANA)
        .requestDate(LocalDate.of(2019, 3, 1))
        .build();
  }

  static KnowledgeRequest with(UnaryOperator<KnowledgeRequest.Builder> change) {
    return change.apply(KnowledgeRequest.builder().from(valid())).build();
  }

  static Institution institution(InstitutionId id, String country, InstitutionType type) {
    return Institution.builder()
        .id(id)
        .name(LocalizedText.of("Institution " + id))
        .country(CountryCode.of(country))
        .type(type)
        .build();
  }

  static Partnership exchange(PartnershipStatus status) {
    return Partnership.builder()
        .id(EXCHANGE)
        .title(LocalizedText.of("Indonesia and Mozambique share disaster risk management"))
        .modality(Modality.SOUTH_SOUTH)
        .form(PartnershipForm.PROJECT)
        .status(status)
        .addParticipations(
            Participation.of(BNPB, Role.PROVIDER), Participation.of(INGD, Role.RECIPIENT))
        .addSolutions(DESTANA)
        .build();
  }

  static Dataset.Builder world(PartnershipStatus status, KnowledgeRequest... requests) {
    return Dataset.builder()
        .addInstitutions(
            institution(INGD, "MZ", InstitutionType.SECTOR_AGENCY),
            institution(BNPB, "ID", InstitutionType.SECTOR_AGENCY),
            institution(UNDP, "US", InstitutionType.MULTILATERAL))
        .addSolutions(
            Solution.builder()
                .id(DESTANA)
                .title(LocalizedText.of("Disaster-resilient villages"))
                .originCountry(CountryCode.of("ID"))
                .owner(BNPB)
                .build())
        .addPartnerships(exchange(status))
        .addKnowledgeRequests(requests);
  }

  static ValidationReport validate(KnowledgeRequest request) {
    return VALIDATOR.validate(world(PartnershipStatus.ACTIVE, request).build());
  }

  static List<String> codes() {
    return RequestRules.all().stream().map(r -> r.code()).toList();
  }

  @Test
  void theValidRequestHasNoViolationOfTheseRules() {
    ValidationReport report = validate(valid());
    for (String code : codes()) {
      assertSilent(report, code);
    }
    assertThat(report.violations()).filteredOn(v -> v.code().startsWith("request.")).isEmpty();
  }

  @Test
  void aBlankChallenge() {
    KnowledgeRequest blank = with(r -> r.challenge(LocalizedText.of("   ")));
    assertFires(
        validate(blank),
        "request.challenge.blank",
        Severity.ERROR,
        "/knowledgeRequests/0/challenge");
  }

  @Test
  void nothingToMatchAgainst() {
    KnowledgeRequest vague = with(r -> r.sectors(List.of()).sdgTargets(List.of()));
    assertFires(
        validate(vague), "request.topic.missing", Severity.WARNING, "/knowledgeRequests/0/sectors");
    assertSilent(validate(with(r -> r.sectors(List.of()))), "request.topic.missing");
    assertSilent(validate(with(r -> r.sdgTargets(List.of()))), "request.topic.missing");
  }

  @Test
  void unknownAndWithdrawnCodes() {
    KnowledgeRequest request =
        with(
            r ->
                r.addSectors(SectorCode.of("99999"), SectorCode.of("11321"))
                    .addSdgTargets(SdgTarget.of("1.9"))
                    .country(CountryCode.of("QQ"))
                    .addLanguages(LanguageCode.of("qq")));
    ValidationReport report = validate(request);
    assertFires(report, "request.sector.unknown", Severity.ERROR, "/knowledgeRequests/0/sectors/1");
    assertFires(
        report, "request.sector.withdrawn", Severity.WARNING, "/knowledgeRequests/0/sectors/2");
    assertFires(
        report, "request.sdgTarget.unknown", Severity.ERROR, "/knowledgeRequests/0/sdgTargets/2");
    assertFires(report, "request.country.unknown", Severity.ERROR, "/knowledgeRequests/0/country");
    assertFires(
        report, "request.language.unknown", Severity.WARNING, "/knowledgeRequests/0/languages/2");
    assertSilent(
        validate(with(r -> r.country(java.util.Optional.empty()))), "request.country.unknown");
  }

  @Test
  void aRequestFromTheFuture() {
    ValidationReport report =
        validate(
            with(r -> r.requestDate(LocalDate.of(2025, 1, 2)).period(java.util.Optional.empty())));
    assertFires(report, "request.date.future", Severity.ERROR, "/knowledgeRequests/0/requestDate");
    assertSilent(validate(with(r -> r.requestDate(RuleTesting.TODAY))), "request.date.future");
  }

  @Test
  void aPeriodWantedThatIsOverBeforeTheRequest() {
    KnowledgeRequest late = with(r -> r.requestDate(LocalDate.of(2020, 6, 2)));
    assertFires(
        validate(late),
        "request.period.beforeRequest",
        Severity.ERROR,
        "/knowledgeRequests/0/period");
    assertSilent(
        validate(with(r -> r.requestDate(LocalDate.of(2020, 6, 1)))),
        "request.period.beforeRequest");
    KnowledgeRequest openEnded =
        with(
            r ->
                r.requestDate(LocalDate.of(2021, 1, 1))
                    .period(DateRange.startingOn(LocalDate.of(2019, 1, 1))));
    assertSilent(validate(openEnded), "request.period.beforeRequest");
  }

  @Test
  void matchedOrServedWithoutAnAnswer() {
    for (RequestStatus status : List.of(RequestStatus.MATCHED, RequestStatus.SERVED)) {
      KnowledgeRequest unanswered =
          with(r -> r.status(status).partnerships(List.of()).solutions(List.of()));
      assertFires(
          validate(unanswered),
          "request.status.unanswered",
          Severity.ERROR,
          "/knowledgeRequests/0/status");
    }
    for (RequestStatus status : List.of(RequestStatus.OPEN, RequestStatus.WITHDRAWN)) {
      KnowledgeRequest unanswered =
          with(r -> r.status(status).partnerships(List.of()).solutions(List.of()));
      assertSilent(validate(unanswered), "request.status.unanswered");
    }
    assertSilent(
        validate(with(r -> r.status(RequestStatus.MATCHED).partnerships(List.of()))),
        "request.status.unanswered");
  }

  @Test
  void openButAnswered() {
    assertFires(
        validate(with(r -> r.status(RequestStatus.OPEN))),
        "request.open.answered",
        Severity.WARNING,
        "/knowledgeRequests/0/status");
    assertSilent(validate(with(r -> r.status(RequestStatus.WITHDRAWN))), "request.open.answered");
    assertSilent(
        validate(
            with(r -> r.status(RequestStatus.OPEN).partnerships(List.of()).solutions(List.of()))),
        "request.open.answered");
  }

  @Test
  void servedByASolutionAlone() {
    assertFires(
        validate(with(r -> r.partnerships(List.of()))),
        "request.served.partnership",
        Severity.WARNING,
        "/knowledgeRequests/0/partnerships");
    assertSilent(
        validate(with(r -> r.status(RequestStatus.MATCHED).partnerships(List.of()))),
        "request.served.partnership");
    assertSilent(validate(with(r -> r.solutions(List.of()))), "request.served.partnership");
  }

  @Test
  void referencesThatDoNotResolve() {
    KnowledgeRequest dangling =
        with(
            r ->
                r.requester(InstitutionId.of("GHOST"))
                    .addPartnerships(PartnershipId.of("P-404"))
                    .addSolutions(SolutionId.of("S-404")));
    assertFires(
        validate(dangling),
        "request.reference.unresolved",
        Severity.ERROR,
        "/knowledgeRequests/0/requester",
        "/knowledgeRequests/0/partnerships/1",
        "/knowledgeRequests/0/solutions/1");
    assertThat(VALIDATOR.validate(dangling).violations("request.reference.unresolved"))
        .as("skipped without a dataset")
        .isEmpty();
  }

  @Test
  void aCountryThatIsNotTheRequesters() {
    KnowledgeRequest elsewhere = with(r -> r.country(CountryCode.of("MW")));
    ValidationReport report = validate(elsewhere);
    assertFires(
        report, "request.country.institution", Severity.WARNING, "/knowledgeRequests/0/country");
    assertThat(report.violations("request.country.institution").get(0).arguments())
        .containsExactly("MW", "MZ-INGD", "MZ");
    assertSilent(
        validate(with(r -> r.country(java.util.Optional.empty()))), "request.country.institution");
    KnowledgeRequest forAMember =
        with(r -> r.requester(UNDP).partnerships(List.of()).status(RequestStatus.MATCHED));
    assertSilent(validate(forAMember), "request.country.institution");
  }

  @Test
  void aPartnershipWithoutTheRequester() {
    KnowledgeRequest other = with(r -> r.requester(UNDP).country(java.util.Optional.empty()));
    assertFires(
        validate(other),
        "request.partnership.requester",
        Severity.WARNING,
        "/knowledgeRequests/0/partnerships/0");
    assertSilent(validate(valid()), "request.partnership.requester");
  }

  @Test
  void servedByAPartnershipThatDidNotRun() {
    for (PartnershipStatus status :
        List.of(PartnershipStatus.PLANNED, PartnershipStatus.CANCELLED)) {
      assertFires(
          VALIDATOR.validate(world(status, valid()).build()),
          "request.served.notRun",
          Severity.WARNING,
          "/knowledgeRequests/0/status");
    }
    for (PartnershipStatus status :
        List.of(
            PartnershipStatus.ACTIVE, PartnershipStatus.COMPLETED, PartnershipStatus.SUSPENDED)) {
      assertSilent(VALIDATOR.validate(world(status, valid()).build()), "request.served.notRun");
    }
    KnowledgeRequest matched = with(r -> r.status(RequestStatus.MATCHED));
    assertSilent(
        VALIDATOR.validate(world(PartnershipStatus.PLANNED, matched).build()),
        "request.served.notRun");
    KnowledgeRequest alsoRan = with(r -> r.addPartnerships(PartnershipId.of("P-404")));
    assertSilent(
        VALIDATOR.validate(world(PartnershipStatus.ACTIVE, alsoRan).build()),
        "request.served.notRun");
  }

  @Test
  void repeatedRequestIdsAreReported() {
    ValidationReport report =
        VALIDATOR.validate(world(PartnershipStatus.ACTIVE, valid(), valid()).build());
    assertFires(report, "dataset.id.duplicate", Severity.ERROR, "/knowledgeRequests/1/id");
  }

  @Test
  void aRequestIsValidatedOnItsOwn() {
    ValidationReport alone = VALIDATOR.validateEntity(with(r -> r.status(RequestStatus.OPEN)));
    assertFires(alone, "request.open.answered", Severity.WARNING, "/status");
    assertThat(alone.violations()).allSatisfy(v -> assertThat(v.subjectId()).contains("REQ-1"));
  }
}
