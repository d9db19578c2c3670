package org.ksmodel.validation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.Severity;
import org.ksmodel.reference.ReferenceData;
import org.ksmodel.solution.Adoption;
import org.ksmodel.solution.CriterionAssessment;
import org.ksmodel.solution.KnowledgeProduct;
import org.ksmodel.solution.Solution;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;
import org.ksmodel.validation.Subject;

/**
 * The rules about solutions: title and codes, criteria assessments, knowledge products and
 * adoptions. The rules on the stage are in {@link SolutionStageRules}, those that resolve
 * references in {@link SolutionReferenceRules}. The catalogue is the "Solutions" section of
 * core/VALIDATION.md.
 */
final class SolutionRules {
  static final DataPath TITLE = DataPath.of("title");
  static final DataPath ORIGIN = DataPath.of("originCountry");
  static final DataPath SECTORS = DataPath.of("sectors");
  static final DataPath TARGETS = DataPath.of("sdgTargets");
  static final DataPath LANGUAGES = DataPath.of("languages");
  static final DataPath CRITERIA = DataPath.of("criteriaAssessments");
  static final DataPath PRODUCTS = DataPath.of("knowledgeProducts");
  static final DataPath ADOPTIONS = DataPath.of("adoptions");

  private SolutionRules() {}

  static List<Rule<?>> all() {
    List<Rule<?>> rules = new ArrayList<>();
    rules.add(rule("solution.title.blank", Severity.ERROR, SolutionRules::titleBlank));
    rules.addAll(SolutionStageRules.all());
    rules.add(rule("solution.criterion.verdict.score", Severity.WARNING, SolutionRules::verdict));
    rules.add(rule("solution.criterion.future", Severity.ERROR, SolutionRules::criteriaDated));
    rules.add(rule("solution.assessor.owner", Severity.ERROR, SolutionRules::assessorNotOwner));
    rules.add(rule("solution.sdgTarget.unknown", Severity.ERROR, SolutionRules::targets));
    rules.add(rule("solution.sector.unknown", Severity.ERROR, SolutionRules::sectors));
    rules.add(rule("solution.sector.withdrawn", Severity.WARNING, SolutionRules::sectorsWithdrawn));
    rules.add(rule("solution.country.unknown", Severity.ERROR, SolutionRules::countries));
    rules.add(
        rule("solution.country.withdrawn", Severity.WARNING, SolutionRules::countriesWithdrawn));
    rules.add(rule("solution.language.unknown", Severity.WARNING, SolutionRules::languages));
    rules.add(rule("solution.product.link.missing", Severity.WARNING, SolutionRules::linked));
    rules.add(rule("solution.product.link.form", Severity.WARNING, SolutionRules::linkForm));
    rules.add(rule("solution.product.future", Severity.WARNING, SolutionRules::published));
    rules.add(rule("solution.adoption.origin", Severity.INFO, SolutionRules::adoptedAbroad));
    rules.add(rule("solution.adoption.future", Severity.ERROR, SolutionRules::adoptedByNow));
    rules.add(
        rule("solution.adoption.beforeStart", Severity.WARNING, SolutionRules::adoptedAfterStart));
    rules.addAll(SolutionReferenceRules.all());
    return List.copyOf(rules);
  }

  static Rule<Solution> rule(String code, Severity severity, Rule.Check<Solution> check) {
    return Rule.of(code, severity, Subject.SOLUTION, check);
  }

  private static void titleBlank(Solution solution, RuleContext context, Findings findings) {
    for (Map.Entry<LanguageCode, String> text : solution.title().texts().entrySet()) {
      if (text.getValue().isBlank()) {
        findings.report(TITLE, text.getKey());
      }
    }
  }

  /**
   * A yes-or-no that contradicts the score's pass mark: the yes-or-no decides, but one is wrong.
   */
  private static void verdict(Solution solution, RuleContext context, Findings findings) {
    List<CriterionAssessment> assessments = solution.criteriaAssessments();
    for (int i = 0; i < assessments.size(); i++) {
      CriterionAssessment assessment = assessments.get(i);
      if (assessment.met().isEmpty() || assessment.score().isEmpty()) {
        continue;
      }
      Optional<Boolean> passing = assessment.score().get().isPassing();
      if (passing.isPresent() && !passing.get().equals(assessment.met().get())) {
        findings.report(
            CRITERIA.index(i).member("met"),
            assessment.criterion(),
            assessment.met().get(),
            assessment.score().get());
      }
    }
  }

  private static void criteriaDated(Solution solution, RuleContext context, Findings findings) {
    List<CriterionAssessment> assessments = solution.criteriaAssessments();
    for (int i = 0; i < assessments.size(); i++) {
      Optional<LocalDate> date = assessments.get(i).date();
      if (date.isPresent() && date.get().isAfter(context.today())) {
        findings.report(CRITERIA.index(i).member("date"), date.get(), context.today());
      }
    }
  }

  /** The owner puts the solution forward; judging it against the criteria is someone else's job. */
  private static void assessorNotOwner(Solution solution, RuleContext context, Findings findings) {
    List<CriterionAssessment> assessments = solution.criteriaAssessments();
    for (int i = 0; i < assessments.size(); i++) {
      if (assessments.get(i).assessor().isPresent()
          && assessments.get(i).assessor().get().equals(solution.owner())) {
        findings.report(CRITERIA.index(i).member("assessor"), solution.owner());
      }
    }
  }

