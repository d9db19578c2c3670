package org.ksmodel.json.internal;

import static org.ksmodel.json.internal.CommonCodecs.DATE_RANGE;
import static org.ksmodel.json.internal.CommonCodecs.DOCUMENT_LINK;
import static org.ksmodel.json.internal.CommonCodecs.INDICATOR_VALUE;
import static org.ksmodel.json.internal.CommonCodecs.INSTITUTION_ID;
import static org.ksmodel.json.internal.CommonCodecs.PARTNERSHIP_ID;
import static org.ksmodel.json.internal.CommonCodecs.RESULTS_FRAMEWORK_ID;
import static org.ksmodel.json.internal.CommonCodecs.SOLUTION_ID;
import static org.ksmodel.json.internal.CommonCodecs.TEXT;
import static org.ksmodel.json.internal.Field.defaulted;
import static org.ksmodel.json.internal.Field.list;
import static org.ksmodel.json.internal.Field.map;
import static org.ksmodel.json.internal.Field.optional;
import static org.ksmodel.json.internal.Field.required;
import static org.ksmodel.json.internal.Scalars.enumOf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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
import org.ksmodel.result.IntermediateOutcome;
import org.ksmodel.result.PeriodValue;
import org.ksmodel.result.RatingScale;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultLevel;
import org.ksmodel.result.ResultReference;
import org.ksmodel.result.ResultsFramework;

/** The wire form of a results framework and its parts; member names are the accessor names. */
public final class ResultCodecs {
  private ResultCodecs() {}

  static final ObjectCodec<Dimension.Builder, Dimension> DIMENSION =
      new ObjectCodec<Dimension.Builder, Dimension>(
          "Dimension",
          "A category a value is disaggregated by (IATI's dimension), name and value as published.",
          Dimension::builder,
          Dimension.Builder::build,
          required("name", Dimension::name, Scalars.STRING, Dimension.Builder::name),
          required("value", Dimension::value, Scalars.STRING, Dimension.Builder::value));

  static final ObjectCodec<IndicatorReference.Builder, IndicatorReference> INDICATOR_REFERENCE =
      new ObjectCodec<IndicatorReference.Builder, IndicatorReference>(
          "IndicatorReference",
          "An indicator's code in a vocabulary (IATI IndicatorVocabulary code), as published.",
          IndicatorReference::builder,
          IndicatorReference.Builder::build,
          required(
              "vocabulary",
              IndicatorReference::vocabulary,
              Scalars.STRING,
              IndicatorReference.Builder::vocabulary),
          required(
              "code", IndicatorReference::code, Scalars.STRING, IndicatorReference.Builder::code),
          optional(
              "indicatorUri",
              IndicatorReference::indicatorUri,
              Scalars.STRING,
              IndicatorReference.Builder::indicatorUri));

  static final ObjectCodec<ResultReference.Builder, ResultReference> RESULT_REFERENCE =
      new ObjectCodec<ResultReference.Builder, ResultReference>(
          "ResultReference",
          "A result's code in a vocabulary (IATI ResultVocabulary code), as published.",
          ResultReference::builder,
          ResultReference.Builder::build,
          required(
              "vocabulary",
              ResultReference::vocabulary,
              Scalars.STRING,
              ResultReference.Builder::vocabulary),
          required("code", ResultReference::code, Scalars.STRING, ResultReference.Builder::code),
          optional(
              "vocabularyUri",
              ResultReference::vocabularyUri,
              Scalars.STRING,
              ResultReference.Builder::vocabularyUri));

  static final ObjectCodec<Baseline.Builder, Baseline> BASELINE =
      new ObjectCodec<Baseline.Builder, Baseline>(
              "Baseline",
              "Where an indicator stood before the partnership: a year or a day (or both, the day"
                  + " in the year), and usually a value.",
              Baseline::builder,
              Baseline.Builder::build,
              optional("value", Baseline::value, INDICATOR_VALUE, Baseline.Builder::value),
              optional("date", Baseline::date, Scalars.DATE, Baseline.Builder::date),
              optional("comment", Baseline::comment, Scalars.STRING, Baseline.Builder::comment),
              // Added in 1.1.
              optional("year", Baseline::year, Scalars.YEAR, Baseline.Builder::year),
              list("dimensions", Baseline::dimensions, DIMENSION, Baseline.Builder::addDimensions),
              list(
                  "locationRefs",
                  Baseline::locationRefs,
                  Scalars.STRING,
                  Baseline.Builder::addLocationRefs),
              list(
                  "documentLinks",
                  Baseline::documentLinks,
                  DOCUMENT_LINK,
                  Baseline.Builder::addDocumentLinks))
          .refined(
              // The model refuses a baseline with neither a year nor a day.
              schema -> schema.putArray("anyOf").add(requires("date")).add(requires("year")));

