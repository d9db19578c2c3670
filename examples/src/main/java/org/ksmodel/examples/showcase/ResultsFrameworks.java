package org.ksmodel.examples.showcase;

import static org.ksmodel.examples.showcase.Showcase.date;
import static org.ksmodel.examples.showcase.Showcase.en;
import static org.ksmodel.examples.showcase.Showcase.period;

import java.net.URI;
import java.util.List;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.result.Baseline;
import org.ksmodel.result.CriterionRating;
import org.ksmodel.result.DacCriterion;
import org.ksmodel.result.Evaluation;
import org.ksmodel.result.EvaluationType;
import org.ksmodel.result.Evidence;
import org.ksmodel.result.EvidenceType;
import org.ksmodel.result.Independence;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IndicatorMeasure;
import org.ksmodel.result.IndicatorValue;
import org.ksmodel.result.IntermediateOutcome;
import org.ksmodel.result.PeriodValue;
import org.ksmodel.result.RatingScale;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultLevel;
import org.ksmodel.result.ResultsFramework;

/**
 * To what effect: results frameworks from outputs to intermediate outcomes (the <i>Art of Knowledge
 * Exchange</i>'s five) and institutional outcomes, with targets, actuals, evidence and evaluations.
 * Indicator values and ratings are illustrative.
 */
final class ResultsFrameworks {
  private ResultsFrameworks() {}

  static List<ResultsFramework> all() {
    return List.of(reverseLinkage(), oportunidadesNewYork(), kspIndonesia());
  }

  private static IndicatorValue number(long value) {
    return IndicatorValue.ofNumber(value);
  }

  /**
   * The Reverse Linkage, halfway: targets per year, actuals for the years begun, a mid-term review.
   */
  private static ResultsFramework reverseLinkage() {
    DateRange year2023 = period(date(2023, 1, 1), date(2023, 12, 31));
    DateRange year2024 = period(date(2024, 1, 1), date(2024, 12, 31));
    return ResultsFramework.builder()
        .id(ResultsFrameworkId.of("RF-ISDB-RL-ID-MZ"))
        .partnership(Partnerships.REVERSE_LINKAGE)
        .addResults(
            Result.builder()
                .level(ResultLevel.OUTPUT)
                .title(en("District trainers trained"))
                .addIndicators(
                    Indicator.builder()
                        .title(en("Trainers certified in community-based disaster risk management"))
                        .measure(IndicatorMeasure.UNIT)
                        .unit("trainers")
                        .addBaselines(Baseline.of(number(0), date(2022, 9, 1)))
                        .addTargets(
                            PeriodValue.of(year2023, number(30)),
                            PeriodValue.of(year2024, number(40)))
                        .addActuals(
                            PeriodValue.builder()
                                .period(year2023)
                                .value(number(28))
                                .comment("Two trainers left the agency before certification")
                                .build(),
                            PeriodValue.of(year2024, number(36)))
                        .meansOfVerification("Certification records of INGD")
                        .build())
                .build(),
            Result.builder()
                .level(ResultLevel.INTERMEDIATE_OUTCOME)
                .intermediateOutcome(IntermediateOutcome.ENHANCED_SKILLS)
                .title(en("Village volunteers can run an evacuation drill"))
                .addIndicators(
                    Indicator.builder()
                        .title(en("Share of pilot villages that ran a drill unaided"))
                        .measure(IndicatorMeasure.PERCENTAGE)
                        .addBaselines(Baseline.of(number(10), date(2022, 9, 1)))
                        .addTargets(PeriodValue.of(year2024, number(60)))
                        .addActuals(PeriodValue.of(year2024, number(45)))
                        .meansOfVerification("Drill observation sheets")
                        .build())
                .build(),
            Result.builder()
                .level(ResultLevel.OUTCOME)
                .title(en("INGD adopts a programme of disaster-resilient villages"))
                .addIndicators(
                    Indicator.builder()
                        .title(en("Status of the national programme"))
                        .measure(IndicatorMeasure.QUALITATIVE)
                        .sdgIndicator("13.1.2")
                        .addBaselines(
                            Baseline.of(
                                IndicatorValue.ofText("No village-level programme"),
                                date(2022, 9, 1)))
                        .addTargets(
                            PeriodValue.of(
                                year2024,
                                IndicatorValue.ofText("Programme approved by INGD's board")))
                        .addActuals(
                            PeriodValue.of(
                                year2024,
                                IndicatorValue.ofText("Draft programme submitted to the board")))
                        .build())
                .build())
        .addEvidence(
            Evidence.builder()
                .type(EvidenceType.FOLLOW_UP_VIDEO_CONFERENCE)
                .date(date(2024, 2, 20))
                .description(en("Trainers report on their first village sessions"))
                .build(),
            Evidence.builder()
                .type(EvidenceType.SURVEY)
                .date(date(2024, 6, 15))
                .description(en("Survey of volunteers in the pilot villages"))
                .build())
        .addEvaluations(
            Evaluation.builder()
                .type(EvaluationType.MID_TERM)
                .independence(Independence.INTERNAL)
                .date(date(2024, 6, 30))
                .ratingScale(RatingScale.FOUR_POINT)
                .putRatings(DacCriterion.RELEVANCE, CriterionRating.scored(4))
                .putRatings(DacCriterion.COHERENCE, CriterionRating.scored(3))
                .putRatings(DacCriterion.EFFECTIVENESS, CriterionRating.scored(3))
                .putRatings(DacCriterion.EFFICIENCY, CriterionRating.scored(3))
                .putRatings(
                    DacCriterion.IMPACT,
                    CriterionRating.notApplicable("Too early: no disaster season since the pilots"))
                .putRatings(DacCriterion.SUSTAINABILITY, CriterionRating.scored(2))
                .addFindings(en("Training is on track; the national programme waits for budget"))
                .addLessons(en("Bring the finance ministry in before the programme is drafted"))
                .build())
        .build();
  }

