package org.ksmodel.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.result.IntermediateOutcome;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.Property;

class DesignTest {
  private static ChangeObjective objective(CapacityArea area, IntermediateOutcome... outcomes) {
    return ChangeObjective.builder()
        .description(LocalizedText.of("a single registry of beneficiaries"))
        .capacityArea(area)
        .addTargetedOutcomes(outcomes)
        .build();
  }

  @Test
  void allTargetedOutcomesUnitesTheChangeObjectivesInEnumOrder() {
    Design design =
        Design.builder()
            .developmentGoal(LocalizedText.of("Reduce extreme poverty"))
            .addChangeObjectives(
                objective(
                    CapacityArea.POLICY_INSTRUMENTS,
                    IntermediateOutcome.NEW_AND_IMPROVED_ACTIONS,
                    IntermediateOutcome.NEW_KNOWLEDGE))
            .addChangeObjectives(
                objective(
                    CapacityArea.STAKEHOLDER_OWNERSHIP,
                    IntermediateOutcome.IMPROVED_CONSENSUS,
                    IntermediateOutcome.NEW_KNOWLEDGE))
            .build();
    assertThat(design.allTargetedOutcomes())
        .containsExactly(
            IntermediateOutcome.NEW_KNOWLEDGE,
            IntermediateOutcome.IMPROVED_CONSENSUS,
            IntermediateOutcome.NEW_AND_IMPROVED_ACTIONS);
  }

  @Test
  void anEmptyDesignConstructs() {
    Design empty = Design.builder().build();
    assertThat(empty.developmentGoal()).isEmpty();
    assertThat(empty.allTargetedOutcomes()).isEmpty();
  }

  @Test
  void roundTripAndEquality() {
    Property.forAll(
        "design round trip",
        PartnershipGen.design(),
        d -> assertThat(Design.builder().from(d).build()).isEqualTo(d).hasSameHashCodeAs(d));
    ChangeObjective a =
        objective(CapacityArea.POLICY_INSTRUMENTS, IntermediateOutcome.NEW_KNOWLEDGE);
    new EqualsTester()
        .addEqualityGroup(a, ChangeObjective.builder().from(a).build())
        .addEqualityGroup(
            objective(CapacityArea.ORGANISATIONAL_ARRANGEMENTS, IntermediateOutcome.NEW_KNOWLEDGE))
        .addEqualityGroup(
            objective(CapacityArea.POLICY_INSTRUMENTS, IntermediateOutcome.ENHANCED_SKILLS))
        .testEquals();
  }
}