  private static ObjectNode requires(String member) {
    ObjectNode schema = SchemaContext.node();
    schema.putArray("required").add(member);
    return schema;
  }

  static final ObjectCodec<PeriodValue.Builder, PeriodValue> PERIOD_VALUE =
      new ObjectCodec<PeriodValue.Builder, PeriodValue>(
          "PeriodValue",
          "A target or an actual of an indicator for one period, maybe for some categories or"
              + " locations only.",
          PeriodValue::builder,
          PeriodValue.Builder::build,
          required("period", PeriodValue::period, DATE_RANGE, PeriodValue.Builder::period),
          required("value", PeriodValue::value, INDICATOR_VALUE, PeriodValue.Builder::value),
          optional("comment", PeriodValue::comment, Scalars.STRING, PeriodValue.Builder::comment),
          // Added in 1.1.
          list(
              "dimensions", PeriodValue::dimensions, DIMENSION, PeriodValue.Builder::addDimensions),
          list(
              "locationRefs",
              PeriodValue::locationRefs,
              Scalars.STRING,
              PeriodValue.Builder::addLocationRefs),
          list(
              "documentLinks",
              PeriodValue::documentLinks,
              DOCUMENT_LINK,
              PeriodValue.Builder::addDocumentLinks));

  static final ObjectCodec<Indicator.Builder, Indicator> INDICATOR =
      new ObjectCodec<Indicator.Builder, Indicator>(
          "Indicator",
          "A measure of progress towards a result (IATI's result indicator).",
          Indicator::builder,
          Indicator.Builder::build,
          required("title", Indicator::title, TEXT, Indicator.Builder::title),
          optional("description", Indicator::description, TEXT, Indicator.Builder::description),
          required(
              "measure",
              Indicator::measure,
              enumOf(IndicatorMeasure.class),
              Indicator.Builder::measure),
          defaulted(
              "ascending", Indicator::ascending, Scalars.BOOLEAN, Indicator.Builder::ascending),
          // The 1.0 member: one baseline with a value and a day; every other set goes to baselines.
          optional(
              "baseline",
              Indicator::singleDatedBaseline,
              BASELINE,
              Indicator.Builder::addBaselines),
          list("targets", Indicator::targets, PERIOD_VALUE, Indicator.Builder::addTargets),
          list("actuals", Indicator::actuals, PERIOD_VALUE, Indicator.Builder::addActuals),
          optional("unit", Indicator::unit, Scalars.STRING, Indicator.Builder::unit),
          optional(
              "meansOfVerification",
              Indicator::meansOfVerification,
              Scalars.STRING,
              Indicator.Builder::meansOfVerification),
          optional(
              "sdgIndicator",
              Indicator::sdgIndicator,
              Scalars.STRING,
              Indicator.Builder::sdgIndicator),
          optional(
              "missingActualsReason",
              Indicator::missingActualsReason,
              Scalars.STRING,
              Indicator.Builder::missingActualsReason),
          // Added in 1.1.
          list(
              "baselines",
              indicator ->
                  indicator.singleDatedBaseline().isPresent()
                      ? List.<Baseline>of()
                      : indicator.baselines(),
              BASELINE,
              Indicator.Builder::addBaselines),
          list(
              "references",
              Indicator::references,
              INDICATOR_REFERENCE,
              Indicator.Builder::addReferences),
          optional(
              "aggregationStatus",
              Indicator::aggregationStatus,
              Scalars.BOOLEAN,
              Indicator.Builder::aggregationStatus),
          list(
              "documentLinks",
              Indicator::documentLinks,
              DOCUMENT_LINK,
              Indicator.Builder::addDocumentLinks));

