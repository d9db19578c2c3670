package org.ksmodel.testkit;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Period;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SolutionId;
import org.ksmodel.partnership.Design;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.result.Baseline;
import org.ksmodel.result.CriterionRating;
import org.ksmodel.result.DacCriterion;
import org.ksmodel.result.Dimension;
import org.ksmodel.result.Evaluation;
import org.ksmodel.result.EvaluationType;
import org.ksmodel.result.Evidence;
import org.ksmodel.result.EvidenceType;
import org.ksmodel.result.Independence;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IndicatorMeasure;
import org.ksmodel.result.IndicatorReference;
import org.ksmodel.result.IndicatorValue;
import org.ksmodel.result.IntermediateOutcome;
import org.ksmodel.result.PeriodValue;
import org.ksmodel.result.RatingScale;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultLevel;
import org.ksmodel.result.ResultReference;
import org.ksmodel.result.ResultsFramework;

/**
 * Generators of results frameworks, valid by construction and by the results rules of
 * core/VALIDATION.md: PERCENTAGE values within 0-100; QUALITATIVE values are texts and the others
 * numbers; baselines dated before the first target period; actuals only for periods that started
 * before {@link PartnershipGen#TODAY}; every indicator of a COMPLETED partnership has actuals;
 * every evaluation scores all six DAC criteria; an EX_POST evaluation is dated after the
 * partnership's planned and actual ends. Evidence, evaluations and actuals only come with
 * partnerships that have started, and are dated before {@link PartnershipGen#TODAY}.
 *
 * <p>The 1.1 additions: results and indicators with references of several vocabularies (indicators:
 * WHO 1, SDG 9 under the scope's SDG targets or in a form not checked, the reporting organisation's
 * 99), aggregation statuses and document links; several baselines by year, by day or both (the
 * first one before the first target period, repeats only for other categories or years), sometimes
 * without a value; targets and actuals disaggregated by dimension and location, with document
 * links.
 */
public final class ResultsGen {
  private static final LocalDate LAST_PAST_DAY = PartnershipGen.TODAY.minusDays(1);

  /**
   * What the results are about: the period targets cover, whether it has started and is over, the
   * day after which an ex-post evaluation may come, the outcomes and SDG targets aimed at.
   */
  private record Scope(
      DateRange period,
      boolean started,
      boolean completed,
      Optional<LocalDate> ended,
      List<IntermediateOutcome> outcomes,
      List<SdgTarget> sdgTargets) {}

  private ResultsGen() {}

  /** Any framework: of a generated partnership, solution or institution. */
  public static Gen<ResultsFramework> any() {
    return rng -> {
      ResultsFrameworkId id = ResultsFrameworkId.of("RF-" + rng.nextInt(1_000_000));
      return switch (rng.nextInt(4)) {
        case 0 -> forSolution(id, SolutionId.of("SOL-" + rng.nextInt(1_000))).next(rng);
        case 1 -> forInstitution(id, InstitutionId.of("INST-" + rng.nextInt(1_000))).next(rng);
        default -> forPartnership(id, PartnershipGen.any().next(rng)).next(rng);
      };
    };
  }

  /**
   * The results of {@code partnership}: targets over its period (see {@link
   * PartnershipGen#window}), intermediate outcomes from its design, SDG indicators under its SDG
   * targets, actuals for every indicator when it is COMPLETED.
   */
  public static Gen<ResultsFramework> forPartnership(
      ResultsFrameworkId id, Partnership partnership) {
    boolean started =
        partnership.actualStart().filter(a -> a.isBefore(PartnershipGen.TODAY)).isPresent();
    Optional<LocalDate> ended =
        partnership.actualPeriod().isPresent()
            ? latestEnd(partnership.actualPeriod().get(), partnership.plannedPeriod())
            : Optional.empty();
    List<IntermediateOutcome> outcomes =
        partnership.design().map(Design::allTargetedOutcomes).map(List::copyOf).orElse(List.of());
    return rng -> {
      DateRange period =
          PartnershipGen.window(partnership)
              .map(w -> DateRange.ofClosed(w.start(), w.end().orElse(w.start().plusYears(2))))
              .orElseGet(() -> pastPeriod().next(rng));
      Scope scope =
          new Scope(
              period,
              started,
              partnership.status() == PartnershipStatus.COMPLETED,
              ended,
              outcomes,
              partnership.sdgTargets());
      return framework(ResultsFramework.builder().id(id).partnership(partnership.id()), scope)
          .next(rng);
    };
  }

