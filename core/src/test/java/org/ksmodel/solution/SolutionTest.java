package org.ksmodel.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;

class SolutionTest {
  private static final InstitutionId SEDESOL = InstitutionId.of("MX-RFC-SDS920527AAA");
  private static final InstitutionId APC = InstitutionId.of("CO-RUE-900484852");
  private static final InstitutionId MIDIS = InstitutionId.of("PE-RUC-20545565359");
  private static final CountryCode MEXICO = CountryCode.of("MX");
  private static final CountryCode PERU = CountryCode.of("PE");
  private static final CountryCode COLOMBIA = CountryCode.of("CO");

  static Solution oportunidades() {
    return Solution.builder()
        .id(SolutionId.of("SOL-OPORTUNIDADES"))
        .title(LocalizedText.of("Conditional cash transfers for families in extreme poverty"))
        .challenge(LocalizedText.of("Poverty passed on from one generation to the next"))
        .description(LocalizedText.of("Cash paid to mothers on condition of school and clinic"))
        .originCountry(MEXICO)
        .owner(SEDESOL)
        .period(DateRange.ofClosed(LocalDate.of(1997, 8, 1), LocalDate.of(2014, 9, 4)))
        .addSectors(SectorCode.of("16010"))
        .addSdgTargets(SdgTarget.of("1.3"))
        .stage(SolutionStage.SHARED)
        .build();
  }

  private static CriterionAssessment assessment(
      Criterion criterion, boolean mandatory, boolean met, LocalDate date) {
    CriterionAssessment.Builder builder =
        CriterionAssessment.builder().criterion(criterion).mandatory(mandatory).met(met);
    if (date != null) {
      builder.date(date);
    }
    return builder.build();
  }

  @Test
  void aSolutionIsIdentifiedUnlessStated() {
    Solution identified =
        Solution.builder()
            .id(SolutionId.of("SOL-1"))
            .title(LocalizedText.of("A title"))
            .originCountry(MEXICO)
            .owner(SEDESOL)
            .build();
    assertThat(identified.stage()).isEqualTo(SolutionStage.IDENTIFIED);
    assertThat(identified.criteriaAssessments()).isEmpty();
    assertThat(identified.mandatoryCriteriaMet()).isTrue();
    assertThat(identified.referencedInstitutions()).containsExactly(SEDESOL);
  }