  /** A completed exchange: actuals for every indicator, and an independent ex-post evaluation. */
  private static ResultsFramework oportunidadesNewYork() {
    DateRange exchange = period(date(2007, 3, 1), date(2008, 6, 30));
    return ResultsFramework.builder()
        .id(ResultsFrameworkId.of("RF-MX-US-CCT"))
        .partnership(Partnerships.OPORTUNIDADES_NEW_YORK)
        .addResults(
            Result.builder()
                .level(ResultLevel.INTERMEDIATE_OUTCOME)
                .intermediateOutcome(IntermediateOutcome.NEW_AND_IMPROVED_ACTIONS)
                .title(en("The city's pilot takes up Oportunidades' design features"))
                .addIndicators(
                    Indicator.builder()
                        .title(
                            en(
                                "Design features adopted (conditions, payments, evaluation, targeting)"))
                        .measure(IndicatorMeasure.UNIT)
                        .unit("features")
                        .addBaselines(Baseline.of(number(0), date(2007, 2, 1)))
                        .addTargets(PeriodValue.of(exchange, number(3)))
                        .addActuals(PeriodValue.of(exchange, number(4)))
                        .build())
                .build(),
            Result.builder()
                .level(ResultLevel.OUTCOME)
                .title(en("A conditional cash transfer pilot with its evaluation built in"))
                .addIndicators(
                    Indicator.builder()
                        .title(en("Status of the city's pilot"))
                        .measure(IndicatorMeasure.QUALITATIVE)
                        .addTargets(
                            PeriodValue.of(
                                exchange,
                                IndicatorValue.ofText(
                                    "Pilot launched with a randomised evaluation")))
                        .addActuals(
                            PeriodValue.of(
                                exchange,
                                IndicatorValue.ofText(
                                    "Opportunity NYC launched with a randomised evaluation")))
                        .build())
                .build())
        .addEvidence(
            Evidence.builder()
                .type(EvidenceType.CASE_STUDY)
                .date(date(2009, 3, 1))
                .description(en("How a Mexican programme travelled to New York"))
                .build(),
            Evidence.builder()
                .type(EvidenceType.EVALUATION_REPORT)
                .link(URI.create("https://www.mdrc.org/"))
                .date(date(2012, 10, 31))
                .description(en("Evaluation of the city's pilot"))
                .build())
        .addEvaluations(
            Evaluation.builder()
                .type(EvaluationType.EX_POST)
                .independence(Independence.INDEPENDENT)
                .date(date(2012, 11, 30))
                .ratingScale(RatingScale.SIX_POINT)
                .putRatings(DacCriterion.RELEVANCE, CriterionRating.scored(5))
                .putRatings(DacCriterion.COHERENCE, CriterionRating.scored(4))
                .putRatings(DacCriterion.EFFECTIVENESS, CriterionRating.scored(5))
                .putRatings(DacCriterion.EFFICIENCY, CriterionRating.scored(5))
                .putRatings(DacCriterion.IMPACT, CriterionRating.scored(3))
                .putRatings(
                    DacCriterion.SUSTAINABILITY,
                    CriterionRating.builder()
                        .score(2)
                        .comment("The pilot ended as planned; lessons fed later city programmes")
                        .build())
                .addFindings(en("The exchange shaped the pilot's design more than its results"))
                .addLessons(en("A solution travels best with its evaluation method"))
                .build())
        .build();
  }

  /** The Knowledge Sharing Program with Indonesia, completed, with a survey of participants. */
  private static ResultsFramework kspIndonesia() {
    DateRange programme = period(date(2019, 3, 15), date(2020, 3, 31));
    return ResultsFramework.builder()
        .id(ResultsFrameworkId.of("RF-KSP-ID-2019"))
        .partnership(Partnerships.KSP_INDONESIA)
        .addResults(
            Result.builder()
                .level(ResultLevel.OUTPUT)
                .title(en("Policy recommendations delivered"))
                .addIndicators(
                    Indicator.builder()
                        .title(en("Policy reports delivered to BAPPENAS"))
                        .measure(IndicatorMeasure.UNIT)
                        .unit("reports")
                        .addBaselines(Baseline.of(number(0), date(2019, 3, 1)))
                        .addTargets(PeriodValue.of(programme, number(1)))
                        .addActuals(PeriodValue.of(programme, number(1)))
                        .build())
                .build(),
            Result.builder()
                .level(ResultLevel.INTERMEDIATE_OUTCOME)
                .intermediateOutcome(IntermediateOutcome.NEW_KNOWLEDGE)
                .title(en("Officials understand how Korea appraised its industrial programmes"))
                .addIndicators(
                    Indicator.builder()
                        .title(en("Participants reporting new knowledge"))
                        .measure(IndicatorMeasure.PERCENTAGE)
                        .addBaselines(Baseline.of(number(0), date(2019, 3, 1)))
                        .addTargets(PeriodValue.of(programme, number(80)))
                        .addActuals(PeriodValue.of(programme, number(86)))
                        .meansOfVerification("End-of-programme survey")
                        .build())
                .build())
        .addEvidence(
            Evidence.builder()
                .type(EvidenceType.SURVEY)
                .date(date(2020, 3, 20))
                .description(en("Survey of participating officials"))
                .build())
        .build();
  }
}
