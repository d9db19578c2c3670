package org.ksmodel.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.Severity;
import org.ksmodel.common.SolutionId;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.reference.ReferenceData;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.request.RequestStatus;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;
import org.ksmodel.validation.Subject;

/**
 * The rules about knowledge requests: the challenge and codes, the status against the answers, and
 * (with the dataset) the references and how they agree with the request. The catalogue is the
 * "Knowledge requests" section of core/VALIDATION.md.
 */
final class RequestRules {
  static final DataPath REQUESTER = DataPath.of("requester");
  static final DataPath COUNTRY = DataPath.of("country");
  static final DataPath CHALLENGE = DataPath.of("challenge");
  static final DataPath SECTORS = DataPath.of("sectors");
  static final DataPath TARGETS = DataPath.of("sdgTargets");
  static final DataPath LANGUAGES = DataPath.of("languages");
  static final DataPath PERIOD = DataPath.of("period");
  static final DataPath STATUS = DataPath.of("status");
  static final DataPath PARTNERSHIPS = DataPath.of("partnerships");
  static final DataPath SOLUTIONS = DataPath.of("solutions");
  static final DataPath DATE = DataPath.of("requestDate");

  private RequestRules() {}

  static List<Rule<?>> all() {
    List<Rule<?>> rules = new ArrayList<>();
    rules.add(rule("request.challenge.blank", Severity.ERROR, RequestRules::challengeBlank));
    rules.add(rule("request.topic.missing", Severity.WARNING, RequestRules::topic));
    rules.add(rule("request.sector.unknown", Severity.ERROR, RequestRules::sectors));
    rules.add(rule("request.sector.withdrawn", Severity.WARNING, RequestRules::sectorsWithdrawn));
    rules.add(rule("request.sdgTarget.unknown", Severity.ERROR, RequestRules::targets));
    rules.add(rule("request.country.unknown", Severity.ERROR, RequestRules::country));
    rules.add(rule("request.language.unknown", Severity.WARNING, RequestRules::languages));
    rules.add(rule("request.date.future", Severity.ERROR, RequestRules::dated));
    rules.add(rule("request.period.beforeRequest", Severity.ERROR, RequestRules::periodAfter));
    rules.add(rule("request.status.unanswered", Severity.ERROR, RequestRules::answered));
    rules.add(rule("request.open.answered", Severity.WARNING, RequestRules::openAnswered));
    rules.add(rule("request.served.partnership", Severity.WARNING, RequestRules::servedBy));
    rules.add(
        rule("request.reference.unresolved", Severity.ERROR, RequestRules::referencesResolve)
            .needingDataset());
    rules.add(
        rule("request.country.institution", Severity.WARNING, RequestRules::requesterCountry)
            .needingDataset());
    rules.add(
        rule("request.partnership.requester", Severity.WARNING, RequestRules::requesterTakesPart)
            .needingDataset());
    rules.add(
        rule("request.served.notRun", Severity.WARNING, RequestRules::servedByARunPartnership)
            .needingDataset());
    return List.copyOf(rules);
  }

  static Rule<KnowledgeRequest> rule(
      String code, Severity severity, Rule.Check<KnowledgeRequest> check) {
    return Rule.of(code, severity, Subject.KNOWLEDGE_REQUEST, check);
  }

  private static void challengeBlank(KnowledgeRequest request, RuleContext context, Findings f) {
    for (Map.Entry<LanguageCode, String> text : request.challenge().texts().entrySet()) {
      if (text.getValue().isBlank()) {
        f.report(CHALLENGE, text.getKey());
      }
    }
  }

  /** Without a sector or an SDG target nothing can be matched against the request. */
  private static void topic(KnowledgeRequest request, RuleContext context, Findings f) {
    if (request.sectors().isEmpty() && request.sdgTargets().isEmpty()) {
      f.report(SECTORS);
    }
  }

  private static void sectors(KnowledgeRequest request, RuleContext context, Findings f) {
    Lookups.requireKnown(request.sectors(), ReferenceData.sectors()::contains, SECTORS, f);
  }

  private static void sectorsWithdrawn(KnowledgeRequest request, RuleContext context, Findings f) {
    List<SectorCode> sectors = request.sectors();
    for (int i = 0; i < sectors.size(); i++) {
      if (ReferenceData.sectors().isWithdrawn(sectors.get(i))) {
        f.report(SECTORS.index(i), sectors.get(i));
      }
    }
  }

  private static void targets(KnowledgeRequest request, RuleContext context, Findings f) {
    List<SdgTarget> targets = request.sdgTargets();
    Lookups.requireKnown(targets, ReferenceData.sdgTargets()::contains, TARGETS, f);
  }

  private static void country(KnowledgeRequest request, RuleContext context, Findings f) {
    Optional<CountryCode> country = request.country();
    if (country.isPresent() && !ReferenceData.countries().contains(country.get())) {
      f.report(COUNTRY, country.get());
    }
  }

