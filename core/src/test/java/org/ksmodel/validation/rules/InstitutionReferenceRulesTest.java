package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Severity;
import org.ksmodel.common.SolutionId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.CapacityAssessment;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.solution.Solution;
import org.ksmodel.validation.ValidationReport;

/** The institution rules that need a dataset: references resolve, parents form no cycle. */
class InstitutionReferenceRulesTest {
  static final InstitutionId MINISTRY = InstitutionId.of("XM-DAC-1");

  static Institution plain(InstitutionId id) {
    return Institution.builder()
        .id(id)
        .name(LocalizedText.of("Institution " + id))
        .country(CountryCode.of("CO"))
        .type(InstitutionType.LINE_MINISTRY)
        .build();
  }

  static Institution withParent(String id, String parent) {
    return Institution.builder()
        .from(plain(InstitutionId.of(id)))
        .parent(InstitutionId.of(parent))
        .build();
  }

  /** The valid hub of {@link InstitutionRulesTest}, under a ministry, with its peer assessor. */
  static Dataset dataset(Institution hub) {
    return Dataset.builder()
        .addInstitutions(hub, plain(MINISTRY), plain(InstitutionRulesTest.PEER))
        .build();
  }

  static Institution hub() {
    return InstitutionRulesTest.copy().parent(MINISTRY).build();
  }

  @Test
  void theValidDatasetHasNoViolationAtAll() {
    assertThat(VALIDATOR.validate(dataset(hub())).violations()).isEmpty();
  }

  @Nested
  class ReferenceUnresolved {
    static final String CODE = "institution.reference.unresolved";

    @Test
    void fires() {
      Institution dangling =
          Institution.builder()
              .from(hub())
              .parent(InstitutionId.of("XM-DAC-404"))
              .capacityAssessments(
                  List.of(
                      InstitutionRulesTest.assessment(),
                      CapacityAssessment.builder()
                          .from(InstitutionRulesTest.assessment())
                          .assessorInstitution(InstitutionId.of("SOL-1"))
                          .build()))
              .build();
      Dataset dataset =
          Dataset.builder().from(dataset(dangling)).addSolutions(solution("SOL-1")).build();
      ValidationReport report = VALIDATOR.validate(dataset);
      assertFires(
          report,
          CODE,
          Severity.ERROR,
          "/institutions/0/parent",
          "/institutions/0/capacityAssessments/1/assessorInstitution");
      assertThat(report.violations(CODE).get(1).message())
          .isEqualTo("the institution 'SOL-1' is not in the dataset (it is the id of a solution)");
    }

    @Test
    void silent() {
      assertSilent(VALIDATOR.validate(dataset(hub())), CODE);
    }

    @Test
    void doesNotRunOnAnInstitutionAlone() {
      Institution dangling =
          Institution.builder().from(hub()).parent(InstitutionId.of("XM-DAC-404")).build();
      assertSilent(VALIDATOR.validate(dangling), CODE);
    }
  }

  static Solution solution(String id) {
    return Solution.builder()
        .id(SolutionId.of(id))
        .title(LocalizedText.of("A solution"))
        .originCountry(CountryCode.of("CO"))
        .owner(MINISTRY)
        .build();
  }

  @Nested
  class ParentCycle {
    static final String CODE = "institution.parent.cycle";

    @Test
    void fires() {
      Dataset dataset =
          Dataset.builder()
              .addInstitutions(
                  withParent("A", "B"),
                  withParent("B", "C"),
                  withParent("C", "A"),
                  // Under the cycle, not on it: its chain never comes back to it.
                  withParent("D", "A"))
              .build();
      ValidationReport report = VALIDATOR.validate(dataset);
      assertFires(
          report,
          CODE,
          Severity.ERROR,
          "/institutions/0/parent",
          "/institutions/1/parent",
          "/institutions/2/parent");
      assertThat(report.violations(CODE).get(0).message()).endsWith("A -> B -> C -> A");
    }

    @Test
    void silent() {
      Dataset dataset =
          Dataset.builder()
              .addInstitutions(
                  withParent("A", "B"),
                  withParent("B", "C"),
                  plain(InstitutionId.of("C")),
                  // An unresolved parent ends the chain.
                  withParent("D", "E"))
              .build();
      assertSilent(VALIDATOR.validate(dataset), CODE);
    }

    @Test
    void aCycleThroughEveryInstitutionIsReportedOnEach() {
      int size = 2_000;
      List<Institution> institutions = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        institutions.add(withParent("I" + i, "I" + ((i + 1) % size)));
      }
      ValidationReport report =
          VALIDATOR.validate(Dataset.builder().addAllInstitutions(institutions).build());
      assertThat(report.violations(CODE)).hasSize(size);
    }

    @Test
    void duplicateIdsDoNotTrapTheWalk() {
      Dataset dataset =
          Dataset.builder()
              .addInstitutions(withParent("A", "B"), withParent("B", "B2"), withParent("B", "A"))
              .addInstitutions(withParent("B2", "B"))
              .build();
      ValidationReport report = VALIDATOR.validate(dataset);
      assertThat(report.violations("validation.rule.failed")).isEmpty();
      // Lookups find the first B; the second B's chain comes back to the id B all the same.
      assertFires(
          report,
          CODE,
          Severity.ERROR,
          "/institutions/1/parent",
          "/institutions/2/parent",
          "/institutions/3/parent");
    }
  }
}
