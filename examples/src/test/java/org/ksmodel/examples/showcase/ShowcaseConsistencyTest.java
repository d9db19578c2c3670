package org.ksmodel.examples.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.DisbursementProgress;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.FundingSource;
import org.ksmodel.funding.Transaction;
import org.ksmodel.institution.CapacityAssessment;
import org.ksmodel.institution.HubScope;
import org.ksmodel.institution.Institution;
import org.ksmodel.partnership.AgreementType;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.Role;
import org.ksmodel.reference.CountryClassification;
import org.ksmodel.reference.ReferenceData;
import org.ksmodel.result.DacCriterion;
import org.ksmodel.result.Evaluation;
import org.ksmodel.result.EvaluationType;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IndicatorMeasure;
import org.ksmodel.result.PeriodValue;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;

/**
 * Checks the showcase against the rules of core/VALIDATION.md directly, so that it stays a model of
 * good data whichever validator rules are in place. Each problem is collected, so a failure lists
 * them all.
 */
class ShowcaseConsistencyTest {
  /** No date of the showcase is after this day (the data describes the past). */
  private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

  private final Dataset dataset = Showcase.dataset();
  private final CountryClassification south = CountryClassification.dacOdaRecipients();
  private final List<String> problems = new ArrayList<>();

  private void require(boolean condition, String problem) {
    if (!condition) {
      problems.add(problem);
    }
  }

  private void known(InstitutionId id, String where) {
    require(dataset.institution(id).isPresent(), where + ": unknown institution " + id);
  }

  private CountryCode countryOf(InstitutionId id) {
    return dataset.institution(id).orElseThrow().country().orElseThrow();
  }