  private static void languages(KnowledgeRequest request, RuleContext context, Findings f) {
    Lookups.requireKnown(request.languages(), ReferenceData.languages()::contains, LANGUAGES, f);
  }

  private static void dated(KnowledgeRequest request, RuleContext context, Findings f) {
    Optional<LocalDate> date = request.requestDate();
    if (date.isPresent() && date.get().isAfter(context.today())) {
      f.report(DATE, date.get(), context.today());
    }
  }

  /** The period wanted cannot be over before the request was made. */
  private static void periodAfter(KnowledgeRequest request, RuleContext context, Findings f) {
    if (request.period().isEmpty() || request.requestDate().isEmpty()) {
      return;
    }
    Optional<LocalDate> end = request.period().get().end();
    LocalDate asked = request.requestDate().get();
    if (end.isPresent() && end.get().isBefore(asked)) {
      f.report(PERIOD, request.period().get(), asked);
    }
  }

  /** MATCHED and SERVED say an answer was found: the request must name it. */
  private static void answered(KnowledgeRequest request, RuleContext context, Findings f) {
    if (request.status().isAnswered() && !request.hasAnswers()) {
      f.report(STATUS, request.status());
    }
  }

  /** An OPEN request that names answers: the status was not moved on, or the answers are early. */
  private static void openAnswered(KnowledgeRequest request, RuleContext context, Findings f) {
    if (request.status() == RequestStatus.OPEN && request.hasAnswers()) {
      f.report(
          STATUS, request.partnerships().size() + request.solutions().size(), request.status());
    }
  }

  /**
   * A SERVED request was answered by an exchange: with only solutions named it was matched, or the
   * partnership that served it is missing.
   */
  private static void servedBy(KnowledgeRequest request, RuleContext context, Findings f) {
    if (request.status() == RequestStatus.SERVED
        && request.partnerships().isEmpty()
        && !request.solutions().isEmpty()) {
      f.report(PARTNERSHIPS);
    }
  }

  private static void referencesResolve(KnowledgeRequest request, RuleContext context, Findings f) {
    if (!context.dataset().contains(request.requester())) {
      Lookups.requireResolves(context, request.requester(), REQUESTER, f);
    }
    List<PartnershipId> partnerships = request.partnerships();
    for (int i = 0; i < partnerships.size(); i++) {
      if (!context.dataset().contains(partnerships.get(i))) {
        Lookups.requireResolves(context, partnerships.get(i), PARTNERSHIPS.index(i), f);
      }
    }
    List<SolutionId> solutions = request.solutions();
    for (int i = 0; i < solutions.size(); i++) {
      if (!context.dataset().contains(solutions.get(i))) {
        Lookups.requireResolves(context, solutions.get(i), SOLUTIONS.index(i), f);
      }
    }
  }

  /**
   * The country of the request is the requester's. Multilaterals and regional networks are exempt:
   * they ask on behalf of a member country, and their seat is not where they work.
   */
  private static void requesterCountry(KnowledgeRequest request, RuleContext context, Findings f) {
    if (request.country().isEmpty()) {
      return;
    }
    Optional<Institution> requester = context.dataset().institution(request.requester());
    if (requester.isEmpty()
        || requester.get().type().equals(Optional.of(InstitutionType.MULTILATERAL))
        || requester.get().type().equals(Optional.of(InstitutionType.REGIONAL_NETWORK))) {
      return;
    }
    Optional<CountryCode> home = requester.get().country();
    if (home.isPresent() && !home.get().equals(request.country().get())) {
      f.report(COUNTRY, request.country().get(), request.requester(), home.get());
    }
  }

  /** A partnership that answered a request counts the requester among its participants. */
  private static void requesterTakesPart(
      KnowledgeRequest request, RuleContext context, Findings f) {
    InstitutionId requester = request.requester();
    List<PartnershipId> partnerships = request.partnerships();
    for (int i = 0; i < partnerships.size(); i++) {
      Optional<Partnership> partnership = context.dataset().partnership(partnerships.get(i));
      if (partnership.isPresent() && !partnership.get().institutionIds().contains(requester)) {
        f.report(PARTNERSHIPS.index(i), partnerships.get(i), requester);
      }
    }
  }

  /**
   * A SERVED request was served by a partnership that ran: when every answering partnership found
   * is still PLANNED or was CANCELLED, the status or the link is wrong.
   */
  private static void servedByARunPartnership(
      KnowledgeRequest request, RuleContext context, Findings f) {
    if (request.status() != RequestStatus.SERVED) {
      return;
    }
    boolean found = false;
    for (PartnershipId id : request.partnerships()) {
      Optional<Partnership> partnership = context.dataset().partnership(id);
      if (partnership.isPresent()) {
        found = true;
        PartnershipStatus status = partnership.get().status();
        if (status != PartnershipStatus.PLANNED && status != PartnershipStatus.CANCELLED) {
          return;
        }
      }
    }
    if (found) {
      f.report(STATUS, request.partnerships());
    }
  }
}
