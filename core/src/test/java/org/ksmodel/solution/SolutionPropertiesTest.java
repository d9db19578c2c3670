package org.ksmodel.solution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.SolutionId;
import org.ksmodel.testkit.CommonGen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.Rng;
import org.ksmodel.testkit.SolutionGen;

/** Properties of generated solutions: the values behave, and the generators keep the rules. */
class SolutionPropertiesTest {
  private static final SolutionId ID = SolutionId.of("SOL-42");
  private static final InstitutionId OWNER = InstitutionId.of("XM-DAC-11111");
  private static final CountryCode ORIGIN = CountryCode.of("CO");
  private static final List<InstitutionId> OTHERS =
      List.of(
          InstitutionId.of("XM-DAC-22222"),
          InstitutionId.of("XM-DAC-33333"),
          InstitutionId.of("XM-DAC-44444"));

  @Test
  void copiesAreEqualWithTheSameHash() {
    Property.forAll(
        "solution copies",
        SolutionGen.any(),
        solution -> {
          Solution copy = Solution.builder().from(solution).build();
          assertThat(copy).isEqualTo(solution).hasSameHashCodeAs(solution);
          assertThat(copy.toString()).isEqualTo(solution.toString());
        });
  }

  @Test
  void partsRoundTripThroughTheirBuilders() {
    Property.forAll(
        "criterion assessment copies",
        SolutionGen.criterionAssessment(),
        a -> assertThat(CriterionAssessment.builder().from(a).build()).isEqualTo(a));
    Property.forAll(
        "score copies",
        SolutionGen.scoreWithoutPassMark(),
        s -> assertThat(Score.builder().from(s).build()).isEqualTo(s).hasSameHashCodeAs(s));
    Property.forAll(
        "product copies",
        SolutionGen.knowledgeProduct(),
        p -> assertThat(KnowledgeProduct.builder().from(p).build()).isEqualTo(p));
    Property.forAll(
        "adoption copies",
        SolutionGen.adoption(),
        a -> assertThat(Adoption.builder().from(a).build()).isEqualTo(a));
  }

  @Test
  void generatedSolutionsKeepTheSolutionRules() {
    Property.forAll("solution rules", SolutionGen.any(), SolutionPropertiesTest::keepsTheRules);
  }

  /** The entity-level rules (core/VALIDATION.md) for a solution. */
  static void keepsTheRules(Solution solution) {
    SolutionStage stage = solution.stage();
    if (stage.isAtLeast(SolutionStage.VALIDATED)) {
      assertThat(solution.criteriaAssessments()).isNotEmpty();
      assertThat(solution.mandatoryCriteriaMet()).isTrue();
      // Also under the plainer reading: every assessment marked mandatory is met.
      assertThat(solution.criteriaAssessments())
          .filteredOn(CriterionAssessment::mandatory)
          .allMatch(CriterionAssessment::isMet);
    }
    if (stage.isAtLeast(SolutionStage.PACKAGED)) {
      assertThat(solution.knowledgeProducts()).isNotEmpty();
    }
    if (stage == SolutionStage.SHARED) {
      assertThat(solution.adoptions()).isNotEmpty();
    }
    assertThat(solution.assessors()).doesNotContain(solution.owner());
    assertThat(CommonGen.SDG_TARGETS).containsAll(solution.sdgTargets());
    assertThat(CommonGen.SECTORS).containsAll(solution.sectors());
    assertThat(CommonGen.LANGUAGES).containsAll(solution.languages());
    assertThat(solution.criteriaAssessments())
        .extracting(CriterionAssessment::criterion)
        .doesNotHaveDuplicates();
    for (CriterionAssessment assessment : solution.criteriaAssessments()) {
      // A yes-or-no and a score never disagree in generated data.
      assessment
          .score()
          .flatMap(Score::isPassing)
          .ifPresent(passing -> assertThat(assessment.met().orElse(passing)).isEqualTo(passing));
    }
    for (Adoption adoption : solution.adoptions()) {
      assertThat(adoption.country()).isNotEqualTo(solution.originCountry());
      assertThat(adoption.year().getValue()).isBetween(2005, 2024);
      solution
          .period()
          .ifPresent(
              period ->
                  assertThat(adoption.year().getValue())
                      .isGreaterThanOrEqualTo(Math.min(period.start().getYear(), 2024)));
    }
  }

  @ParameterizedTest
  @EnumSource(SolutionStage.class)
  void atStageGivesThatStageWithFittingContent(SolutionStage stage) {
    Property.forAll(
        "solution at " + stage,
        SolutionGen.atStage(stage),
        solution -> {
          assertThat(solution.stage()).isEqualTo(stage);
          keepsTheRules(solution);
        });
  }

