package org.ksmodel.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ksmodel.testkit.Invariants.assertInvalid;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SolutionId;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.Rng;

class PartnershipTest {
  private static final InstitutionId APC = InstitutionId.of("CO-NIT-900055813");
  private static final InstitutionId SEDESOL = InstitutionId.of("MX-SEDESOL");
  private static final InstitutionId ISDB = InstitutionId.of("XM-DAC-46005");
  private static final DateRange PLANNED =
      DateRange.ofClosed(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31));

  private static Partnership.Builder triangular() {
    return Partnership.builder()
        .id(PartnershipId.of("P-1"))
        .title(LocalizedText.of("Social protection registries"))
        .modality(Modality.TRIANGULAR)
        .form(PartnershipForm.PROJECT)
        .addParticipations(Participation.of(APC, Role.RECIPIENT))
        .addParticipations(Participation.of(SEDESOL, Role.PROVIDER, Role.IMPLEMENTER))
        .addParticipations(Participation.of(ISDB, Role.FACILITATOR, Role.FUNDER))
        .addSolutions(SolutionId.of("SOL-1"))
        .status(PartnershipStatus.ACTIVE)
        .plannedPeriod(PLANNED);
  }

  @Test
  void builderRoundTripOfGeneratedPartnerships() {
    Property.forAll(
        "partnership round trip",
        PartnershipGen.any(),
        p -> assertThat(Partnership.builder().from(p).build()).isEqualTo(p).hasSameHashCodeAs(p));
  }

  @Test
  void equalityAndHashing() {
    Partnership p = triangular().build();
    new EqualsTester()
        .addEqualityGroup(p, triangular().build(), Partnership.builder().from(p).build())
        .addEqualityGroup(triangular().status(PartnershipStatus.COMPLETED).build())
        .addEqualityGroup(triangular().title(LocalizedText.of("Other")).build())
        .addEqualityGroup(triangular().parent(PartnershipId.of("PROG-1")).build())
        .addEqualityGroup(PartnershipGen.any().next(Rng.seeded(7)))
        .testEquals();
  }

  @Test
  void aPartnershipCannotBeItsOwnParent() {
    assertInvalid(
        () -> triangular().parent(PartnershipId.of("P-1")).build(),
        "partnership.parent.self",
        "/parent");
  }

  @Test
  void requiredAttributesAreNamedWhenMissing() {
    assertInvalid(
        () -> Partnership.builder().id(PartnershipId.of("P-2")).build(),
        "value.required",
        "/title");
  }

  @Test
  void collectionsAreUnmodifiable() {
    Partnership p = triangular().build();
    assertThatThrownBy(() -> p.participations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> p.institutionIds().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void queriesByRole() {
    Partnership p = triangular().addParticipations(Participation.of(APC, Role.IMPLEMENTER)).build();
    assertThat(p.institutionIds()).containsExactly(APC, SEDESOL, ISDB);
    assertThat(p.institutionsWithRole(Role.PROVIDER)).containsExactly(SEDESOL);
    assertThat(p.institutionsWithRole(Role.IMPLEMENTER)).containsExactly(SEDESOL, APC);
    assertThat(p.institutionsWithRole(Role.FUNDER)).containsExactly(ISDB);
    assertThat(p.hasRole(ISDB, Role.FACILITATOR)).isTrue();
    assertThat(p.hasRole(ISDB, Role.RECIPIENT)).isFalse();
    assertThat(p.hasRole(APC, Role.IMPLEMENTER)).as("second entry counts").isTrue();
    assertThat(p.hasRole(InstitutionId.of("NOBODY"), Role.PROVIDER)).isFalse();
  }

  @Test
  void aPartnershipWithoutParticipantsAnswersEmpty() {
    Partnership p = triangular().participations(List.of()).build();
    assertThat(p.institutionIds()).isEmpty();
    assertThat(p.institutionsWithRole(Role.PROVIDER)).isEmpty();
    assertThat(p.hasRole(APC, Role.RECIPIENT)).isFalse();
  }

  @Test
  void periodPrefersTheActualPeriod() {
    DateRange actual = DateRange.startingOn(LocalDate.of(2019, 3, 1));
    assertThat(triangular().build().period()).contains(PLANNED);
    assertThat(triangular().actualPeriod(actual).build().period()).contains(actual);
    assertThat(triangular().plannedPeriod(Optional.empty()).build().period()).isEmpty();
  }
}
