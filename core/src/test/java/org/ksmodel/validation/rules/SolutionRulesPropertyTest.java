package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.InstitutionRulesPropertyTest.codes;
import static org.ksmodel.validation.rules.InstitutionRulesPropertyTest.ids;
import static org.ksmodel.validation.rules.InstitutionRulesPropertyTest.ofCodes;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.SolutionId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;
import org.ksmodel.solution.KnowledgeProduct;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;
import org.ksmodel.testkit.CommonGen;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.InstitutionGen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.Rng;
import org.ksmodel.testkit.SolutionGen;

/** The solution rules over generated solutions and datasets. */
class SolutionRulesPropertyTest {
  /**
   * Codes that SolutionGen alone does not promise to satisfy: it picks adopting institutions
   * without regard to the country of the adoption (it does not know their countries; DatasetGen
   * does, and moves each adoption to its adopter's country).
   */
  static final Set<String> NOT_PROMISED = Set.of("solution.adoption.institution.country");

  static final Set<String> CODES = promised(codes(SolutionRules.all()));

  private static Set<String> promised(Set<String> codes) {
    Set<String> promised = new TreeSet<>(codes);
    promised.removeAll(NOT_PROMISED);
    return promised;
  }

  @Test
  void generatedSolutionsBreakNoSolutionRule() {
    Property.forAll(
        "generated solutions pass the solution rules",
        SolutionGen.any(),
        solution -> assertThat(ofCodes(VALIDATOR.validate(solution), CODES)).isEmpty());
  }

  @Test
  void generatedSolutionsAtEveryStageBreakNoSolutionRule() {
    for (SolutionStage stage : SolutionStage.values()) {
      Property.forAll(
          "generated solutions at " + stage + " pass the solution rules",
          200,
          SolutionGen.atStage(stage),
          solution -> assertThat(ofCodes(VALIDATOR.validate(solution), CODES)).isEmpty());
    }
  }

  /** Every product stripped of its link is reported, and only those. */
  @Test
  void productsWithoutALinkAreEachReported() {
    Property.forAll(
        "every product without a link is reported",
        SolutionGen.any(),
        solution -> {
          List<KnowledgeProduct> products = solution.knowledgeProducts();
          List<KnowledgeProduct> someUnlinked = new ArrayList<>();
          for (int i = 0; i < products.size(); i++) {
            KnowledgeProduct product = products.get(i);
            someUnlinked.add(
                i % 2 == 0
                    ? KnowledgeProduct.builder().from(product).link(Optional.empty()).build()
                    : product);
          }
          Solution stripped =
              Solution.builder().from(solution).knowledgeProducts(someUnlinked).build();
          assertThat(VALIDATOR.validate(solution).violations("solution.product.link.missing"))
              .isEmpty();
          assertThat(VALIDATOR.validate(stripped).violations("solution.product.link.missing"))
              .hasSize((products.size() + 1) / 2);
        });
  }

  /** Solutions of institutions of the dataset, every other institution taken from it too. */
  static Gen<Dataset> world() {
    return rng -> {
      List<InstitutionId> ids = ids(rng.between(1, 8));
      Dataset.Builder dataset = Dataset.builder();
      List<CountryCode> countries = new ArrayList<>();
      for (InstitutionId id : ids) {
        CountryCode country = CommonGen.country().next(rng);
        countries.add(country);
        Institution institution = InstitutionGen.institution(id, country).next(rng);
        dataset.addInstitutions(institution);
      }
      int solutions = rng.between(1, 6);
      for (int i = 0; i < solutions; i++) {
        int owner = rng.nextInt(ids.size());
        dataset.addSolutions(
            SolutionGen.solution(
                    SolutionId.of("SOL-" + i), ids.get(owner), countries.get(owner), ids)
                .next(rng));
      }
      return dataset.build();
    };
  }

  @Test
  void solutionsAmongTheirInstitutionsBreakNoSolutionRule() {
    Property.forAll(
        "solutions among their institutions pass the solution rules",
        world(),
        dataset -> assertThat(ofCodes(VALIDATOR.validate(dataset), CODES)).isEmpty());
  }

  /** A solution and a copy of it under the same id, at another stage and never adopted. */
  private static List<Solution> duplicates(Rng rng) {
    Solution solution = SolutionGen.any().next(rng);
    return List.of(
        solution,
        Solution.builder()
            .from(solution)
            .stage(SolutionGen.stage().next(rng))
            .adoptions(List.of())
            .build());
  }

  /** Invented ids that resolve nowhere, duplicates, any stage: findings, never a failed rule. */
  @Test
  void theRulesNeverFailOnMessyData() {
    Set<String> all = codes(SolutionRules.all());
    all.addAll(InstitutionRulesPropertyTest.CODES);
    Gen<Dataset> messy =
        rng ->
            Dataset.builder()
                .addAllInstitutions(InstitutionGen.any().list(0, 5).next(rng))
                .addAllSolutions(SolutionGen.any().list(0, 5).next(rng))
                .addAllSolutions(duplicates(rng))
                .build();
    Property.forAll(
        "the institution and solution rules never fail",
        messy,
        dataset ->
            assertThat(VALIDATOR.validate(dataset).violations("validation.rule.failed"))
                .noneMatch(v -> all.contains(v.arguments().get(0))));
  }
}
