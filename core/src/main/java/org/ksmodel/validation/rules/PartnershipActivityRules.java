package org.ksmodel.validation.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.Severity;
import org.ksmodel.partnership.ChangeObjective;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.Design;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.ExchangeInstrument;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.reference.ReferenceData;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;
import org.ksmodel.validation.Subject;

/**
 * The partnership rules on its exchange activities and its design, after the <i>Art of Knowledge
 * Exchange</i>; none needs the dataset.
 */
final class PartnershipActivityRules {
  private static final DataPath ACTIVITIES = DataPath.of("activities");
  private static final DataPath DESIGN = DataPath.of("design");

  private PartnershipActivityRules() {}

  static List<Rule<?>> all() {
    return List.of(
        Rule.of(
            "partnership.activity.period",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipActivityRules::insidePeriod),
        Rule.of(
            "partnership.activity.outcomes",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipActivityRules::targetsOutcome),
        Rule.of(
            "partnership.activity.participantCount.zero",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipActivityRules::someoneTakesPart),
        Rule.of(
            "partnership.activity.country.unknown",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipActivityRules::knownCountry),
        Rule.of(
            "partnership.activity.location.missing",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipActivityRules::locatedWhenInPerson),
        Rule.of(
            "partnership.activity.delivery",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipActivityRules::videoConferenceNotInPerson),
        Rule.of(
            "partnership.cancelled.activities",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipActivityRules::nothingAfterCancellation),
        Rule.of(
            "partnership.design.missing",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipActivityRules::anchoredBeforeDesign),
        Rule.of(
            "partnership.design.objectiveOutcomes",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipActivityRules::objectivesTargetOutcomes));
  }

  /**
   * Activities lie inside {@link Partnership#period()}: the actual period once the partnership has
   * one, otherwise the planned one. An activity outside the planned period of a partnership that
   * has started is a change of plan, not an error.
   */
  private static void insidePeriod(Partnership p, RuleContext context, Findings findings) {
    Optional<DateRange> period = p.period();
    if (period.isEmpty()) {
      return;
    }
    String which = p.periodIsActual() ? "actual" : "planned";
    List<ExchangeActivity> activities = p.activities();
    for (int i = 0; i < activities.size(); i++) {
      DateRange own = activities.get(i).period();
      if (!period.get().encloses(own)) {
        findings.report(ACTIVITIES.index(i).member("period"), own, which, period.get());
      }
    }
  }

  private static void targetsOutcome(Partnership p, RuleContext context, Findings findings) {
    List<ExchangeActivity> activities = p.activities();
    for (int i = 0; i < activities.size(); i++) {
      if (activities.get(i).targetedOutcomes().isEmpty()) {
        findings.report(
            ACTIVITIES.index(i).member("targetedOutcomes"), activities.get(i).instrument());
      }
    }
  }

  private static void someoneTakesPart(Partnership p, RuleContext context, Findings findings) {
    List<ExchangeActivity> activities = p.activities();
    for (int i = 0; i < activities.size(); i++) {
      Optional<Integer> count = activities.get(i).participantCount();
      if (count.isPresent() && count.get() == 0) {
        findings.report(ACTIVITIES.index(i).member("participantCount"));
      }
    }
  }

  private static void knownCountry(Partnership p, RuleContext context, Findings findings) {
    List<ExchangeActivity> activities = p.activities();
    for (int i = 0; i < activities.size(); i++) {
      ExchangeActivity activity = activities.get(i);
      if (activity.location().isPresent()
          && !ReferenceData.countries().contains(activity.location().get().country())) {
        findings.report(
            ACTIVITIES.index(i).member("location").member("country"),
            activity.location().get().country());
      }
    }
  }

  private static void locatedWhenInPerson(Partnership p, RuleContext context, Findings findings) {
    List<ExchangeActivity> activities = p.activities();
    for (int i = 0; i < activities.size(); i++) {
      ExchangeActivity activity = activities.get(i);
      if (activity.delivery() != Delivery.VIRTUAL && activity.location().isEmpty()) {
        findings.report(ACTIVITIES.index(i), activity.delivery());
      }
    }
  }

  private static void videoConferenceNotInPerson(
      Partnership p, RuleContext context, Findings findings) {
    List<ExchangeActivity> activities = p.activities();
    for (int i = 0; i < activities.size(); i++) {
      ExchangeActivity activity = activities.get(i);
      if (activity.instrument() == ExchangeInstrument.VIDEO_CONFERENCE
          && activity.delivery() == Delivery.FACE_TO_FACE) {
        findings.report(ACTIVITIES.index(i).member("delivery"));
      }
    }
  }

  /**
   * A cancelled partnership runs no more activities. Without an actual end it stopped at the latest
   * today, so activities that start after today are reported; with an actual end, the activities
   * after it lie outside the partnership period and {@code partnership.activity.period} reports
   * them. A SUSPENDED partnership is expected to resume: its later activities stand.
   */
  private static void nothingAfterCancellation(
      Partnership p, RuleContext context, Findings findings) {
    if (p.status() != PartnershipStatus.CANCELLED || p.actualEnd().isPresent()) {
      return;
    }
    LocalDate today = context.today();
    Optional<DateRange> period = p.period();
    List<ExchangeActivity> activities = p.activities();
    for (int i = 0; i < activities.size(); i++) {
      DateRange own = activities.get(i).period();
      if (own.start().isAfter(today) && (period.isEmpty() || period.get().encloses(own))) {
        findings.report(ACTIVITIES.index(i).member("period"), own, today);
      }
    }
  }

  /**
   * The <i>Art of Knowledge Exchange</i>'s "anchor before design": once a partnership is under way
   * (ACTIVE, SUSPENDED, COMPLETED, or CANCELLED after it started), its design names the development
   * goal and at least one change objective. The argument is the wire name of what is missing.
   */
  private static void anchoredBeforeDesign(Partnership p, RuleContext context, Findings findings) {
    if (!hasStarted(p)) {
      return;
    }
    if (p.design().isEmpty()) {
      findings.report(DataPath.root(), p.status(), "design");
      return;
    }
    Design design = p.design().get();
    if (design.developmentGoal().isEmpty()) {
      findings.report(DESIGN, p.status(), "developmentGoal");
    }
    if (design.changeObjectives().isEmpty()) {
      findings.report(DESIGN.member("changeObjectives"), p.status(), "changeObjectives");
    }
  }

  private static boolean hasStarted(Partnership p) {
    switch (p.status()) {
      case PLANNED:
        return false;
      case CANCELLED:
        return p.actualPeriod().isPresent();
      default:
        return true;
    }
  }

  private static void objectivesTargetOutcomes(
      Partnership p, RuleContext context, Findings findings) {
    if (p.design().isEmpty()) {
      return;
    }
    List<ChangeObjective> objectives = p.design().get().changeObjectives();
    for (int i = 0; i < objectives.size(); i++) {
      if (objectives.get(i).targetedOutcomes().isEmpty()) {
        findings.report(
            DESIGN.member("changeObjectives").index(i).member("targetedOutcomes"),
            objectives.get(i).capacityArea());
      }
    }
  }
}
