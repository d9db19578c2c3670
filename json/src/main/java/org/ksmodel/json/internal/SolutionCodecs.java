package org.ksmodel.json.internal;

import static org.ksmodel.json.internal.CommonCodecs.CODE;
import static org.ksmodel.json.internal.CommonCodecs.COUNTRY;
import static org.ksmodel.json.internal.CommonCodecs.DATE_RANGE;
import static org.ksmodel.json.internal.CommonCodecs.INSTITUTION_ID;
import static org.ksmodel.json.internal.CommonCodecs.LANGUAGE;
import static org.ksmodel.json.internal.CommonCodecs.PARTNERSHIP_ID;
import static org.ksmodel.json.internal.CommonCodecs.SDG_TARGET;
import static org.ksmodel.json.internal.CommonCodecs.SECTOR;
import static org.ksmodel.json.internal.CommonCodecs.SOLUTION_ID;
import static org.ksmodel.json.internal.CommonCodecs.TEXT;
import static org.ksmodel.json.internal.Field.defaulted;
import static org.ksmodel.json.internal.Field.list;
import static org.ksmodel.json.internal.Field.optional;
import static org.ksmodel.json.internal.Field.required;
import static org.ksmodel.json.internal.Scalars.enumOf;

import org.ksmodel.solution.Adoption;
import org.ksmodel.solution.CriterionAssessment;
import org.ksmodel.solution.KnowledgeProduct;
import org.ksmodel.solution.KnowledgeProductType;
import org.ksmodel.solution.Score;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;

/** The wire form of a solution and its parts; member names are the accessor names. */
public final class SolutionCodecs {
  private SolutionCodecs() {}

  static final ObjectCodec<Score.Builder, Score> SCORE =
      new ObjectCodec<Score.Builder, Score>(
          "Score",
          "A score on a scale from minimum to maximum, with an optional pass mark.",
          Score::builder,
          Score.Builder::build,
          required("value", Score::value, Scalars.DECIMAL, Score.Builder::value),
          required("minimum", Score::minimum, Scalars.DECIMAL, Score.Builder::minimum),
          required("maximum", Score::maximum, Scalars.DECIMAL, Score.Builder::maximum),
          optional("passMark", Score::passMark, Scalars.DECIMAL, Score.Builder::passMark));

  static final ObjectCodec<CriterionAssessment.Builder, CriterionAssessment> CRITERION_ASSESSMENT =
      new ObjectCodec<CriterionAssessment.Builder, CriterionAssessment>(
          "CriterionAssessment",
          "The judgement of a solution against one validation criterion.",
          CriterionAssessment::builder,
          CriterionAssessment.Builder::build,
          required(
              "criterion",
              CriterionAssessment::criterion,
              CODE,
              CriterionAssessment.Builder::criterion),
          defaulted(
              "mandatory",
              CriterionAssessment::mandatory,
              Scalars.BOOLEAN,
              CriterionAssessment.Builder::mandatory),
          optional(
              "met", CriterionAssessment::met, Scalars.BOOLEAN, CriterionAssessment.Builder::met),
          optional("score", CriterionAssessment::score, SCORE, CriterionAssessment.Builder::score),
          optional(
              "evidence",
              CriterionAssessment::evidence,
              Scalars.STRING,
              CriterionAssessment.Builder::evidence),
          optional(
              "assessor",
              CriterionAssessment::assessor,
              INSTITUTION_ID,
              CriterionAssessment.Builder::assessor),
          optional(
              "date", CriterionAssessment::date, Scalars.DATE, CriterionAssessment.Builder::date));

