package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.Severity;
import org.ksmodel.common.SolutionId;
import org.ksmodel.solution.Adoption;
import org.ksmodel.solution.Criterion;
import org.ksmodel.solution.CriterionAssessment;
import org.ksmodel.solution.KnowledgeProduct;
import org.ksmodel.solution.KnowledgeProductType;
import org.ksmodel.solution.Score;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;
import org.ksmodel.validation.ValidationReport;

/** Each solution rule on titles, codes, assessments, products and adoptions: fires, silent. */
class SolutionRulesTest {
  static final SolutionId ID = SolutionId.of("SOL-1");
  static final InstitutionId OWNER = InstitutionId.of("XM-DAC-7");
  static final InstitutionId IMPLEMENTER = InstitutionId.of("XM-DAC-8");
  static final InstitutionId COMMITTEE = InstitutionId.of("XM-DAC-905");
  static final InstitutionId ADOPTER = InstitutionId.of("XM-DAC-20");
  static final PartnershipId PARTNERSHIP = PartnershipId.of("CO-PE-1");
  static final LocalDate ASSESSED = LocalDate.of(2020, 3, 1);

  static Score score(int value) {
    return Score.builder()
        .value(BigDecimal.valueOf(value))
        .minimum(BigDecimal.ONE)
        .maximum(BigDecimal.valueOf(5))
        .passMark(BigDecimal.valueOf(3))
        .build();
  }

  static CriterionAssessment assessment(Criterion criterion, boolean mandatory, boolean met) {
    return CriterionAssessment.builder()
        .criterion(criterion)
        .mandatory(mandatory)
        .met(met)
        .assessor(COMMITTEE)
        .date(ASSESSED)
        .build();
  }

  static KnowledgeProduct caseStudy() {
    return KnowledgeProduct.builder()
        .type(KnowledgeProductType.CASE_STUDY)
        .title(LocalizedText.of("Families in Action: a case study"))
        .language(LanguageCode.of("es"))
        .link("https://www.apccolombia.gov.co/saber-hacer/familias")
        .publicationDate(LocalDate.of(2021, 5, 1))
        .build();
  }

  static Adoption adoption() {
    return Adoption.builder()
        .country(CountryCode.of("PE"))
        .institution(ADOPTER)
        .partnership(PARTNERSHIP)
        .year(2022)
        .build();
  }

  /** A shared solution, its content fitting its stage, with nothing wrong. */
  static Solution valid() {
    return Solution.builder()
        .id(ID)
        .title(
            LocalizedText.of(LanguageCode.of("es"), "Familias en Acción")
                .with(LanguageCode.of("en"), "Families in Action"))
        .challenge(LocalizedText.of("Extreme poverty in rural families"))
        .description(LocalizedText.of("Conditional cash transfers to mothers"))
        .originCountry(CountryCode.of("CO"))
        .owner(OWNER)
        .addImplementingInstitutions(IMPLEMENTER)
        .period(DateRange.ofClosed(LocalDate.of(2012, 1, 1), LocalDate.of(2018, 12, 31)))
        .addSectors(SectorCode.of("16010"), SectorCode.of("151"))
        .addSdgTargets(SdgTarget.of("1.3"), SdgTarget.of("17.9"))
        .addLanguages(LanguageCode.of("es"), LanguageCode.of("en"))
        .stage(SolutionStage.SHARED)
        .addCriteriaAssessments(
            assessment(Criterion.RELEVANCE, true, true),
            CriterionAssessment.builder()
                .from(assessment(Criterion.PROVEN_RESULTS, true, true))
                .score(score(4))
                .build(),
            assessment(Criterion.INNOVATION, false, false))
        .addKnowledgeProducts(caseStudy())
        .addAdoptions(adoption())
        .build();
  }

  static Solution.Builder copy() {
    return Solution.builder().from(valid());
  }

  static ValidationReport validate(Solution solution) {
    return VALIDATOR.validate(solution);
  }

  @Test
  void theValidSolutionHasNoViolationAtAll() {
    assertThat(validate(valid()).violations()).isEmpty();
  }

  @Nested
  class TitleBlank {
    static final String CODE = "solution.title.blank";

