package org.ksmodel.validation.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Period;
import org.ksmodel.common.Severity;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;
import org.ksmodel.validation.Subject;

/**
 * The partnership rules on its planned and actual periods and whether they fit its status (IATI's
 * activity dates and ActivityStatus); none needs the dataset. "Today" is the validator's clock.
 */
final class PartnershipPeriodRules {
  private static final DataPath ACTUAL = DataPath.of("actualPeriod");
  private static final DataPath PLANNED = DataPath.of("plannedPeriod");

  private PartnershipPeriodRules() {}

  static List<Rule<?>> all() {
    return List.of(
        Rule.of(
            "partnership.period.missing",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipPeriodRules::hasPeriod),
        Rule.of(
            "partnership.completed.actualEnd",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipPeriodRules::completedHasEnd),
        Rule.of(
            "partnership.actualStart.missing",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipPeriodRules::startedHasStart),
        Rule.of(
            "partnership.planned.actualPeriod",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipPeriodRules::plannedHasNotStarted),
        Rule.of(
            "partnership.actualPeriod.future",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipPeriodRules::actualNotInFuture),
        Rule.of(
            "partnership.active.ended",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipPeriodRules::activeHasNotEnded),
        Rule.of(
            "partnership.cancelled.openEnded",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipPeriodRules::cancelledHasEnded),
        Rule.of(
            "partnership.period.disjoint",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipPeriodRules::planMeetsReality));
  }

  /**
   * IATI ruleset {@code atleast_one}: an activity has a planned or an actual start date. A period
   * with only an end does not count.
   */
  private static void hasPeriod(Partnership p, RuleContext context, Findings findings) {
    if (p.plannedStart().isEmpty() && p.actualStart().isEmpty()) {
      findings.report(DataPath.root());
    }
  }

  /** A completed partnership knows the day it ended (IATI: status 3 or 4 needs an actual end). */
  private static void completedHasEnd(Partnership p, RuleContext context, Findings findings) {
    if (p.status() != PartnershipStatus.COMPLETED) {
      return;
    }
    if (p.actualPeriod().isEmpty()) {
      findings.report(DataPath.root());
    } else if (p.actualEnd().isEmpty()) {
      findings.report(ACTUAL);
    }
  }

  /**
   * An ACTIVE or SUSPENDED partnership has started, so it knows when. (A COMPLETED one without an
   * actual period is {@code partnership.completed.actualEnd}'s finding; a CANCELLED one may have
   * been stopped before it started.)
   */
  private static void startedHasStart(Partnership p, RuleContext context, Findings findings) {
    boolean running =
        p.status() == PartnershipStatus.ACTIVE || p.status() == PartnershipStatus.SUSPENDED;
    if (running && p.actualStart().isEmpty()) {
      findings.report(DataPath.root(), p.status());
    }
  }

  /** A PLANNED partnership (IATI pipeline) has not started, so it has no actual period. */
  private static void plannedHasNotStarted(Partnership p, RuleContext context, Findings findings) {
    if (p.status() == PartnershipStatus.PLANNED && p.actualPeriod().isPresent()) {
      findings.report(ACTUAL, p.actualPeriod().get());
    }
  }

  /** IATI ruleset {@code date_order}: actual start and end dates are today or earlier. */
  private static void actualNotInFuture(Partnership p, RuleContext context, Findings findings) {
    if (p.actualPeriod().isEmpty()) {
      return;
    }
    Period actual = p.actualPeriod().get();
    LocalDate today = context.today();
    boolean future =
        actual.start().map(today::isBefore).orElse(false)
            || actual.end().map(today::isBefore).orElse(false);
    if (future) {
      findings.report(ACTUAL, actual, today);
    }
  }

  /** An ACTIVE partnership whose actual end has passed should be COMPLETED (or the end fixed). */
  private static void activeHasNotEnded(Partnership p, RuleContext context, Findings findings) {
    if (p.status() != PartnershipStatus.ACTIVE) {
      return;
    }
    Optional<LocalDate> end = p.actualEnd();
    if (end.isPresent() && end.get().isBefore(context.today())) {
      findings.report(ACTUAL, end.get());
    }
  }

  /** A CANCELLED partnership that had started stopped on some day: its actual period has an end. */
  private static void cancelledHasEnded(Partnership p, RuleContext context, Findings findings) {
    if (p.status() == PartnershipStatus.CANCELLED
        && p.actualStart().isPresent()
        && p.actualEnd().isEmpty()) {
      findings.report(ACTUAL, p.actualPeriod().get());
    }
  }

  /**
   * Planned and actual periods share at least one day: a plan that ended before the partnership
   * started (or began after it ended) is stale or holds a wrong date.
   */
  private static void planMeetsReality(Partnership p, RuleContext context, Findings findings) {
    if (p.plannedPeriod().isPresent()
        && p.actualPeriod().isPresent()
        && (before(p.plannedEnd(), p.actualStart()) || before(p.actualEnd(), p.plannedStart()))) {
      findings.report(PLANNED, p.plannedPeriod().get(), p.actualPeriod().get());
    }
  }

  /** Whether both days are known and the first is before the second. */
  private static boolean before(Optional<LocalDate> first, Optional<LocalDate> second) {
    return first.isPresent() && second.isPresent() && first.get().isBefore(second.get());
  }
}
