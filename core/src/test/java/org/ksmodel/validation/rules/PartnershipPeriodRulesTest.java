package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.PartnershipRulesTest.alone;
import static org.ksmodel.validation.rules.PartnershipRulesTest.copy;
import static org.ksmodel.validation.rules.PartnershipRulesTest.partnership;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.Severity;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.validation.ValidationReport;

/** The partnership rules on periods and status; the validator's today is 2025-01-01. */
class PartnershipPeriodRulesTest {
  private static final DateRange CLOSED =
      DateRange.ofClosed(LocalDate.of(2023, 2, 1), LocalDate.of(2024, 6, 30));

  private static Partnership completed() {
    return copy().status(PartnershipStatus.COMPLETED).actualPeriod(CLOSED).build();
  }

  // partnership.period.missing

  @Test
  void aPartnershipWithoutAnyPeriodIsReported() {
    Partnership p =
        copy()
            .status(PartnershipStatus.PLANNED)
            .plannedPeriod(Optional.empty())
            .actualPeriod(Optional.empty())
            .build();
    assertFires(alone(p), "partnership.period.missing", Severity.ERROR, "");
  }

  @Test
  void anActualPeriodAloneIsEnough() {
    Partnership p = copy().plannedPeriod(Optional.empty()).build();
    assertSilent(alone(p), "partnership.period.missing");
  }

  // partnership.completed.actualEnd

  @Test
  void aCompletedPartnershipWithAnOpenActualPeriodIsReported() {
    Partnership p = copy().status(PartnershipStatus.COMPLETED).build();
    assertFires(alone(p), "partnership.completed.actualEnd", Severity.ERROR, "/actualPeriod");
  }

  @Test
  void aCompletedPartnershipWithoutActualPeriodIsReportedAtTheRoot() {
    Partnership p =
        copy().status(PartnershipStatus.COMPLETED).actualPeriod(Optional.empty()).build();
    assertFires(alone(p), "partnership.completed.actualEnd", Severity.ERROR, "");
  }

  @Test
  void aCompletedPartnershipWithAnActualEndIsFine() {
    assertSilent(alone(completed()), "partnership.completed.actualEnd");
  }

  // partnership.actualStart.missing

  @Test
  void anActivePartnershipWithoutActualPeriodIsReported() {
    Partnership p = copy().actualPeriod(Optional.empty()).build();
    ValidationReport report = alone(p);
    assertFires(report, "partnership.actualStart.missing", Severity.WARNING, "");
    assertThat(report.violations("partnership.actualStart.missing").get(0).arguments())
        .containsExactly("ACTIVE");
  }

  @Test
  void aCancelledPartnershipMayNeverHaveStarted() {
    Partnership p =
        copy()
            .status(PartnershipStatus.CANCELLED)
            .actualPeriod(Optional.empty())
            .activities(List.of())
            .build();
    assertSilent(alone(p), "partnership.actualStart.missing");
    assertSilent(alone(partnership()), "partnership.actualStart.missing");
  }

  // partnership.planned.actualPeriod

  @Test
  void aPlannedPartnershipWithAnActualPeriodIsReported() {
    Partnership p = copy().status(PartnershipStatus.PLANNED).build();
    assertFires(alone(p), "partnership.planned.actualPeriod", Severity.ERROR, "/actualPeriod");
  }

  @Test
  void aPlannedPartnershipWithOnlyAPlanIsFine() {
    Partnership p = copy().status(PartnershipStatus.PLANNED).actualPeriod(Optional.empty()).build();
    assertSilent(alone(p), "partnership.planned.actualPeriod");
  }

  // partnership.actualPeriod.future

  @Test
  void anActualStartAfterTodayIsReported() {
    Partnership p =
        copy()
            .actualPeriod(DateRange.startingOn(LocalDate.of(2025, 1, 2)))
            .activities(List.of())
            .build();
    ValidationReport report = alone(p);
    assertFires(report, "partnership.actualPeriod.future", Severity.ERROR, "/actualPeriod");
    assertThat(report.violations("partnership.actualPeriod.future").get(0).arguments())
        .containsExactly("2025-01-02/..", "2025-01-01");
  }

  @Test
  void anActualEndAfterTodayIsReported() {
    Partnership p =
        copy()
            .status(PartnershipStatus.COMPLETED)
            .actualPeriod(DateRange.ofClosed(LocalDate.of(2023, 2, 1), LocalDate.of(2025, 6, 30)))
            .build();
    assertFires(alone(p), "partnership.actualPeriod.future", Severity.ERROR, "/actualPeriod");
  }

  @Test
  void anActualPeriodThatEndsTodayIsFine() {
    Partnership p =
        copy()
            .status(PartnershipStatus.COMPLETED)
            .actualPeriod(DateRange.ofClosed(LocalDate.of(2023, 2, 1), RuleTesting.TODAY))
            .build();
    assertSilent(alone(p), "partnership.actualPeriod.future");
    assertSilent(alone(partnership()), "partnership.actualPeriod.future");
  }

  // partnership.active.ended

  @Test
  void anActivePartnershipWhoseEndHasPassedIsReported() {
    Partnership p = copy().actualPeriod(CLOSED).build();
    assertFires(alone(p), "partnership.active.ended", Severity.WARNING, "/actualPeriod");
  }

  @Test
  void anActivePartnershipThatEndsTodayIsFine() {
    Partnership p =
        copy()
            .actualPeriod(DateRange.ofClosed(LocalDate.of(2023, 2, 1), RuleTesting.TODAY))
            .build();
    assertSilent(alone(p), "partnership.active.ended");
    assertSilent(alone(completed()), "partnership.active.ended");
  }

  // partnership.cancelled.openEnded

  @Test
  void aCancelledPartnershipThatNeverStoppedIsReported() {
    Partnership p = copy().status(PartnershipStatus.CANCELLED).build();
    assertFires(alone(p), "partnership.cancelled.openEnded", Severity.WARNING, "/actualPeriod");
  }

  @Test
  void aCancelledPartnershipWithAnEndIsFine() {
    Partnership p = copy().status(PartnershipStatus.CANCELLED).actualPeriod(CLOSED).build();
    assertSilent(alone(p), "partnership.cancelled.openEnded");
  }

  // partnership.period.disjoint

  @Test
  void aPlanThatEndedBeforeTheStartIsReported() {
    Partnership p =
        copy()
            .plannedPeriod(DateRange.ofClosed(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)))
            .build();
    ValidationReport report = alone(p);
    assertFires(report, "partnership.period.disjoint", Severity.WARNING, "/plannedPeriod");
    assertThat(report.violations("partnership.period.disjoint").get(0).arguments())
        .containsExactly("2020-01-01/2022-12-31", "2023-02-01/..");
  }

  @Test
  void aPlanThatBeganAfterTheEndIsReported() {
    Partnership p =
        Partnership.builder()
            .from(completed())
            .plannedPeriod(DateRange.ofClosed(LocalDate.of(2024, 7, 1), LocalDate.of(2026, 6, 30)))
            .build();
    assertFires(alone(p), "partnership.period.disjoint", Severity.WARNING, "/plannedPeriod");
  }

  @Test
  void overlappingPeriodsAreFine() {
    assertSilent(alone(partnership()), "partnership.period.disjoint");
  }
}