  @Test
  void requiresIdTitleOriginAndOwner() {
    assertThatThrownBy(() -> Solution.builder().build())
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.violation().code()).isEqualTo("value.required");
              assertThat(e.path()).isEqualTo(DataPath.of("id"));
            });
  }

  @Test
  void anyStateCanBeBuiltAndIsLeftToTheValidator() {
    // SHARED without adoptions, products or assessments: a business rule, not a meaningless value.
    assertThat(oportunidades().stage()).isEqualTo(SolutionStage.SHARED);
    assertThat(oportunidades().adoptions()).isEmpty();
  }

  @Test
  void mandatoryCriteriaMetWhenEveryMandatoryOneIs() {
    Solution solution =
        Solution.builder()
            .from(oportunidades())
            .addCriteriaAssessments(
                assessment(Criterion.RELEVANCE, true, true, null),
                assessment(Criterion.PROVEN_RESULTS, true, true, null),
                assessment(Criterion.INNOVATION, false, false, null))
            .build();
    assertThat(solution.mandatoryCriteria())
        .containsExactly(Criterion.RELEVANCE.code(), Criterion.PROVEN_RESULTS.code());
    assertThat(solution.unmetMandatoryCriteria()).isEmpty();
    assertThat(solution.mandatoryCriteriaMet()).isTrue();

    Solution unmet =
        Solution.builder()
            .from(solution)
            .addCriteriaAssessments(assessment(Criterion.OWNERSHIP, true, false, null))
            .build();
    assertThat(unmet.mandatoryCriteriaMet()).isFalse();
    assertThat(unmet.unmetMandatoryCriteria()).containsExactly(Criterion.OWNERSHIP.code());
  }

  @Test
  void anUndecidedMandatoryCriterionIsNotMet() {
    Solution solution =
        Solution.builder()
            .from(oportunidades())
            .addCriteriaAssessments(
                CriterionAssessment.builder()
                    .criterion(Code.of("APC-Colombia", "pertinencia"))
                    .mandatory(true)
                    .build())
            .build();
    assertThat(solution.mandatoryCriteriaMet()).isFalse();
  }

  @Test
  void theLatestAssessmentOfACriterionCounts() {
    LocalDate first = LocalDate.of(2019, 1, 10);
    LocalDate second = LocalDate.of(2020, 2, 20);
    CriterionAssessment failed = assessment(Criterion.PROVEN_RESULTS, true, false, first);
    CriterionAssessment passed = assessment(Criterion.PROVEN_RESULTS, true, true, second);
    Solution reassessed =
        Solution.builder().from(oportunidades()).addCriteriaAssessments(passed, failed).build();
    assertThat(reassessed.currentAssessments())
        .containsEntry(Criterion.PROVEN_RESULTS.code(), passed)
        .hasSize(1);
    assertThat(reassessed.mandatoryCriteriaMet()).isTrue();

    Solution failedLater =
        Solution.builder()
            .from(oportunidades())
            .addCriteriaAssessments(
                assessment(Criterion.PROVEN_RESULTS, true, true, first),
                assessment(Criterion.PROVEN_RESULTS, true, false, second))
            .build();
    assertThat(failedLater.mandatoryCriteriaMet()).isFalse();
  }

  @Test
  void undatedAssessmentsCountAsOlderAndTiesGoToTheLaterInTheList() {
    LocalDate day = LocalDate.of(2021, 6, 1);
    CriterionAssessment dated = assessment(Criterion.RELEVANCE, true, true, day);
    CriterionAssessment undated = assessment(Criterion.RELEVANCE, true, false, null);
    Solution solution =
        Solution.builder().from(oportunidades()).addCriteriaAssessments(dated, undated).build();
    assertThat(solution.currentAssessments()).containsEntry(Criterion.RELEVANCE.code(), dated);

    CriterionAssessment sameDayFailed = assessment(Criterion.RELEVANCE, true, false, day);
    Solution sameDay =
        Solution.builder()
            .from(oportunidades())
            .addCriteriaAssessments(dated, sameDayFailed)
            .build();
    assertThat(sameDay.currentAssessments())
        .containsEntry(Criterion.RELEVANCE.code(), sameDayFailed);

    CriterionAssessment undatedPassed = assessment(Criterion.RELEVANCE, true, true, null);
    Solution undatedOnly =
        Solution.builder()
            .from(oportunidades())
            .addCriteriaAssessments(undated, undatedPassed)
            .build();
    assertThat(undatedOnly.currentAssessments())
        .containsEntry(Criterion.RELEVANCE.code(), undatedPassed);
  }

  @Test
  void aCriterionIsMandatoryWhenAnyAssessmentSaysSo() {
    Solution solution =
        Solution.builder()
            .from(oportunidades())
            .addCriteriaAssessments(
                assessment(Criterion.RELEVANCE, true, false, LocalDate.of(2019, 1, 1)),
                assessment(Criterion.RELEVANCE, false, false, LocalDate.of(2020, 1, 1)))
            .build();
    assertThat(solution.mandatoryCriteria()).containsExactly(Criterion.RELEVANCE.code());
    assertThat(solution.mandatoryCriteriaMet()).isFalse();
  }

  @Test
  void productsByType() {
    KnowledgeProduct caseStudy = KnowledgeProductTest.caseStudy();
    KnowledgeProduct video =
        KnowledgeProduct.of(KnowledgeProductType.VIDEO, LocalizedText.of("Oportunidades"));
    KnowledgeProduct secondCase =
        KnowledgeProduct.of(KnowledgeProductType.CASE_STUDY, LocalizedText.of("Ten years on"));
    Solution solution =
        Solution.builder()
            .from(oportunidades())
            .addKnowledgeProducts(caseStudy, video, secondCase)
            .build();
    assertThat(solution.knowledgeProducts(KnowledgeProductType.CASE_STUDY))
        .containsExactly(caseStudy, secondCase);
    assertThat(solution.knowledgeProducts(KnowledgeProductType.VIDEO)).containsExactly(video);
    assertThat(solution.knowledgeProducts(KnowledgeProductType.TOOLKIT)).isEmpty();
  }

  @Test
  void adoptedCountriesAreDistinctAndSorted() {
    PartnershipId partnership = PartnershipId.of("P-1");
    Solution solution =
        Solution.builder()
            .from(oportunidades())
            .addAdoptions(
                Adoption.builder().country(PERU).institution(MIDIS).year(2011).build(),
                Adoption.of(COLOMBIA, Year.of(2001)),
                Adoption.builder().country(PERU).partnership(partnership).year(2015).build())
            .build();
    assertThat(solution.adoptedCountries()).containsExactly(COLOMBIA, PERU);
    assertThat(solution.isAdoptedIn(PERU)).isTrue();
    assertThat(solution.isAdoptedIn(MEXICO)).isFalse();
    assertThat(solution.referencedPartnerships()).containsExactly(partnership);
    assertThat(solution.referencedInstitutions()).containsExactlyInAnyOrder(SEDESOL, MIDIS);
  }

  @Test
  void referencedInstitutionsIncludeImplementersAndAssessors() {
    Solution solution =
        Solution.builder()
            .from(oportunidades())
            .addImplementingInstitutions(MIDIS)
            .addCriteriaAssessments(
                CriterionAssessment.builder()
                    .criterion(Criterion.RELEVANCE)
                    .met(true)
                    .assessor(APC)
                    .build())
            .build();
    assertThat(solution.assessors()).containsExactly(APC);
    assertThat(solution.referencedInstitutions()).containsExactlyInAnyOrder(SEDESOL, MIDIS, APC);
  }

  @Test
  void roundTripsThroughTheBuilder() {
    Solution full =
        Solution.builder()
            .from(oportunidades())
            .addCriteriaAssessments(CriterionAssessmentTest.relevance(true))
            .addKnowledgeProducts(KnowledgeProductTest.caseStudy())
            .addAdoptions(AdoptionTest.inPeru())
            .build();
    assertThat(Solution.builder().from(full).build()).isEqualTo(full);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(oportunidades(), oportunidades())
        .addEqualityGroup(
            Solution.builder().from(oportunidades()).stage(SolutionStage.RETIRED).build())
        .addEqualityGroup(Solution.builder().from(oportunidades()).owner(APC).build())
        .addEqualityGroup(Solution.builder().from(oportunidades()).originCountry(PERU).build())
        .addEqualityGroup(
            Solution.builder().from(oportunidades()).addAdoptions(AdoptionTest.inPeru()).build())
        .testEquals();
  }

  @Test
  void collectionsAreUnmodifiable() {
    Solution solution = oportunidades();
    assertThatThrownBy(() -> solution.sectors().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> solution.currentAssessments().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> solution.adoptedCountries().add(PERU))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().testAllPublicStaticMethods(Solution.class);
    new NullPointerTester().testAllPublicInstanceMethods(oportunidades());
  }
}