  private static void targets(Solution solution, RuleContext context, Findings findings) {
    List<SdgTarget> targets = solution.sdgTargets();
    for (int i = 0; i < targets.size(); i++) {
      if (!ReferenceData.sdgTargets().contains(targets.get(i))) {
        findings.report(TARGETS.index(i), targets.get(i));
      }
    }
  }

  private static void sectors(Solution solution, RuleContext context, Findings findings) {
    List<SectorCode> sectors = solution.sectors();
    for (int i = 0; i < sectors.size(); i++) {
      if (!ReferenceData.sectors().contains(sectors.get(i))) {
        findings.report(SECTORS.index(i), sectors.get(i));
      }
    }
  }

  private static void sectorsWithdrawn(Solution solution, RuleContext context, Findings findings) {
    List<SectorCode> sectors = solution.sectors();
    for (int i = 0; i < sectors.size(); i++) {
      if (ReferenceData.sectors().isWithdrawn(sectors.get(i))) {
        findings.report(SECTORS.index(i), sectors.get(i));
      }
    }
  }

  private static void countries(Solution solution, RuleContext context, Findings findings) {
    if (!ReferenceData.countries().contains(solution.originCountry())) {
      findings.report(ORIGIN, solution.originCountry());
    }
    List<Adoption> adoptions = solution.adoptions();
    for (int i = 0; i < adoptions.size(); i++) {
      CountryCode country = adoptions.get(i).country();
      if (!ReferenceData.countries().contains(country)) {
        findings.report(ADOPTIONS.index(i).member("country"), country);
      }
    }
  }

  private static void countriesWithdrawn(Solution solution, RuleContext context, Findings f) {
    if (ReferenceData.countries().isWithdrawn(solution.originCountry())) {
      f.report(ORIGIN, solution.originCountry());
    }
    List<Adoption> adoptions = solution.adoptions();
    for (int i = 0; i < adoptions.size(); i++) {
      CountryCode country = adoptions.get(i).country();
      if (ReferenceData.countries().isWithdrawn(country)) {
        f.report(ADOPTIONS.index(i).member("country"), country);
      }
    }
  }

  /** The languages the solution is documented in, and the language of each knowledge product. */
  private static void languages(Solution solution, RuleContext context, Findings findings) {
    List<LanguageCode> languages = solution.languages();
    for (int i = 0; i < languages.size(); i++) {
      if (!ReferenceData.languages().contains(languages.get(i))) {
        findings.report(LANGUAGES.index(i), languages.get(i));
      }
    }
    List<KnowledgeProduct> products = solution.knowledgeProducts();
    for (int i = 0; i < products.size(); i++) {
      Optional<LanguageCode> language = products.get(i).language();
      if (language.isPresent() && !ReferenceData.languages().contains(language.get())) {
        findings.report(PRODUCTS.index(i).member("language"), language.get());
      }
    }
  }

  private static void linked(Solution solution, RuleContext context, Findings findings) {
    List<KnowledgeProduct> products = solution.knowledgeProducts();
    for (int i = 0; i < products.size(); i++) {
      if (products.get(i).link().isEmpty()) {
        findings.report(PRODUCTS.index(i), products.get(i).type());
      }
    }
  }

  private static void linkForm(Solution solution, RuleContext context, Findings findings) {
    List<KnowledgeProduct> products = solution.knowledgeProducts();
    for (int i = 0; i < products.size(); i++) {
      Optional<String> link = products.get(i).link();
      if (link.isPresent() && !InstitutionRules.isWebAddress(link.get())) {
        findings.report(PRODUCTS.index(i).member("link"), link.get());
      }
    }
  }

  private static void published(Solution solution, RuleContext context, Findings findings) {
    List<KnowledgeProduct> products = solution.knowledgeProducts();
    for (int i = 0; i < products.size(); i++) {
      Optional<LocalDate> date = products.get(i).publicationDate();
      if (date.isPresent() && date.get().isAfter(context.today())) {
        findings.report(PRODUCTS.index(i).member("publicationDate"), date.get(), context.today());
      }
    }
  }

  /**
   * An adoption in the country the solution comes from is domestic scale-up, which ksmodel allows
   * (DOMESTIC partnerships exist), but it is often the provider's country typed in by mistake.
   */
  private static void adoptedAbroad(Solution solution, RuleContext context, Findings findings) {
    List<Adoption> adoptions = solution.adoptions();
    for (int i = 0; i < adoptions.size(); i++) {
      if (adoptions.get(i).country().equals(solution.originCountry())) {
        findings.report(ADOPTIONS.index(i).member("country"), solution.originCountry());
      }
    }
  }

  private static void adoptedByNow(Solution solution, RuleContext context, Findings findings) {
    List<Adoption> adoptions = solution.adoptions();
    int thisYear = context.today().getYear();
    for (int i = 0; i < adoptions.size(); i++) {
      if (adoptions.get(i).year().getValue() > thisYear) {
        findings.report(ADOPTIONS.index(i).member("year"), adoptions.get(i).year(), thisYear);
      }
    }
  }

  private static void adoptedAfterStart(Solution solution, RuleContext context, Findings f) {
    if (solution.period().isEmpty()) {
      return;
    }
    int firstYear = solution.period().get().start().getYear();
    List<Adoption> adoptions = solution.adoptions();
    for (int i = 0; i < adoptions.size(); i++) {
      if (adoptions.get(i).year().getValue() < firstYear) {
        f.report(
            ADOPTIONS.index(i).member("year"),
            adoptions.get(i).year(),
            solution.period().get().start());
      }
    }
  }
}
