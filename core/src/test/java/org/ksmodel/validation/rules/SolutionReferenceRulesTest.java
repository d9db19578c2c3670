package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;
import static org.ksmodel.validation.rules.SolutionRulesTest.ADOPTER;
import static org.ksmodel.validation.rules.SolutionRulesTest.COMMITTEE;
import static org.ksmodel.validation.rules.SolutionRulesTest.IMPLEMENTER;
import static org.ksmodel.validation.rules.SolutionRulesTest.OWNER;
import static org.ksmodel.validation.rules.SolutionRulesTest.PARTNERSHIP;
import static org.ksmodel.validation.rules.SolutionRulesTest.adoption;
import static org.ksmodel.validation.rules.SolutionRulesTest.copy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.Severity;
import org.ksmodel.common.SolutionId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.solution.Adoption;
import org.ksmodel.solution.Criterion;
import org.ksmodel.solution.CriterionAssessment;
import org.ksmodel.solution.Solution;
import org.ksmodel.validation.ValidationReport;

/** The solution rules that need a dataset: references resolve and agree with the solution. */
class SolutionReferenceRulesTest {
  static Institution institution(InstitutionId id, String country, InstitutionType type) {
    return Institution.builder()
        .id(id)
        .name(LocalizedText.of("Institution " + id))
        .country(CountryCode.of(country))
        .type(type)
        .build();
  }

  static Partnership partnership(PartnershipId id, SolutionId... solutions) {
    return Partnership.builder()
        .id(id)
        .title(LocalizedText.of("Colombia and Peru share social protection"))
        .modality(Modality.SOUTH_SOUTH)
        .form(PartnershipForm.PROJECT)
        .status(PartnershipStatus.ACTIVE)
        .addSolutions(solutions)
        .build();
  }

  /** The valid solution of {@link SolutionRulesTest} among everything it refers to. */
  static Dataset.Builder world(Solution solution) {
    return Dataset.builder()
        .addInstitutions(
            institution(OWNER, "CO", InstitutionType.NATIONAL_COOPERATION_AGENCY),
            institution(IMPLEMENTER, "CO", InstitutionType.LINE_MINISTRY),
            institution(COMMITTEE, "CO", InstitutionType.ACADEMIA_OR_THINK_TANK),
            institution(ADOPTER, "PE", InstitutionType.LINE_MINISTRY))
        .addSolutions(solution)
        .addPartnerships(partnership(PARTNERSHIP, solution.id()));
  }

  static ValidationReport validate(Solution solution) {
    return VALIDATOR.validate(world(solution).build());
  }

  @Test
  void theValidDatasetHasNoViolationOfTheseRules() {
    ValidationReport report = validate(SolutionRulesTest.valid());
    for (String code :
        List.of(
            "solution.reference.unresolved",
            "solution.adoption.partnership.unshared",
            "solution.adoption.institution.country",
            "solution.stage.shared.uptake")) {
      assertSilent(report, code);
    }
  }

  @Nested
  class ReferenceUnresolved {
    static final String CODE = "solution.reference.unresolved";

    @Test
    void fires() {
      InstitutionId nowhere = InstitutionId.of("XM-DAC-404");
      Solution dangling =
          copy()
              .owner(nowhere)
              .addImplementingInstitutions(nowhere)
              .addCriteriaAssessments(
                  CriterionAssessment.builder()
                      .from(SolutionRulesTest.assessment(Criterion.EFFICIENCY, false, true))
                      .assessor(nowhere)
                      .build())
              .addAdoptions(
                  Adoption.builder()
                      .from(adoption())
                      .institution(InstitutionId.of("CO-PE-1"))
                      .partnership(PartnershipId.of("XM-DAC-7"))
                      .build())
              .build();
      ValidationReport report = validate(dangling);
      assertFires(
          report,
          CODE,
          Severity.ERROR,
          "/solutions/0/owner",
          "/solutions/0/implementingInstitutions/1",
          "/solutions/0/criteriaAssessments/3/assessor",
          "/solutions/0/adoptions/1/institution",
          "/solutions/0/adoptions/1/partnership");
      assertThat(report.violations(CODE).get(3).message())
          .isEqualTo(
              "the institution 'CO-PE-1' is not in the dataset (it is the id of a partnership)");
      assertThat(report.violations(CODE).get(4).message())
          .startsWith("the partnership 'XM-DAC-7' is not in the dataset (it is the id of a");
    }

    @Test
    void silent() {
      assertSilent(validate(SolutionRulesTest.valid()), CODE);
    }
  }

  @Nested
  class AdoptionPartnershipUnshared {
    static final String CODE = "solution.adoption.partnership.unshared";

    @Test
    void fires() {
      Dataset dataset =
          world(SolutionRulesTest.valid())
              .partnerships(List.of(partnership(PARTNERSHIP, SolutionId.of("SOL-2"))))
              .build();
      assertFires(
          VALIDATOR.validate(dataset),
          CODE,
          Severity.WARNING,
          "/solutions/0/adoptions/0/partnership");
    }

    @Test
    void silent() {
      assertSilent(validate(SolutionRulesTest.valid()), CODE);
      // An adoption through a partnership that is not in the dataset is the other rule's business.
      Dataset dataset = world(SolutionRulesTest.valid()).partnerships(List.of()).build();
      assertSilent(VALIDATOR.validate(dataset), CODE);
    }
  }

  @Nested
  class AdoptionInstitutionCountry {
    static final String CODE = "solution.adoption.institution.country";

    @Test
    void fires() {
      Adoption inBolivia =
          Adoption.builder().from(adoption()).country(CountryCode.of("BO")).build();
      ValidationReport report = validate(copy().addAdoptions(inBolivia).build());
      assertFires(report, CODE, Severity.WARNING, "/solutions/0/adoptions/1/country");
      assertThat(report.violations(CODE).get(0).arguments())
          .containsExactly("BO", ADOPTER.value(), "PE");
    }

    @Test
    void silent() {
      // A multilateral adopts where it works, not where it has its seat.
      Adoption byBank = Adoption.builder().from(adoption()).institution(COMMITTEE).build();
      Dataset dataset =
          world(copy().addAdoptions(byBank).build())
              .institutions(
                  List.of(
                      institution(OWNER, "CO", InstitutionType.NATIONAL_COOPERATION_AGENCY),
                      institution(IMPLEMENTER, "CO", InstitutionType.LINE_MINISTRY),
                      institution(COMMITTEE, "US", InstitutionType.MULTILATERAL),
                      institution(ADOPTER, "PE", InstitutionType.LINE_MINISTRY)))
              .build();
      assertSilent(VALIDATOR.validate(dataset), CODE);
    }
  }
}