  private static Optional<LocalDate> latestEnd(Period actual, Optional<Period> planned) {
    if (actual.end().isEmpty() || planned.filter(p -> p.end().isEmpty()).isPresent()) {
      return Optional.empty();
    }
    LocalDate end = actual.end().get();
    LocalDate plannedEnd = planned.flatMap(Period::end).orElse(end);
    return Optional.of(plannedEnd.isAfter(end) ? plannedEnd : end);
  }

  /** The results of {@code solution} where it was applied, over a past period. */
  public static Gen<ResultsFramework> forSolution(ResultsFrameworkId id, SolutionId solution) {
    return rng ->
        framework(ResultsFramework.builder().id(id).solution(solution), pastScope().next(rng))
            .next(rng);
  }

  /** The results of {@code institution}'s knowledge-sharing programme, over a past period. */
  public static Gen<ResultsFramework> forInstitution(
      ResultsFrameworkId id, InstitutionId institution) {
    return rng ->
        framework(ResultsFramework.builder().id(id).institution(institution), pastScope().next(rng))
            .next(rng);
  }

  private static Gen<DateRange> pastPeriod() {
    return rng -> {
      LocalDate start = LocalDate.of(2008, 1, 1).plusDays(rng.nextInt(14 * 365));
      return DateRange.ofClosed(start, start.plusDays(rng.between(180, 4 * 365)));
    };
  }

  private static Gen<Scope> pastScope() {
    return rng -> {
      DateRange period = pastPeriod().next(rng);
      LocalDate end = period.end().orElseThrow();
      boolean over = end.isBefore(PartnershipGen.TODAY);
      return new Scope(
          period,
          true,
          false,
          over ? Optional.of(end) : Optional.empty(),
          List.of(),
          rng.distinct(CommonGen.SDG_TARGETS, 0, 2));
    };
  }

  private static Gen<ResultsFramework> framework(ResultsFramework.Builder builder, Scope scope) {
    return rng -> {
      builder.addAllResults(result(scope).list(1, 4).next(rng));
      if (scope.started()) {
        builder.addAllEvidence(evidence(scope).list(0, 3).next(rng));
        builder.addAllEvaluations(evaluation(scope).list(0, 2).next(rng));
      }
      return builder.build();
    };
  }

  private static Gen<Result> result(Scope scope) {
    return rng -> {
      ResultLevel level = rng.pick(ResultLevel.class);
      Result.Builder builder =
          Result.builder()
              .level(level)
              .title(CommonGen.text().next(rng))
              .description(CommonGen.text().optional(0.5).next(rng))
              .addAllIndicators(indicator(scope).list(1, 3).next(rng));
      // Added in format 1.1.
      if (rng.chance(0.3)) {
        builder.addReferences(
            ResultReference.builder()
                .vocabulary(rng.pick("99", "1"))
                .code("R-" + rng.nextInt(100))
                .vocabularyUri(
                    rng.chance(0.5)
                        ? Optional.of("https://example.org/results/vocabulary")
                        : Optional.empty())
                .build());
      }
      if (rng.chance(0.3)) {
        builder.aggregationStatus(rng.chance(0.5));
      }
      builder.addAllDocumentLinks(CommonGen.documentLink().list(0, 1).next(rng));
      if (level == ResultLevel.INTERMEDIATE_OUTCOME) {
        builder.intermediateOutcome(
            scope.outcomes().isEmpty()
                ? rng.pick(IntermediateOutcome.class)
                : rng.pick(scope.outcomes()));
      }
      return builder.build();
    };
  }

  private static Gen<Indicator> indicator(Scope scope) {
    return rng -> {
      IndicatorMeasure measure = rng.pick(IndicatorMeasure.class);
      boolean ascending = !measure.isOrdered() || rng.chance(0.7);
      List<DateRange> periods = consecutive(scope.period()).next(rng);
      Indicator.Builder builder =
          Indicator.builder()
              .title(CommonGen.text().next(rng))
              .measure(measure)
              .ascending(ascending)
              .unit(
                  measure == IndicatorMeasure.UNIT
                      ? Optional.of(rng.pick("officials", "institutions", "days", "plans"))
                      : Optional.empty())
              .meansOfVerification(CommonGen.words(2, 4).optional(0.6).next(rng));
      // A descending indicator needs a baseline for its achievement rate to mean anything.
      if (!ascending || rng.chance(0.8)) {
        builder.addAllBaselines(baselines(measure, periods.get(0).start(), !ascending).next(rng));
      }
      for (DateRange period : periods) {
        builder.addTargets(PeriodValue.of(period, value(measure).next(rng)));
        boolean begun = scope.started() && period.start().isBefore(PartnershipGen.TODAY);
        boolean actual = begun && (scope.completed() || rng.chance(0.7));
        if (actual) {
          builder.addActuals(PeriodValue.of(period, value(measure).next(rng)));
        }
        // Added in format 1.1: values of the period for categories and locations.
        if (rng.chance(0.25)) {
          List<PeriodValue> slices = slices(measure, period).next(rng);
          builder.addAllTargets(slices);
          if (actual) {
            builder.addAllActuals(slices(measure, period).next(rng));
          }
        }
      }
      if (!scope.sdgTargets().isEmpty() && rng.chance(0.4)) {
        builder.sdgIndicator(rng.pick(scope.sdgTargets()).value() + "." + rng.between(1, 3));
      }
      // Added in format 1.1.
      builder.addAllReferences(references(scope).list(0, 3).next(rng));
      if (rng.chance(0.3)) {
        builder.aggregationStatus(rng.chance(0.5));
      }
      builder.addAllDocumentLinks(CommonGen.documentLink().list(0, 1).next(rng));
      return builder.build();
    };
  }

