package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.PartnershipRulesTest.alone;
import static org.ksmodel.validation.rules.PartnershipRulesTest.copy;
import static org.ksmodel.validation.rules.PartnershipRulesTest.design;
import static org.ksmodel.validation.rules.PartnershipRulesTest.partnership;
import static org.ksmodel.validation.rules.PartnershipRulesTest.studyTour;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Severity;
import org.ksmodel.partnership.CapacityArea;
import org.ksmodel.partnership.ChangeObjective;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.Design;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.ExchangeInstrument;
import org.ksmodel.partnership.Location;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.validation.ValidationReport;

/** The partnership rules on exchange activities and design. */
class PartnershipActivityRulesTest {
  private static ExchangeActivity activityOn(LocalDate start, LocalDate end) {
    return ExchangeActivity.builder()
        .from(studyTour())
        .period(DateRange.ofClosed(start, end))
        .build();
  }

  private static Partnership withActivity(ExchangeActivity activity) {
    return copy().addActivities(activity).build();
  }

  // partnership.activity.period

  @Test
  void anActivityBeforeTheActualStartIsReported() {
    // Inside the planned period (from 2023-01-01) but before the actual start (2023-02-01).
    Partnership p = withActivity(activityOn(LocalDate.of(2023, 1, 20), LocalDate.of(2023, 1, 22)));
    ValidationReport report = alone(p);
    assertFires(report, "partnership.activity.period", Severity.ERROR, "/activities/1/period");
    assertThat(report.violations("partnership.activity.period").get(0).arguments())
        .containsExactly("2023-01-20/2023-01-22", "actual", "2023-02-01/..");
  }

