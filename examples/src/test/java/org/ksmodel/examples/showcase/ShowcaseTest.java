package org.ksmodel.examples.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.ContributionKind;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.FundingSource;
import org.ksmodel.institution.Institution;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.request.RequestStatus;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;
import org.ksmodel.validation.ValidationReport;
import org.ksmodel.validation.Validator;

/** The showcase has what the issue asks for, and validates. */
class ShowcaseTest {
  private final Dataset dataset = Showcase.dataset();

  @Test
  void validatesWithoutErrorsToday() {
    ValidationReport report = Validator.standard().validate(dataset);
    report.violations().forEach(v -> System.out.println("showcase: " + v));
    assertThat(report.violations())
        .extracting(Violation::severity)
        .doesNotContain(Severity.FATAL, Severity.ERROR);
    assertThat(report.isValid()).isTrue();
    // Warnings are allowed but should stay few.
    assertThat(report.count(Severity.WARNING)).isLessThanOrEqualTo(5);
  }

  @Test
  void validatesWithoutErrorsWithAFixedClock() {
    Clock clock =
        Clock.fixed(
            LocalDate.of(2025, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    ValidationReport report = Validator.builder().clock(clock).build().validate(dataset);
    assertThat(report.isValid()).as(report.toString()).isTrue();
  }

  @Test
  void isBuiltFreshAndEqualEachTime() {
    assertThat(Showcase.dataset()).isEqualTo(dataset);
    assertThat(dataset.duplicateIds()).isEmpty();
  }

  @Test
  void atLeastFifteenInstitutionsWithHubsAndAssessments() {
    List<Institution> institutions = dataset.institutions();
    assertThat(institutions).hasSizeGreaterThanOrEqualTo(15);
    assertThat(institutions.stream().filter(Institution::isKnowledgeHub).count())
        .isGreaterThanOrEqualTo(8);
    assertThat(institutions.stream().filter(i -> !i.capacityAssessments().isEmpty()).count())
        .isGreaterThanOrEqualTo(2);
    assertThat(institutions.stream().filter(i -> i.ksBudget().isPresent()).count())
        .isGreaterThanOrEqualTo(1);
    assertThat(institutions)
        .extracting(i -> i.acronym().orElse(""))
        .contains(
            "APC-Colombia",
            "SEDESOL",
            "Oportunidades",
            "BANSEFI",
            "CONEVAL",
            "MOSF",
            "KDI",
            "BNPB",
            "BAPPENAS",
            "IsDB",
            "ABC",
            "EMBRAPA",
            "FIOCRUZ",
            "AMEXCID",
            "SEMARNAT",
            "SCE",
            "CABRI",
            "FOSIS",
            "DANE",
            "LAMATA",
            "CIPS",
            "AFDC");
    assertThat(dataset.institutions())
        .extracting(Institution::displayName)
        .contains("World Bank", "Islamic Development Bank");
  }

  @Test
  void atLeastEightSolutionsAtDifferentStages() {
    List<Solution> solutions = dataset.solutions();
    assertThat(solutions).hasSizeGreaterThanOrEqualTo(8);
    Set<SolutionStage> stages = solutions.stream().map(Solution::stage).collect(Collectors.toSet());
    assertThat(stages)
        .contains(
            SolutionStage.IDENTIFIED,
            SolutionStage.DOCUMENTED,
            SolutionStage.VALIDATED,
            SolutionStage.PACKAGED,
            SolutionStage.SHARED,
            SolutionStage.NEEDS_REVISION);
    assertThat(solutions.stream().filter(s -> !s.criteriaAssessments().isEmpty()).count())
        .isGreaterThanOrEqualTo(5);
    assertThat(solutions.stream().filter(s -> !s.knowledgeProducts().isEmpty()).count())
        .isGreaterThanOrEqualTo(4);
    assertThat(solutions.stream().filter(s -> !s.adoptions().isEmpty()).count())
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void partnershipsCoverEveryModality() {
    List<Partnership> partnerships = dataset.partnerships();
    assertThat(partnerships).hasSizeGreaterThanOrEqualTo(6);
    Set<Modality> modalities = EnumSet.noneOf(Modality.class);
    partnerships.forEach(p -> modalities.add(p.modality()));
    assertThat(modalities).containsExactlyInAnyOrder(Modality.values());
    assertThat(partnerships).allSatisfy(p -> assertThat(p.design()).isPresent());
    assertThat(partnerships).allSatisfy(p -> assertThat(p.activities()).isNotEmpty());
  }

  @Test
  void fundingFromSeveralSources() {
    Set<FundingSource> sources = EnumSet.noneOf(FundingSource.class);
    Set<ContributionKind> kinds = EnumSet.noneOf(ContributionKind.class);
    for (Funding funding : dataset.fundings()) {
      funding.contributions().forEach(c -> sources.add(c.source()));
      funding.contributions().forEach(c -> kinds.add(c.kind()));
    }
    assertThat(sources)
        .contains(
            FundingSource.STATE_BUDGET,
            FundingSource.CO_FINANCING,
            FundingSource.MULTILATERAL_FACILITY,
            FundingSource.COST_RECOVERY);
    assertThat(kinds).contains(ContributionKind.CASH, ContributionKind.IN_KIND);
    assertThat(dataset.fundings()).anySatisfy(f -> assertThat(f.institution()).isPresent());
    Set<String> currencies = new HashSet<>();
    dataset
        .fundings()
        .forEach(
            f ->
                currencies.addAll(
                    f.contributionTotals().keySet().stream().map(Object::toString).toList()));
    assertThat(currencies).contains("USD", "COP");
  }

  @Test
  void resultsWithIndicatorsEvidenceAndEvaluations() {
    List<ResultsFramework> frameworks = dataset.resultsFrameworks();
    assertThat(frameworks).hasSizeGreaterThanOrEqualTo(2);
    assertThat(frameworks.stream().mapToInt(f -> f.allIndicators().size()).sum())
        .isGreaterThanOrEqualTo(5);
    assertThat(frameworks).allSatisfy(f -> assertThat(f.evidence()).isNotEmpty());
    assertThat(frameworks.stream().mapToInt(f -> f.evaluations().size()).sum())
        .isGreaterThanOrEqualTo(2);
    assertThat(frameworks.stream().flatMap(f -> f.allIndicators().stream()))
        .anySatisfy(i -> assertThat(i.achievementRate()).isPresent());
  }

  @Test
  void knowledgeRequestsFromTheSeedDocuments() {
    assertThat(dataset.knowledgeRequests()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(dataset.knowledgeRequests())
        .extracting(r -> r.requester().value())
        .contains("MZ-INGD", "LR-MGCSP");
    assertThat(dataset.knowledgeRequests())
        .extracting(KnowledgeRequest::status)
        .contains(RequestStatus.OPEN, RequestStatus.MATCHED, RequestStatus.SERVED);
    for (KnowledgeRequest request : dataset.knowledgeRequests()) {
      assertThat(dataset.contains(request.requester())).as(request.id().value()).isTrue();
      request.partnerships().forEach(p -> assertThat(dataset.contains(p)).isTrue());
      request.solutions().forEach(s -> assertThat(dataset.contains(s)).isTrue());
    }
    assertThat(
            dataset.knowledgeRequestsAnsweredBy(
                org.ksmodel.common.PartnershipId.of("PS-ISDB-RL-ID-MZ")))
        .extracting(r -> r.requester().value())
        .containsExactly("MZ-INGD");
    ValidationReport report = Validator.standard().validate(dataset);
    assertThat(report.violations())
        .filteredOn(v -> v.code().startsWith("request."))
        .as("the requests fit every request rule")
        .isEmpty();
  }
}