  static final ObjectCodec<KnowledgeProduct.Builder, KnowledgeProduct> KNOWLEDGE_PRODUCT =
      new ObjectCodec<KnowledgeProduct.Builder, KnowledgeProduct>(
          "KnowledgeProduct",
          "A product that packages a solution: a case study, a toolkit, a video, ...",
          KnowledgeProduct::builder,
          KnowledgeProduct.Builder::build,
          required(
              "type",
              KnowledgeProduct::type,
              enumOf(KnowledgeProductType.class),
              KnowledgeProduct.Builder::type),
          required("title", KnowledgeProduct::title, TEXT, KnowledgeProduct.Builder::title),
          optional(
              "language", KnowledgeProduct::language, LANGUAGE, KnowledgeProduct.Builder::language),
          optional(
              "format", KnowledgeProduct::format, Scalars.STRING, KnowledgeProduct.Builder::format),
          optional("link", KnowledgeProduct::link, Scalars.STRING, KnowledgeProduct.Builder::link),
          optional(
              "licence",
              KnowledgeProduct::licence,
              Scalars.STRING,
              KnowledgeProduct.Builder::licence),
          optional(
              "publicationDate",
              KnowledgeProduct::publicationDate,
              Scalars.DATE,
              KnowledgeProduct.Builder::publicationDate));

  static final ObjectCodec<Adoption.Builder, Adoption> ADOPTION =
      new ObjectCodec<Adoption.Builder, Adoption>(
              "Adoption",
              "Where and when a solution was adapted and taken up.",
              Adoption::builder,
              Adoption.Builder::build,
              required("country", Adoption::country, COUNTRY, Adoption.Builder::country),
              optional(
                  "institution",
                  Adoption::institution,
                  INSTITUTION_ID,
                  Adoption.Builder::institution),
              optional(
                  "partnership",
                  Adoption::partnership,
                  PARTNERSHIP_ID,
                  Adoption.Builder::partnership),
              required("year", Adoption::year, Scalars.YEAR, Adoption.Builder::year))
          .refined(
              schema ->
                  SchemaContext.member(schema, "year")
                      .put("minimum", Adoption.FIRST_YEAR)
                      .put("maximum", Adoption.LAST_YEAR));

  public static final ObjectCodec<Solution.Builder, Solution> SOLUTION =
      new ObjectCodec<Solution.Builder, Solution>(
          "Solution",
          "A development solution (good practice) in a catalogue.",
          Solution::builder,
          Solution.Builder::build,
          required("id", Solution::id, SOLUTION_ID, Solution.Builder::id),
          required("title", Solution::title, TEXT, Solution.Builder::title),
          optional("challenge", Solution::challenge, TEXT, Solution.Builder::challenge),
          optional("description", Solution::description, TEXT, Solution.Builder::description),
          optional(
              "resultsEvidence",
              Solution::resultsEvidence,
              TEXT,
              Solution.Builder::resultsEvidence),
          optional("lessons", Solution::lessons, TEXT, Solution.Builder::lessons),
          required(
              "originCountry", Solution::originCountry, COUNTRY, Solution.Builder::originCountry),
          required("owner", Solution::owner, INSTITUTION_ID, Solution.Builder::owner),
          list(
              "implementingInstitutions",
              Solution::implementingInstitutions,
              INSTITUTION_ID,
              Solution.Builder::addImplementingInstitutions),
          optional("period", Solution::period, DATE_RANGE, Solution.Builder::period),
          list("sectors", Solution::sectors, SECTOR, Solution.Builder::addSectors),
          list("sdgTargets", Solution::sdgTargets, SDG_TARGET, Solution.Builder::addSdgTargets),
          list("languages", Solution::languages, LANGUAGE, Solution.Builder::addLanguages),
          defaulted("stage", Solution::stage, enumOf(SolutionStage.class), Solution.Builder::stage),
          list(
              "criteriaAssessments",
              Solution::criteriaAssessments,
              CRITERION_ASSESSMENT,
              Solution.Builder::addCriteriaAssessments),
          list(
              "knowledgeProducts",
              Solution::knowledgeProducts,
              KNOWLEDGE_PRODUCT,
              Solution.Builder::addKnowledgeProducts),
          list("adoptions", Solution::adoptions, ADOPTION, Solution.Builder::addAdoptions));
}