  @Test
  void anActivityAfterThePlannedEndOfAPartnershipThatRunsOnIsFine() {
    Partnership p = withActivity(activityOn(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5)));
    assertSilent(alone(p), "partnership.activity.period");
  }

  @Test
  void withoutActualPeriodThePlannedOneCounts() {
    Partnership p =
        copy()
            .status(PartnershipStatus.PLANNED)
            .actualPeriod(Optional.empty())
            .addActivities(activityOn(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5)))
            .build();
    assertFires(alone(p), "partnership.activity.period", Severity.ERROR, "/activities/1/period");
  }

  @Test
  void anActivityPastTheActualEndIsReported() {
    Partnership p =
        copy()
            .status(PartnershipStatus.COMPLETED)
            .actualPeriod(DateRange.ofClosed(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 5, 12)))
            .build();
    assertFires(alone(p), "partnership.activity.period", Severity.ERROR, "/activities/0/period");
  }

  @Test
  void anActivityInsideThePeriodIsFine() {
    assertSilent(alone(partnership()), "partnership.activity.period");
  }

  // partnership.activity.outcomes

  @Test
  void anActivityWithoutOutcomeIsReported() {
    ExchangeActivity aimless =
        ExchangeActivity.builder().from(studyTour()).targetedOutcomes(List.of()).build();
    assertFires(
        alone(withActivity(aimless)),
        "partnership.activity.outcomes",
        Severity.ERROR,
        "/activities/1/targetedOutcomes");
  }

  @Test
  void anActivityWithAnOutcomeIsFine() {
    assertSilent(alone(partnership()), "partnership.activity.outcomes");
  }

  // partnership.activity.participantCount.zero

  @Test
  void anActivityWithNoParticipantsIsReported() {
    ExchangeActivity empty =
        ExchangeActivity.builder().from(studyTour()).participantCount(0).build();
    assertFires(
        alone(withActivity(empty)),
        "partnership.activity.participantCount.zero",
        Severity.WARNING,
        "/activities/1/participantCount");
  }

  @Test
  void anActivityWithoutACountOrWithParticipantsIsFine() {
    ExchangeActivity uncounted =
        ExchangeActivity.builder().from(studyTour()).participantCount(Optional.empty()).build();
    assertSilent(alone(withActivity(uncounted)), "partnership.activity.participantCount.zero");
  }

  // partnership.activity.country.unknown

  @Test
  void anUnknownLocationCountryIsReported() {
    ExchangeActivity nowhere =
        ExchangeActivity.builder()
            .from(studyTour())
            .location(Location.of(CountryCode.of("QQ")))
            .build();
    assertFires(
        alone(withActivity(nowhere)),
        "partnership.activity.country.unknown",
        Severity.ERROR,
        "/activities/1/location/country");
  }

  @Test
  void aKnownLocationCountryIsFine() {
    ExchangeActivity kosovo =
        ExchangeActivity.builder()
            .from(studyTour())
            .location(Location.of(CountryCode.of("XK")))
            .build();
    assertSilent(alone(withActivity(kosovo)), "partnership.activity.country.unknown");
  }

  // partnership.activity.location.missing

  @Test
  void aFaceToFaceActivityWithoutLocationIsReported() {
    ExchangeActivity somewhere =
        ExchangeActivity.builder().from(studyTour()).location(Optional.empty()).build();
    assertFires(
        alone(withActivity(somewhere)),
        "partnership.activity.location.missing",
        Severity.WARNING,
        "/activities/1");
  }

  @Test
  void aVirtualActivityNeedsNoLocation() {
    ExchangeActivity online =
        ExchangeActivity.builder()
            .from(studyTour())
            .instrument(ExchangeInstrument.VIDEO_CONFERENCE)
            .delivery(Delivery.VIRTUAL)
            .location(Optional.empty())
            .build();
    assertSilent(alone(withActivity(online)), "partnership.activity.location.missing");
  }

  // partnership.activity.delivery

  @Test
  void aVideoConferenceFaceToFaceIsReported() {
    ExchangeActivity odd =
        ExchangeActivity.builder()
            .from(studyTour())
            .instrument(ExchangeInstrument.VIDEO_CONFERENCE)
            .build();
    assertFires(
        alone(withActivity(odd)),
        "partnership.activity.delivery",
        Severity.WARNING,
        "/activities/1/delivery");
  }

  @Test
  void aBlendedVideoConferenceIsFine() {
    ExchangeActivity blended =
        ExchangeActivity.builder()
            .from(studyTour())
            .instrument(ExchangeInstrument.VIDEO_CONFERENCE)
            .delivery(Delivery.BLENDED)
            .build();
    assertSilent(alone(withActivity(blended)), "partnership.activity.delivery");
  }

  // partnership.cancelled.activities

  private static Partnership cancelledBeforeStart() {
    return copy()
        .status(PartnershipStatus.CANCELLED)
        .actualPeriod(Optional.empty())
        .activities(List.of(activityOn(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 3))))
        .build();
  }

  @Test
  void aCancelledPartnershipWithAnActivityAfterTodayIsReported() {
    Partnership p =
        Partnership.builder()
            .from(cancelledBeforeStart())
            .addActivities(activityOn(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 3)))
            .build();
    ValidationReport report = alone(p);
    assertFires(
        report, "partnership.cancelled.activities", Severity.WARNING, "/activities/1/period");
    assertThat(report.violations("partnership.cancelled.activities").get(0).arguments())
        .containsExactly("2025-03-01/2025-03-03", "2025-01-01");
  }

  @Test
  void activitiesAfterAnActualEndAreLeftToThePeriodRule() {
    Partnership p =
        copy()
            .status(PartnershipStatus.CANCELLED)
            .actualPeriod(DateRange.ofClosed(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 12, 31)))
            .addActivities(activityOn(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 3)))
            .build();
    ValidationReport report = alone(p);
    assertSilent(report, "partnership.cancelled.activities");
    assertFires(report, "partnership.activity.period", Severity.ERROR, "/activities/1/period");
  }

  @Test
  void aCancelledPartnershipWithPastActivitiesOnlyIsFine() {
    assertSilent(alone(cancelledBeforeStart()), "partnership.cancelled.activities");
  }

  @Test
  void aSuspendedPartnershipKeepsItsLaterActivities() {
    Partnership p =
        copy()
            .status(PartnershipStatus.SUSPENDED)
            .addActivities(activityOn(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 3)))
            .build();
    assertSilent(alone(p), "partnership.cancelled.activities");
  }

  // partnership.design.missing

  @Test
  void anActivePartnershipWithoutDesignIsReportedAtTheRoot() {
    Partnership p = copy().design(Optional.empty()).build();
    ValidationReport report = alone(p);
    assertFires(report, "partnership.design.missing", Severity.WARNING, "");
    assertThat(report.violations("partnership.design.missing").get(0).arguments())
        .containsExactly("ACTIVE", "design");
  }

  @Test
  void aDesignWithoutGoalOrObjectiveIsReportedForEach() {
    Partnership p =
        copy()
            .status(PartnershipStatus.SUSPENDED)
            .design(
                Design.builder()
                    .addInstitutionalChallenges(LocalizedText.of("No registry"))
                    .build())
            .build();
    assertFires(
        alone(p),
        "partnership.design.missing",
        Severity.WARNING,
        "/design",
        "/design/changeObjectives");
  }

  @Test
  void aCancelledPartnershipThatHadStartedNeedsADesign() {
    Partnership p =
        copy()
            .status(PartnershipStatus.CANCELLED)
            .actualPeriod(DateRange.ofClosed(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 12, 31)))
            .design(Optional.empty())
            .build();
    assertFires(alone(p), "partnership.design.missing", Severity.WARNING, "");
  }

  @Test
  void aPlannedOrNeverStartedPartnershipMayStillLackADesign() {
    Partnership planned =
        copy()
            .status(PartnershipStatus.PLANNED)
            .actualPeriod(Optional.empty())
            .design(Optional.empty())
            .build();
    assertSilent(alone(planned), "partnership.design.missing");
    Partnership cancelledEarly =
        Partnership.builder().from(cancelledBeforeStart()).design(Optional.empty()).build();
    assertSilent(alone(cancelledEarly), "partnership.design.missing");
    assertSilent(alone(partnership()), "partnership.design.missing");
  }

  // partnership.design.objectiveOutcomes

  @Test
  void aChangeObjectiveWithoutOutcomeIsReported() {
    ChangeObjective vague =
        ChangeObjective.builder()
            .description(LocalizedText.of("Better policies"))
            .capacityArea(CapacityArea.POLICY_INSTRUMENTS)
            .build();
    Partnership p =
        copy().design(Design.builder().from(design()).addChangeObjectives(vague).build()).build();
    ValidationReport report = alone(p);
    assertFires(
        report,
        "partnership.design.objectiveOutcomes",
        Severity.WARNING,
        "/design/changeObjectives/1/targetedOutcomes");
    assertThat(report.violations("partnership.design.objectiveOutcomes").get(0).arguments())
        .containsExactly("POLICY_INSTRUMENTS");
  }

  @Test
  void changeObjectivesWithOutcomesAreFine() {
    assertSilent(alone(partnership()), "partnership.design.objectiveOutcomes");
  }
}