  /**
   * One to three baselines: the first of the indicator as a whole, measured before {@code
   * firstStart} (by day, by year or both; with a value when {@code valued}, else mostly), then
   * maybe the same for women and men, or a re-measurement a year later.
   */
  private static Gen<List<Baseline>> baselines(
      IndicatorMeasure measure, LocalDate firstStart, boolean valued) {
    return rng -> {
      LocalDate before = firstStart.minusDays(rng.between(1, 365));
      Baseline.Builder first = Baseline.builder();
      switch (rng.nextInt(3)) {
        case 0 -> first.date(before);
        case 1 -> first.year(Year.from(before));
        default -> first.date(before).year(Year.from(before));
      }
      if (valued || rng.chance(0.85)) {
        first.value(value(measure).next(rng));
      }
      if (rng.chance(0.3)) {
        first.comment(CommonGen.words(2, 6).next(rng));
      }
      if (!valued && rng.chance(0.2)) {
        // A baseline for one place only; not for a descending indicator, whose rate needs the
        // baseline of the whole.
        first.addLocationRefs("LOC-" + rng.nextInt(5));
      }
      first.addAllDocumentLinks(CommonGen.documentLink().list(0, 1).next(rng));
      List<Baseline> baselines = new ArrayList<>();
      baselines.add(first.build());
      if (rng.chance(0.15)) {
        for (String sex : List.of("female", "male")) {
          baselines.add(
              Baseline.builder()
                  .year(Year.from(before))
                  .value(value(measure).next(rng))
                  .addDimensions(Dimension.of("sex", sex))
                  .build());
        }
      }
      if (rng.chance(0.15)) {
        baselines.add(Baseline.of(value(measure).next(rng), Year.from(before).plusYears(1)));
      }
      return baselines;
    };
  }

  /** Two values of a period for categories (sex, and sometimes age), or for a location. */
  private static Gen<List<PeriodValue>> slices(IndicatorMeasure measure, DateRange period) {
    return rng -> {
      List<PeriodValue> values = new ArrayList<>();
      if (rng.chance(0.7)) {
        String age = rng.chance(0.5) ? rng.pick("15-24", "25+") : null;
        for (String sex : List.of("female", "male")) {
          PeriodValue.Builder value =
              PeriodValue.builder()
                  .period(period)
                  .value(value(measure).next(rng))
                  .addDimensions(Dimension.of("sex", sex));
          if (age != null) {
            value.addDimensions(Dimension.of("age", age));
          }
          values.add(value.build());
        }
      } else {
        for (int location = 1; location <= 2; location++) {
          values.add(
              PeriodValue.builder()
                  .period(period)
                  .value(value(measure).next(rng))
                  .addLocationRefs("LOC-" + location)
                  .comment(CommonGen.words(2, 5).optional(0.5).next(rng))
                  .addAllDocumentLinks(CommonGen.documentLink().list(0, 1).next(rng))
                  .build());
        }
      }
      return values;
    };
  }

  /** A reference of IATI's WHO (1), SDG (9) or reporting organisation's (99) vocabulary. */
  private static Gen<IndicatorReference> references(Scope scope) {
    return rng -> {
      IndicatorReference.Builder reference = IndicatorReference.builder();
      switch (rng.nextInt(3)) {
        case 0 -> reference.vocabulary(IndicatorReference.WHO_REGISTRY).code(rng.pick("WHS4_543"));
        case 1 ->
            reference
                .vocabulary(IndicatorReference.SDG_INDICATORS)
                .code(
                    scope.sdgTargets().isEmpty() || rng.chance(0.2)
                        ? "C0" + rng.between(10_000, 99_999) // as some publishers write them
                        : rng.pick(scope.sdgTargets()).value() + "." + rng.between(1, 3));
        default ->
            reference
                .vocabulary(IndicatorReference.REPORTING_ORGANISATION)
                .code("IND-" + rng.nextInt(1_000));
      }
      if (rng.chance(0.4)) {
        reference.indicatorUri("https://example.org/indicators/" + rng.nextInt(1_000));
      }
      return reference.build();
    };
  }