    @Test
    void fires() {
      assertFires(
          validate(copy().title(LocalizedText.of(" ")).build()), CODE, Severity.ERROR, "/title");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().title(LocalizedText.of("Familias")).build()), CODE);
    }
  }

  @Nested
  class VerdictScore {
    static final String CODE = "solution.criterion.verdict.score";

    @Test
    void fires() {
      CriterionAssessment contradicting =
          CriterionAssessment.builder()
              .from(assessment(Criterion.EFFICIENCY, false, true))
              .score(score(2))
              .build();
      ValidationReport report = validate(copy().addCriteriaAssessments(contradicting).build());
      assertFires(report, CODE, Severity.WARNING, "/criteriaAssessments/3/met");
      assertThat(report.violations(CODE).get(0).arguments())
          .containsExactly("Criterion:EFFICIENCY", "true", "2/1-5>=3");
    }

    @Test
    void silent() {
      CriterionAssessment noPassMark =
          CriterionAssessment.builder()
              .from(assessment(Criterion.EFFICIENCY, false, false))
              .score(Score.of(BigDecimal.valueOf(5), BigDecimal.ONE, BigDecimal.valueOf(5)))
              .build();
      assertSilent(validate(copy().addCriteriaAssessments(noPassMark).build()), CODE);
    }
  }

  @Nested
  class CriterionFuture {
    static final String CODE = "solution.criterion.future";

    @Test
    void fires() {
      CriterionAssessment later =
          CriterionAssessment.builder()
              .from(assessment(Criterion.EFFICIENCY, false, true))
              .date(RuleTesting.TODAY.plusDays(1))
              .build();
      assertFires(
          validate(copy().addCriteriaAssessments(later).build()),
          CODE,
          Severity.ERROR,
          "/criteriaAssessments/3/date");
    }

    @Test
    void silent() {
      CriterionAssessment today =
          CriterionAssessment.builder()
              .from(assessment(Criterion.EFFICIENCY, false, true))
              .date(RuleTesting.TODAY)
              .build();
      assertSilent(validate(copy().addCriteriaAssessments(today).build()), CODE);
    }
  }

  @Nested
  class AssessorOwner {
    static final String CODE = "solution.assessor.owner";

    @Test
    void fires() {
      CriterionAssessment byOwner =
          CriterionAssessment.builder()
              .from(assessment(Criterion.OWNERSHIP, false, true))
              .assessor(OWNER)
              .build();
      assertFires(
          validate(copy().addCriteriaAssessments(byOwner).build()),
          CODE,
          Severity.ERROR,
          "/criteriaAssessments/3/assessor");
    }

    @Test
    void silent() {
      CriterionAssessment byImplementer =
          CriterionAssessment.builder()
              .from(assessment(Criterion.OWNERSHIP, false, true))
              .assessor(IMPLEMENTER)
              .build();
      assertSilent(validate(copy().addCriteriaAssessments(byImplementer).build()), CODE);
    }
  }

  @Nested
  class SdgTargetUnknown {
    static final String CODE = "solution.sdgTarget.unknown";

    @Test
    void fires() {
      assertFires(
          validate(copy().addSdgTargets(SdgTarget.of("17.20")).build()),
          CODE,
          Severity.ERROR,
          "/sdgTargets/2");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().addSdgTargets(SdgTarget.of("17.19")).build()), CODE);
    }
  }

  @Nested
  class SectorUnknown {
    static final String CODE = "solution.sector.unknown";

    @Test
    void fires() {
      assertFires(
          validate(copy().addSectors(SectorCode.of("16099")).build()),
          CODE,
          Severity.ERROR,
          "/sectors/2");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().addSectors(SectorCode.of("160")).build()), CODE);
    }
  }

  @Nested
  class SectorWithdrawn {
    static final String CODE = "solution.sector.withdrawn";

    @Test
    void fires() {
      assertFires(
          validate(copy().addSectors(SectorCode.of("15162")).build()),
          CODE,
          Severity.WARNING,
          "/sectors/2");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().addSectors(SectorCode.of("15160")).build()), CODE);
    }
  }

  @Nested
  class CountryUnknown {
    static final String CODE = "solution.country.unknown";

    @Test
    void fires() {
      Solution unknown =
          copy()
              .originCountry(CountryCode.of("QQ"))
              .addAdoptions(Adoption.of(CountryCode.of("QZ"), Year.of(2023)))
              .build();
      assertFires(
          validate(unknown), CODE, Severity.ERROR, "/originCountry", "/adoptions/1/country");
    }

    @Test
    void silent() {
      Solution known =
          copy().addAdoptions(Adoption.of(CountryCode.of("BO"), Year.of(2023))).build();
      assertSilent(validate(known), CODE);
    }
  }

  @Nested
  class CountryWithdrawn {
    static final String CODE = "solution.country.withdrawn";

    @Test
    void fires() {
      Solution antilles =
          copy()
              .originCountry(CountryCode.of("AN"))
              .addAdoptions(Adoption.of(CountryCode.of("AN"), Year.of(2023)))
              .build();
      assertFires(
          validate(antilles), CODE, Severity.WARNING, "/originCountry", "/adoptions/1/country");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().originCountry(CountryCode.of("CW")).build()), CODE);
    }
  }

  @Nested
  class LanguageUnknown {
    static final String CODE = "solution.language.unknown";

    @Test
    void fires() {
      Solution unknown =
          copy()
              .addLanguages(LanguageCode.of("zz"))
              .addKnowledgeProducts(
                  KnowledgeProduct.builder()
                      .from(caseStudy())
                      .language(LanguageCode.of("qq"))
                      .build())
              .build();
      assertFires(
          validate(unknown),
          CODE,
          Severity.WARNING,
          "/languages/2",
          "/knowledgeProducts/1/language");
    }

    @Test
    void silent() {
      Solution known =
          copy()
              .addLanguages(LanguageCode.of("pt"))
              .addKnowledgeProducts(
                  KnowledgeProduct.builder().from(caseStudy()).language(Optional.empty()).build())
              .build();
      assertSilent(validate(known), CODE);
    }
  }

  @Nested
  class ProductLinkMissing {
    static final String CODE = "solution.product.link.missing";

    @Test
    void fires() {
      KnowledgeProduct unlinked =
          KnowledgeProduct.builder().from(caseStudy()).link(Optional.empty()).build();
      assertFires(
          validate(copy().addKnowledgeProducts(unlinked).build()),
          CODE,
          Severity.WARNING,
          "/knowledgeProducts/1");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().addKnowledgeProducts(caseStudy()).build()), CODE);
    }
  }

  @Nested
  class ProductLinkForm {
    static final String CODE = "solution.product.link.form";

    @Test
    void fires() {
      KnowledgeProduct local =
          KnowledgeProduct.builder().from(caseStudy()).link("C:\\case-study.pdf").build();
      assertFires(
          validate(copy().addKnowledgeProducts(local).build()),
          CODE,
          Severity.WARNING,
          "/knowledgeProducts/1/link");
    }

    @Test
    void silent() {
      KnowledgeProduct doi =
          KnowledgeProduct.builder().from(caseStudy()).link("https://doi.org/10.1596/978").build();
      assertSilent(validate(copy().addKnowledgeProducts(doi).build()), CODE);
    }
  }

  @Nested
  class ProductFuture {
    static final String CODE = "solution.product.future";

    @Test
    void fires() {
      KnowledgeProduct forthcoming =
          KnowledgeProduct.builder()
              .from(caseStudy())
              .publicationDate(RuleTesting.TODAY.plusMonths(1))
              .build();
      assertFires(
          validate(copy().addKnowledgeProducts(forthcoming).build()),
          CODE,
          Severity.WARNING,
          "/knowledgeProducts/1/publicationDate");
    }

    @Test
    void silent() {
      KnowledgeProduct today =
          KnowledgeProduct.builder().from(caseStudy()).publicationDate(RuleTesting.TODAY).build();
      assertSilent(validate(copy().addKnowledgeProducts(today).build()), CODE);
    }
  }

  @Nested
  class AdoptionOrigin {
    static final String CODE = "solution.adoption.origin";

    @Test
    void fires() {
      Adoption domestic = Adoption.builder().from(adoption()).country(CountryCode.of("CO")).build();
      assertFires(
          validate(copy().addAdoptions(domestic).build()),
          CODE,
          Severity.INFO,
          "/adoptions/1/country");
    }

    @Test
    void silent() {
      Adoption abroad = Adoption.builder().from(adoption()).country(CountryCode.of("EC")).build();
      assertSilent(validate(copy().addAdoptions(abroad).build()), CODE);
    }
  }

  @Nested
  class AdoptionFuture {
    static final String CODE = "solution.adoption.future";

    @Test
    void fires() {
      Adoption next = Adoption.builder().from(adoption()).year(2026).build();
      assertFires(
          validate(copy().addAdoptions(next).build()), CODE, Severity.ERROR, "/adoptions/1/year");
    }

    @Test
    void silent() {
      Adoption thisYear = Adoption.builder().from(adoption()).year(2025).build();
      assertSilent(validate(copy().addAdoptions(thisYear).build()), CODE);
    }
  }

  @Nested
  class AdoptionBeforeStart {
    static final String CODE = "solution.adoption.beforeStart";

    @Test
    void fires() {
      Adoption early = Adoption.builder().from(adoption()).year(2011).build();
      assertFires(
          validate(copy().addAdoptions(early).build()),
          CODE,
          Severity.WARNING,
          "/adoptions/1/year");
    }

    @Test
    void silent() {
      Adoption sameYear = Adoption.builder().from(adoption()).year(2012).build();
      assertSilent(validate(copy().addAdoptions(sameYear).build()), CODE);
      Adoption early = Adoption.builder().from(adoption()).year(2011).build();
      assertSilent(validate(copy().period(Optional.empty()).addAdoptions(early).build()), CODE);
    }
  }
}
