package org.ksmodel.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.Period;
import org.ksmodel.common.SolutionId;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.Rng;

/** The generated partnerships keep the entity-level rules of core/VALIDATION.md. */
class PartnershipGenTest {
  private static final InstitutionId A = InstitutionId.of("A");
  private static final InstitutionId B = InstitutionId.of("B");
  private static final InstitutionId C = InstitutionId.of("C");

  /** The entity-level rules a generated partnership must keep, as messages when broken. */
  static List<String> brokenRules(Partnership p) {
    List<String> broken = new ArrayList<>();
    Set<InstitutionId> providers = p.institutionsWithRole(Role.PROVIDER);
    Set<InstitutionId> recipients = p.institutionsWithRole(Role.RECIPIENT);
    if (p.institutionIds().size() < 2) {
      broken.add("fewer than two institutions");
    }
    if (providers.isEmpty() || recipients.isEmpty()) {
      broken.add("no provider or no recipient");
    }
    if (p.modality() == Modality.TRIANGULAR
        && p.institutionsWithRole(Role.FACILITATOR).stream()
            .allMatch(f -> providers.contains(f) || recipients.contains(f))) {
      broken.add("triangular without a separate facilitator");
    }
    if (p.modality() == Modality.REGIONAL && p.institutionIds().size() < 3) {
      broken.add("regional with fewer than three institutions");
    }
    for (ExchangeActivity activity : p.activities()) {
      for (DateRange period :
          List.of(p.plannedPeriod(), p.actualPeriod()).stream()
              .flatMap(Optional::stream)
              .flatMap(period -> period.range().stream())
              .toList()) {
        if (!period.encloses(activity.period())) {
          broken.add("activity " + activity.period() + " outside " + period);
        }
      }
      if (activity.targetedOutcomes().isEmpty()) {
        broken.add("activity without targeted outcome");
      }
    }
    if (p.status() != PartnershipStatus.PLANNED
        && !p.design()
            .filter(d -> d.developmentGoal().isPresent() && !d.changeObjectives().isEmpty())
            .isPresent()) {
      broken.add("past PLANNED without development goal and change objective");
    }
    if (p.status() == PartnershipStatus.COMPLETED
        && p.actualEnd().filter(end -> end.isBefore(PartnershipGen.TODAY)).isEmpty()) {
      broken.add("completed without a past actual end");
    }
    if (p.actualStart().filter(a -> !a.isBefore(PartnershipGen.TODAY)).isPresent()) {
      broken.add("actual period starting after today");
    }
    if (p.status() == PartnershipStatus.PLANNED
        && (p.actualPeriod().isPresent()
            || p.plannedStart().orElseThrow().isBefore(PartnershipGen.TODAY))) {
      broken.add("planned partnership that has started");
    }
    if (p.parent().isPresent()) {
      broken.add("parent it cannot know");
    }
    return broken;
  }

  @Test
  void generatedPartnershipsKeepTheRules() {
    Property.forAll(
        "partnerships keep the rules",
        PartnershipGen.any(),
        p -> assertThat(brokenRules(p)).isEmpty());
  }

  @ParameterizedTest
  @EnumSource(Modality.class)
  void eachModalityKeepsTheRules(Modality modality) {
    Property.forAll(
        "partnerships of " + modality,
        PartnershipGen.any(modality),
        p -> {
          assertThat(p.modality()).isEqualTo(modality);
          assertThat(brokenRules(p)).isEmpty();
        });
  }

  @Test
  void everyTriangularPartnershipHasAFacilitatorBesidesProviderAndRecipient() {
    Property.forAll(
        "triangular facilitator",
        PartnershipGen.any(Modality.TRIANGULAR),
        p ->
            assertThat(p.participations())
                .anySatisfy(
                    part -> {
                      assertThat(part.roles()).contains(Role.FACILITATOR);
                      assertThat(part.roles()).doesNotContain(Role.PROVIDER, Role.RECIPIENT);
                    }));
  }

  @Test
  void theGeneratorCoversEveryStatusAndReverseLinkagesHaveABroker() {
    Set<PartnershipStatus> statuses = new HashSet<>();
    Property.forAll(
        "statuses and agreements",
        PartnershipGen.any(),
        p -> {
          statuses.add(p.status());
          if (p.agreement().filter(AgreementType.REVERSE_LINKAGE::equals).isPresent()) {
            assertThat(p.institutionsWithRole(Role.FACILITATOR)).isNotEmpty();
          }
        });
    assertThat(statuses).containsExactlyInAnyOrder(PartnershipStatus.values());
  }

  @Test
  void theCallerControlsIdsModalityPartiesAndSolutions() {
    PartnershipId id = PartnershipId.of("P-42");
    List<SolutionId> solutions = List.of(SolutionId.of("S1"), SolutionId.of("S2"));
    Property.forAll(
        "caller's parties",
        PartnershipGen.partnership(
            id, Modality.NORTH_SOUTH, List.of(A), List.of(B, C), List.of(), solutions),
        p -> {
          assertThat(p.id()).isEqualTo(id);
          assertThat(p.solutions()).isEqualTo(solutions);
          assertThat(p.institutionIds()).containsExactly(A, B, C);
          assertThat(p.institutionsWithRole(Role.PROVIDER)).containsExactly(A);
          // A party after the first of its list may be published with IATI roles only.
          assertThat(p.institutionsWithRole(Role.RECIPIENT)).startsWith(B).isSubsetOf(B, C);
          Participation c = p.participations().get(2);
          assertThat(c.has(Role.RECIPIENT) || (c.roles().isEmpty() && c.hasIatiRole("2"))).isTrue();
          assertThat(brokenRules(p)).isEmpty();
        });
  }

  @Test
  void anInstitutionInTwoListsHoldsBothRolesInOneParticipation() {
    Partnership p =
        PartnershipGen.partnership(
                PartnershipId.of("P"),
                Modality.DOMESTIC,
                List.of(A),
                List.of(A, B),
                List.of(),
                List.of())
            .next(Rng.seeded(1));
    assertThat(p.participations()).hasSize(2);
    assertThat(p.hasRole(A, Role.PROVIDER) && p.hasRole(A, Role.RECIPIENT)).isTrue();
  }

  @Test
  void partiesThatCannotMakeAValidPartnershipAreRefused() {
    PartnershipId id = PartnershipId.of("P");
    assertThatThrownBy(
            () ->
                PartnershipGen.partnership(
                    id, Modality.SOUTH_SOUTH, List.of(A), List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                PartnershipGen.partnership(
                    id, Modality.DOMESTIC, List.of(A), List.of(A), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                PartnershipGen.partnership(
                    id, Modality.REGIONAL, List.of(A), List.of(B), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                PartnershipGen.partnership(
                    id, Modality.TRIANGULAR, List.of(A), List.of(B), List.of(B), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theWindowLiesInsideBothPeriods() {
    Property.forAll(
        "window",
        PartnershipGen.any(),
        p -> {
          DateRange window = PartnershipGen.window(p).orElseThrow();
          p.plannedPeriod()
              .flatMap(Period::range)
              .ifPresent(planned -> assertThat(planned.encloses(window)).isTrue());
          p.plannedEnd()
              .ifPresent(
                  end ->
                      assertThat(window.end())
                          .hasValueSatisfying(e -> assertThat(e).isBeforeOrEqualTo(end)));
          p.actualPeriod()
              .flatMap(Period::range)
              .ifPresent(a -> assertThat(a.encloses(window)).isTrue());
        });
  }
}
