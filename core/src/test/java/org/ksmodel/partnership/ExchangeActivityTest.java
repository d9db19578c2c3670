package org.ksmodel.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.testkit.Invariants.assertInvalid;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.result.IntermediateOutcome;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.Property;

class ExchangeActivityTest {
  private static final DateRange WEEK =
      DateRange.ofClosed(LocalDate.of(2019, 5, 6), LocalDate.of(2019, 5, 10));

  private static ExchangeActivity.Builder studyTour() {
    return ExchangeActivity.builder()
        .instrument(ExchangeInstrument.STUDY_TOUR)
        .delivery(Delivery.FACE_TO_FACE)
        .period(WEEK)
        .location(Location.of(CountryCode.of("MX"), "Mexico City"))
        .participantCount(12)
        .addTargetedOutcomes(IntermediateOutcome.NEW_KNOWLEDGE);
  }

  @Test
  void aNegativeParticipantCountIsMeaningless() {
    assertInvalid(
        () -> studyTour().participantCount(-1).build(),
        "activity.participantCount.negative",
        "/participantCount");
  }

  @Test
  void zeroParticipantsAndNoTargetedOutcomeStillConstruct() {
    ExchangeActivity empty = studyTour().participantCount(0).targetedOutcomes(Set.of()).build();
    assertThat(empty.participantCount()).contains(0);
    assertThat(empty.targetedOutcomes()).isEmpty();
  }

  @Test
  void roundTripOfGeneratedActivities() {
    Property.forAll(
        "activity round trip",
        PartnershipGen.activity(WEEK),
        a -> {
          assertThat(ExchangeActivity.builder().from(a).build()).isEqualTo(a);
          assertThat(WEEK.encloses(a.period())).isTrue();
        });
  }

  @Test
  void equalityAndHashing() {
    new EqualsTester()
        .addEqualityGroup(studyTour().build(), studyTour().build())
        .addEqualityGroup(studyTour().delivery(Delivery.BLENDED).build())
        .addEqualityGroup(
            studyTour().addTargetedOutcomes(IntermediateOutcome.ENHANCED_SKILLS).build())
        .addEqualityGroup(studyTour().location(Location.of(CountryCode.of("MX"))).build())
        .testEquals();
  }

  @Test
  void locationFactoriesRejectNulls() {
    new NullPointerTester()
        .setDefault(CountryCode.class, CountryCode.of("CO"))
        .testAllPublicStaticMethods(Location.class);
    assertThat(Location.of(CountryCode.of("CO")).place()).isEmpty();
  }
}