  @Test
  void solutionForGivenIdsUsesThemAndNeverLetsTheOwnerAssess() {
    List<InstitutionId> othersWithOwner =
        List.of(OWNER, OTHERS.get(0), OTHERS.get(1), OTHERS.get(2));
    Property.forAll(
        "solution with given ids",
        SolutionGen.solution(ID, OWNER, ORIGIN, othersWithOwner),
        solution -> {
          assertThat(solution.id()).isEqualTo(ID);
          assertThat(solution.owner()).isEqualTo(OWNER);
          assertThat(solution.originCountry()).isEqualTo(ORIGIN);
          assertThat(solution.assessors()).isSubsetOf(OTHERS);
          assertThat(solution.implementingInstitutions()).isSubsetOf(OTHERS);
          assertThat(solution.referencedPartnerships()).isEmpty();
          assertThat(solution.referencedInstitutions()).isSubsetOf(othersWithOwner).contains(OWNER);
          keepsTheRules(solution);
        });
  }

  @Test
  void withoutOtherInstitutionsTheStageStaysBelowValidated() {
    Set<SolutionStage> below =
        EnumSet.of(
            SolutionStage.IDENTIFIED,
            SolutionStage.DOCUMENTED,
            SolutionStage.NEEDS_REVISION,
            SolutionStage.REJECTED);
    Property.forAll(
        "solution without others",
        SolutionGen.solution(ID, OWNER, ORIGIN, List.of()),
        solution -> {
          assertThat(below).contains(solution.stage());
          assertThat(solution.referencedInstitutions()).containsExactly(OWNER);
          keepsTheRules(solution);
        });
  }

  @Test
  void aGivenStageWithoutOtherInstitutionsNamesNoAssessor() {
    Property.forAll(
        "shared solution without others",
        SolutionGen.solution(ID, OWNER, ORIGIN, List.of(), SolutionStage.SHARED),
        solution -> {
          assertThat(solution.stage()).isEqualTo(SolutionStage.SHARED);
          assertThat(solution.assessors()).isEmpty();
          keepsTheRules(solution);
        });
  }

  @Test
  void sentBackOrRejectedSolutionsMissAMandatoryCriterion() {
    for (SolutionStage stage : List.of(SolutionStage.NEEDS_REVISION, SolutionStage.REJECTED)) {
      Property.forAll(
          "unmet at " + stage,
          SolutionGen.atStage(stage),
          solution -> assertThat(solution.unmetMandatoryCriteria()).isNotEmpty());
    }
  }

  @Test
  void queriesAgreeWithTheData() {
    Property.forAll(
        "solution queries",
        SolutionGen.any(),
        solution -> {
          assertThat(solution.currentAssessments().keySet())
              .containsExactlyElementsOf(
                  solution.criteriaAssessments().stream()
                      .map(CriterionAssessment::criterion)
                      .distinct()
                      .toList());
          assertThat(solution.unmetMandatoryCriteria()).isSubsetOf(solution.mandatoryCriteria());
          int byType = 0;
          for (KnowledgeProductType type : KnowledgeProductType.values()) {
            byType += solution.knowledgeProducts(type).size();
          }
          assertThat(byType).isEqualTo(solution.knowledgeProducts().size());
          for (Adoption adoption : solution.adoptions()) {
            assertThat(solution.isAdoptedIn(adoption.country())).isTrue();
          }
          assertThat(solution.adoptedCountries())
              .hasSizeLessThanOrEqualTo(solution.adoptions().size());
          assertThat(solution.referencedInstitutions()).contains(solution.owner());
        });
  }

  @Test
  void generatorsCoverTheVariants() {
    List<Solution> solutions = SolutionGen.any().list(1_000, 1_000).next(Rng.seeded(7));
    for (SolutionStage stage : SolutionStage.values()) {
      assertThat(solutions).as(stage.name()).anyMatch(s -> s.stage() == stage);
    }
    assertThat(solutions)
        .anyMatch(
            s -> s.criteriaAssessments().stream().anyMatch(a -> a.defaultCriterion().isEmpty()));
    assertThat(solutions)
        .anyMatch(s -> s.criteriaAssessments().stream().anyMatch(a -> a.score().isPresent()));
    assertThat(solutions)
        .anyMatch(s -> s.criteriaAssessments().stream().anyMatch(a -> a.verdict().isEmpty()));
    assertThat(solutions).anyMatch(s -> !s.assessors().isEmpty());
    assertThat(solutions)
        .anyMatch(s -> s.adoptions().stream().anyMatch(a -> a.institution().isPresent()));
    assertThat(solutions).anyMatch(s -> s.period().isPresent());
    assertThat(solutions)
        .anyMatch(s -> s.stage() == SolutionStage.DOCUMENTED && !s.mandatoryCriteriaMet());
  }
}