  /** One to three consecutive periods that cover {@code period}, which must be closed. */
  private static Gen<List<DateRange>> consecutive(DateRange period) {
    return rng -> {
      LocalDate start = period.start();
      LocalDate end = period.end().orElseThrow();
      long days = end.toEpochDay() - start.toEpochDay();
      TreeSet<Long> cuts = new TreeSet<>();
      int count = (int) Math.min(rng.between(1, 3), days + 1);
      while (cuts.size() < count - 1) {
        cuts.add(rng.between(1L, days));
      }
      List<DateRange> periods = new ArrayList<>();
      LocalDate from = start;
      for (long cut : cuts) {
        periods.add(DateRange.ofClosed(from, start.plusDays(cut - 1)));
        from = start.plusDays(cut);
      }
      periods.add(DateRange.ofClosed(from, end));
      return periods;
    };
  }

  /**
   * A value that fits {@code measure}: a text for QUALITATIVE, 0-100 with one decimal for
   * PERCENTAGE, 1-5 for NOMINAL and ORDINAL, a count for UNIT.
   */
  public static Gen<IndicatorValue> value(IndicatorMeasure measure) {
    return rng ->
        switch (measure) {
          case QUALITATIVE -> IndicatorValue.ofText(CommonGen.words(3, 10).next(rng));
          case PERCENTAGE -> IndicatorValue.ofNumber(BigDecimal.valueOf(rng.between(0, 1000), 1));
          case NOMINAL, ORDINAL -> IndicatorValue.ofNumber(rng.between(1, 5));
          case UNIT -> IndicatorValue.ofNumber(rng.between(0, 500));
        };
  }

  private static Gen<Evidence> evidence(Scope scope) {
    return rng ->
        Evidence.builder()
            .type(rng.pick(EvidenceType.class))
            .date(dayIn(scope.period().start(), LAST_PAST_DAY).next(rng))
            .link(
                rng.chance(0.7)
                    ? Optional.of(URI.create("https://example.org/evidence/" + rng.nextInt(10_000)))
                    : Optional.empty())
            .description(CommonGen.text().optional(0.6).next(rng))
            .build();
  }

  /**
   * An evaluation dated when its type fits: an ex-post one after the end (only when there is room
   * before today), the others within the period.
   */
  private static Gen<Evaluation> evaluation(Scope scope) {
    return rng -> {
      Optional<LocalDate> afterEnd =
          scope.ended().map(e -> e.plusDays(1)).filter(d -> d.isBefore(LAST_PAST_DAY));
      EvaluationType type = rng.pick(EvaluationType.class);
      if (type == EvaluationType.EX_POST && afterEnd.isEmpty()) {
        type = EvaluationType.FINAL;
      }
      LocalDate lastInPeriod = min(scope.period().end().orElseThrow(), LAST_PAST_DAY);
      LocalDate date =
          type == EvaluationType.EX_POST
              ? dayIn(afterEnd.get(), LAST_PAST_DAY).next(rng)
              : dayIn(scope.period().start(), lastInPeriod).next(rng);
      RatingScale scale = rng.pick(RatingScale.class);
      Evaluation.Builder builder =
          Evaluation.builder()
              .type(type)
              .independence(
                  type == EvaluationType.SELF
                      ? Independence.INTERNAL
                      : rng.pick(Independence.class))
              .date(date)
              .ratingScale(scale)
              .addAllFindings(CommonGen.text().list(1, 3).next(rng))
              .addAllLessons(CommonGen.text().list(0, 3).next(rng));
      for (DacCriterion criterion : DacCriterion.values()) {
        builder.putRatings(
            criterion,
            CriterionRating.builder()
                .score(rng.between(scale.min(), scale.max()))
                .comment(CommonGen.words(3, 8).optional(0.4).next(rng))
                .build());
      }
      return builder.build();
    };
  }

  private static Gen<LocalDate> dayIn(LocalDate first, LocalDate last) {
    return rng ->
        last.isBefore(first)
            ? first
            : first.plusDays(rng.between(0L, last.toEpochDay() - first.toEpochDay()));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