  static final ObjectCodec<Result.Builder, Result> RESULT =
      new ObjectCodec<Result.Builder, Result>(
          "Result",
          "A result at one level of the results chain, with its indicators.",
          Result::builder,
          Result.Builder::build,
          required("level", Result::level, enumOf(ResultLevel.class), Result.Builder::level),
          optional(
              "intermediateOutcome",
              Result::intermediateOutcome,
              enumOf(IntermediateOutcome.class),
              Result.Builder::intermediateOutcome),
          required("title", Result::title, TEXT, Result.Builder::title),
          optional("description", Result::description, TEXT, Result.Builder::description),
          list("indicators", Result::indicators, INDICATOR, Result.Builder::addIndicators),
          // Added in 1.1.
          list("references", Result::references, RESULT_REFERENCE, Result.Builder::addReferences),
          optional(
              "aggregationStatus",
              Result::aggregationStatus,
              Scalars.BOOLEAN,
              Result.Builder::aggregationStatus),
          list(
              "documentLinks",
              Result::documentLinks,
              DOCUMENT_LINK,
              Result.Builder::addDocumentLinks));

  static final ObjectCodec<Evidence.Builder, Evidence> EVIDENCE =
      new ObjectCodec<Evidence.Builder, Evidence>(
          "Evidence",
          "A piece of evidence of results: a case study, a survey, a testimonial, ...",
          Evidence::builder,
          Evidence.Builder::build,
          required("type", Evidence::type, enumOf(EvidenceType.class), Evidence.Builder::type),
          optional("link", Evidence::link, Scalars.URI_CODEC, Evidence.Builder::link),
          required("date", Evidence::date, Scalars.DATE, Evidence.Builder::date),
          optional("description", Evidence::description, TEXT, Evidence.Builder::description));

  static final ObjectCodec<CriterionRating.Builder, CriterionRating> CRITERION_RATING =
      new ObjectCodec<CriterionRating.Builder, CriterionRating>(
          "CriterionRating",
          "The rating of one DAC criterion; no score means not applicable.",
          CriterionRating::builder,
          CriterionRating.Builder::build,
          optional("score", CriterionRating::score, Scalars.INT, CriterionRating.Builder::score),
          optional(
              "comment",
              CriterionRating::comment,
              Scalars.STRING,
              CriterionRating.Builder::comment));

  static final ObjectCodec<Evaluation.Builder, Evaluation> EVALUATION =
      new ObjectCodec<Evaluation.Builder, Evaluation>(
          "Evaluation",
          "An evaluation against the OECD-DAC criteria, ratings keyed by criterion.",
          Evaluation::builder,
          Evaluation.Builder::build,
          required(
              "type", Evaluation::type, enumOf(EvaluationType.class), Evaluation.Builder::type),
          required(
              "independence",
              Evaluation::independence,
              enumOf(Independence.class),
              Evaluation.Builder::independence),
          required("date", Evaluation::date, Scalars.DATE, Evaluation.Builder::date),
          optional(
              "ratingScale",
              Evaluation::ratingScale,
              enumOf(RatingScale.class),
              Evaluation.Builder::ratingScale),
          map(
              "ratings",
              Evaluation::ratings,
              Keys.of(DacCriterion.class),
              CRITERION_RATING,
              Evaluation.Builder::putRatings),
          list("findings", Evaluation::findings, TEXT, Evaluation.Builder::addFindings),
          list("lessons", Evaluation::lessons, TEXT, Evaluation.Builder::addLessons));

  public static final ObjectCodec<ResultsFramework.Builder, ResultsFramework> RESULTS_FRAMEWORK =
      new ObjectCodec<ResultsFramework.Builder, ResultsFramework>(
          "ResultsFramework",
          "The results of a partnership, a solution or an institution: exactly one of"
              + " partnership, solution and institution is given.",
          ResultsFramework::builder,
          ResultsFramework.Builder::build,
          required("id", ResultsFramework::id, RESULTS_FRAMEWORK_ID, ResultsFramework.Builder::id),
          optional(
              "partnership",
              ResultsFramework::partnership,
              PARTNERSHIP_ID,
              ResultsFramework.Builder::partnership),
          optional(
              "solution",
              ResultsFramework::solution,
              SOLUTION_ID,
              ResultsFramework.Builder::solution),
          optional(
              "institution",
              ResultsFramework::institution,
              INSTITUTION_ID,
              ResultsFramework.Builder::institution),
          list("results", ResultsFramework::results, RESULT, ResultsFramework.Builder::addResults),
          list(
              "evidence",
              ResultsFramework::evidence,
              EVIDENCE,
              ResultsFramework.Builder::addEvidence),
          list(
              "evaluations",
              ResultsFramework::evaluations,
              EVALUATION,
              ResultsFramework.Builder::addEvaluations));
}