  @Test
  void institutionsFollowTheRules() {
    for (Institution institution : dataset.institutions()) {
      String where = "institution " + institution.id();
      require(
          institution.country().map(ReferenceData.countries()::contains).orElse(true),
          where + ": country");
      institution
          .sectors()
          .forEach(s -> require(ReferenceData.sectors().contains(s), where + ": " + s));
      institution.parent().ifPresent(p -> known(p, where));
      institution
          .hubProfile()
          .filter(h -> h.scope() == HubScope.THEMATIC)
          .ifPresent(
              h -> require(!institution.sectors().isEmpty(), where + ": thematic, no sector"));
      for (CapacityAssessment assessment : institution.capacityAssessments()) {
        require(assessment.isComplete(), where + ": assessment misses pillars");
        require(!assessment.date().isAfter(TODAY), where + ": assessment in the future");
        assessment.assessorInstitution().ifPresent(a -> known(a, where));
      }
      institution
          .ksBudget()
          .flatMap(b -> b.sharePercent())
          .ifPresent(
              share ->
                  require(
                      share.signum() >= 0 && share.compareTo(BigDecimal.valueOf(100)) <= 0,
                      where + ": share"));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void solutionsFollowTheRules() {
    for (Solution solution : dataset.solutions()) {
      String where = "solution " + solution.id();
      known(solution.owner(), where);
      solution.referencedInstitutions().forEach(id -> known(id, where));
      solution
          .referencedPartnerships()
          .forEach(id -> require(dataset.partnership(id).isPresent(), where + ": " + id));
      require(!solution.assessors().contains(solution.owner()), where + ": owner assesses itself");
      solution
          .sdgTargets()
          .forEach(t -> require(ReferenceData.sdgTargets().contains(t), where + ": " + t));
      solution
          .sectors()
          .forEach(s -> require(ReferenceData.sectors().contains(s), where + ": " + s));
      solution
          .languages()
          .forEach(l -> require(ReferenceData.languages().contains(l), where + ": " + l));
      SolutionStage stage = solution.stage();
      if (stage.isAtLeast(SolutionStage.VALIDATED)) {
        require(
            !solution.criteriaAssessments().isEmpty(), where + ": validated without assessments");
        require(solution.mandatoryCriteriaMet(), where + ": mandatory criteria unmet");
      }
      if (stage.isAtLeast(SolutionStage.PACKAGED)) {
        require(!solution.knowledgeProducts().isEmpty(), where + ": packaged without products");
      }
      if (stage == SolutionStage.SHARED) {
        require(
            !solution.adoptions().isEmpty()
                || !dataset.partnershipsSharing(solution.id()).isEmpty(),
            where + ": shared with no one");
      }
      solution
          .adoptions()
          .forEach(a -> require(a.year().getValue() <= TODAY.getYear(), where + ": adoption year"));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void partnershipsFollowTheRules() {
    for (Partnership p : dataset.partnerships()) {
      String where = "partnership " + p.id();
      p.institutionIds().forEach(id -> known(id, where));
      require(p.institutionIds().size() >= 2, where + ": fewer than two institutions");
      Set<InstitutionId> providers = p.institutionsWithRole(Role.PROVIDER);
      Set<InstitutionId> recipients = p.institutionsWithRole(Role.RECIPIENT);
      if (p.modality() != Modality.DOMESTIC) {
        require(!providers.isEmpty() && !recipients.isEmpty(), where + ": provider and recipient");
      }
      Set<CountryCode> providerCountries = new HashSet<>();
      providers.forEach(id -> providerCountries.add(countryOf(id)));
      Set<CountryCode> recipientCountries = new HashSet<>();
      recipients.forEach(id -> recipientCountries.add(countryOf(id)));
      Set<CountryCode> all = new HashSet<>();
      p.institutionIds().forEach(id -> all.add(countryOf(id)));
      switch (p.modality()) {
        case TRIANGULAR -> {
          Set<InstitutionId> facilitators = new HashSet<>(p.institutionsWithRole(Role.FACILITATOR));
          facilitators.removeAll(providers);
          facilitators.removeAll(recipients);
          require(
              !facilitators.isEmpty(), where + ": no facilitator besides provider and recipient");
        }
        case SOUTH_SOUTH -> {
          providerCountries.forEach(c -> require(south.isDeveloping(c), where + ": provider " + c));
          recipientCountries.forEach(
              c -> require(south.isDeveloping(c), where + ": recipient " + c));
        }
        case NORTH_SOUTH -> {
          providerCountries.forEach(
              c -> require(!south.isDeveloping(c), where + ": provider " + c));
          recipientCountries.forEach(
              c -> require(south.isDeveloping(c), where + ": recipient " + c));
        }
        case SOUTH_NORTH -> {
          providerCountries.forEach(c -> require(south.isDeveloping(c), where + ": provider " + c));
          recipientCountries.forEach(
              c -> require(!south.isDeveloping(c), where + ": recipient " + c));
        }
        case REGIONAL -> require(all.size() >= 3, where + ": fewer than three countries");
        case DOMESTIC -> require(all.size() == 1, where + ": several countries");
        default -> {}
      }
      p.solutions()
          .forEach(
              id -> {
                Optional<Solution> solution = dataset.solution(id);
                require(solution.isPresent(), where + ": unknown solution " + id);
                solution.ifPresent(
                    s ->
                        require(
                            s.stage().isAtLeast(SolutionStage.VALIDATED)
                                || s.stage() == SolutionStage.SHARED,
                            where + ": shares an unvalidated solution"));
              });
      if (p.status() != PartnershipStatus.PLANNED) {
        require(p.design().flatMap(d -> d.developmentGoal()).isPresent(), where + ": no goal");
        require(
            p.design().map(d -> !d.changeObjectives().isEmpty()).orElse(false),
            where + ": no objective");
      }
      if (p.status() == PartnershipStatus.COMPLETED) {
        require(p.actualEnd().isPresent(), where + ": no actual end");
      }
      DateRange period = p.period().orElseThrow();
      for (ExchangeActivity activity : p.activities()) {
        require(period.encloses(activity.period()), where + ": activity outside the period");
        require(!activity.targetedOutcomes().isEmpty(), where + ": activity without outcome");
        require(!activity.period().start().isAfter(TODAY), where + ": activity in the future");
      }
      p.dacSectors().forEach(s -> require(ReferenceData.sectors().contains(s), where + ": " + s));
      p.sdgTargets()
          .forEach(t -> require(ReferenceData.sdgTargets().contains(t), where + ": " + t));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void fundingsFollowTheRules() {
    for (Funding funding : dataset.fundings()) {
      String where = "funding " + funding.id();
      funding
          .partnership()
          .ifPresent(id -> require(dataset.partnership(id).isPresent(), where + ": " + id));
      funding.institution().ifPresent(id -> known(id, where));
      funding.contributions().forEach(c -> known(c.contributor(), where));
      funding
          .totalBudget()
          .ifPresent(
              budget -> {
                for (Contribution c : funding.contributions()) {
                  require(
                      c.committedAmount().isSameCurrencyAs(budget),
                      where + ": contribution currency");
                }
                Money total =
                    funding
                        .contributionTotals()
                        .getOrDefault(budget.currency(), Money.zero(budget.currency()));
                require(total.compareTo(budget) <= 0, where + ": contributions exceed the budget");
              });
      if (funding.contributions().stream()
          .anyMatch(c -> c.source() == FundingSource.CO_FINANCING)) {
        require(
            funding.contributions().stream().map(Contribution::contributor).distinct().count() >= 2,
            where + ": co-financing by one contributor");
      }
      Optional<Partnership> partnership = funding.partnership().flatMap(dataset::partnership);
      partnership
          .filter(p -> p.agreement().filter(AgreementType.REVERSE_LINKAGE::equals).isPresent())
          .ifPresent(
              p -> {
                Set<InstitutionId> contributors = new HashSet<>();
                funding.contributions().forEach(c -> contributors.add(c.contributor()));
                require(
                    p.institutionsWithRole(Role.PROVIDER).stream().anyMatch(contributors::contains),
                    where + ": provider pays nothing");
                require(
                    p.institutionsWithRole(Role.RECIPIENT).stream()
                        .anyMatch(contributors::contains),
                    where + ": recipient pays nothing");
              });
      for (Map.Entry<CurrencyCode, DisbursementProgress> progress :
          funding.disbursementProgress().entrySet()) {
        require(
            progress.getValue().disbursed().compareTo(progress.getValue().committed()) <= 0,
            where + ": disbursed more than committed in " + progress.getKey());
      }
      for (Transaction t : funding.transactions()) {
        require(!t.date().isAfter(TODAY), where + ": transaction in the future");
        partnership
            .flatMap(Partnership::period)
            .ifPresent(
                range ->
                    require(range.contains(t.date()), where + ": transaction outside the period"));
        t.fromInstitution().ifPresent(id -> known(id, where));
        t.toInstitution().ifPresent(id -> known(id, where));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void resultsFollowTheRules() {
    for (ResultsFramework framework : dataset.resultsFrameworks()) {
      String where = "results " + framework.id();
      Partnership p = framework.partnership().flatMap(dataset::partnership).orElseThrow();
      for (Indicator indicator : framework.allIndicators()) {
        String at = where + " / " + indicator.title();
        List<PeriodValue> values = new ArrayList<>(indicator.targets());
        values.addAll(indicator.actuals());
        indicator
            .baselines()
            .forEach(
                b ->
                    values.add(
                        PeriodValue.of(
                            DateRange.startingOn(b.date().orElseThrow()),
                            b.value().orElseThrow())));
        for (PeriodValue value : values) {
          require(value.value().isNumber() == indicator.measure().isNumeric(), at + ": value kind");
          if (indicator.measure() == IndicatorMeasure.PERCENTAGE) {
            BigDecimal number = value.value().number().orElseThrow();
            require(
                number.signum() >= 0 && number.compareTo(BigDecimal.valueOf(100)) <= 0,
                at + ": percentage");
          }
        }
        indicator
            .baselines()
            .forEach(
                b ->
                    indicator
                        .targets()
                        .forEach(
                            t ->
                                require(
                                    b.date().orElseThrow().isBefore(t.period().start()),
                                    at + ": baseline after a target period")));
        indicator
            .actuals()
            .forEach(a -> require(!a.period().start().isAfter(TODAY), at + ": actual not started"));
        if (p.status() == PartnershipStatus.COMPLETED) {
          require(
              !indicator.actuals().isEmpty() || indicator.missingActualsReason().isPresent(),
              at + ": no actual");
        }
      }
      for (Evaluation evaluation : framework.evaluations()) {
        Set<DacCriterion> rated = EnumSet.noneOf(DacCriterion.class);
        rated.addAll(evaluation.ratings().keySet());
        require(
            rated.containsAll(EnumSet.allOf(DacCriterion.class)),
            where + ": criteria not all rated");
        evaluation
            .ratings()
            .values()
            .forEach(
                r ->
                    require(
                        !r.isNotApplicable() || r.comment().isPresent(),
                        where + ": N/A without reason"));
        if (evaluation.type() == EvaluationType.EX_POST) {
          require(
              p.actualEnd().map(end -> evaluation.date().isAfter(end)).orElse(false),
              where + ": ex-post before the end");
        }
        require(!evaluation.date().isAfter(TODAY), where + ": evaluation in the future");
      }
      framework
          .evidence()
          .forEach(e -> require(!e.date().isAfter(TODAY), where + ": evidence in the future"));
    }
    assertThat(problems).isEmpty();
  }
}
