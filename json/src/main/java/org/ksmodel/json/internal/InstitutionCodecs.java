package org.ksmodel.json.internal;

import static org.ksmodel.json.internal.CommonCodecs.CODE;
import static org.ksmodel.json.internal.CommonCodecs.COUNTRY;
import static org.ksmodel.json.internal.CommonCodecs.DOCUMENT_LINK;
import static org.ksmodel.json.internal.CommonCodecs.INSTITUTION_ID;
import static org.ksmodel.json.internal.CommonCodecs.MONEY;
import static org.ksmodel.json.internal.CommonCodecs.SECTOR;
import static org.ksmodel.json.internal.CommonCodecs.TEXT;
import static org.ksmodel.json.internal.Field.defaulted;
import static org.ksmodel.json.internal.Field.list;
import static org.ksmodel.json.internal.Field.map;
import static org.ksmodel.json.internal.Field.optional;
import static org.ksmodel.json.internal.Field.required;
import static org.ksmodel.json.internal.Scalars.enumOf;

import org.ksmodel.institution.AssessorType;
import org.ksmodel.institution.CapacityAssessment;
import org.ksmodel.institution.HubProfile;
import org.ksmodel.institution.HubScope;
import org.ksmodel.institution.HubStance;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.institution.InstitutionalModel;
import org.ksmodel.institution.KsBudget;
import org.ksmodel.institution.Pillar;
import org.ksmodel.institution.PillarScore;

/** The wire form of an institution and its parts; member names are the accessor names. */
public final class InstitutionCodecs {
  private InstitutionCodecs() {}

  static final ObjectCodec<HubProfile.Builder, HubProfile> HUB_PROFILE =
      new ObjectCodec<HubProfile.Builder, HubProfile>(
          "HubProfile",
          "How an institution acts as a knowledge hub.",
          HubProfile::builder,
          HubProfile.Builder::build,
          required("scope", HubProfile::scope, enumOf(HubScope.class), HubProfile.Builder::scope),
          required(
              "stance", HubProfile::stance, enumOf(HubStance.class), HubProfile.Builder::stance),
          defaulted(
              "resourceCentre",
              HubProfile::resourceCentre,
              Scalars.BOOLEAN,
              HubProfile.Builder::resourceCentre),
          optional(
              "institutionalModel",
              HubProfile::institutionalModel,
              enumOf(InstitutionalModel.class),
              HubProfile.Builder::institutionalModel));

  static final ObjectCodec<KsBudget.Builder, KsBudget> KS_BUDGET =
      new ObjectCodec<KsBudget.Builder, KsBudget>(
          "KsBudget",
          "What an institution sets aside for knowledge sharing: a share in percent, an amount,"
              + " or both.",
          KsBudget::builder,
          KsBudget.Builder::build,
          optional(
              "sharePercent",
              KsBudget::sharePercent,
              Scalars.DECIMAL,
              KsBudget.Builder::sharePercent),
          optional("annualAmount", KsBudget::annualAmount, MONEY, KsBudget.Builder::annualAmount),
          optional("fiscalYear", KsBudget::fiscalYear, Scalars.YEAR, KsBudget.Builder::fiscalYear));

  static final ObjectCodec<PillarScore.Builder, PillarScore> PILLAR_SCORE =
      new ObjectCodec<PillarScore.Builder, PillarScore>(
              "PillarScore",
              "The maturity on one pillar, 1 to 4, with evidence.",
              PillarScore::builder,
              PillarScore.Builder::build,
              required("level", PillarScore::level, Scalars.INT, PillarScore.Builder::level),
              optional(
                  "evidence", PillarScore::evidence, Scalars.STRING, PillarScore.Builder::evidence))
          .refined(
              schema ->
                  SchemaContext.member(schema, "level")
                      .put("minimum", PillarScore.MIN_LEVEL)
                      .put("maximum", PillarScore.MAX_LEVEL));

  static final ObjectCodec<CapacityAssessment.Builder, CapacityAssessment> CAPACITY_ASSESSMENT =
      new ObjectCodec<CapacityAssessment.Builder, CapacityAssessment>(
          "CapacityAssessment",
          "An assessment of knowledge-sharing capacity on the eight pillars, keyed by pillar.",
          CapacityAssessment::builder,
          CapacityAssessment.Builder::build,
          required(
              "date", CapacityAssessment::date, Scalars.DATE, CapacityAssessment.Builder::date),
          required(
              "assessor",
              CapacityAssessment::assessor,
              enumOf(AssessorType.class),
              CapacityAssessment.Builder::assessor),
          optional(
              "assessorInstitution",
              CapacityAssessment::assessorInstitution,
              INSTITUTION_ID,
              CapacityAssessment.Builder::assessorInstitution),
          map(
              "scores",
              CapacityAssessment::scores,
              Keys.of(Pillar.class),
              PILLAR_SCORE,
              CapacityAssessment.Builder::putScores));

  public static final ObjectCodec<Institution.Builder, Institution> INSTITUTION =
      new ObjectCodec<Institution.Builder, Institution>(
          "Institution",
          "An institution that takes part in knowledge sharing (IATI's organisation).",
          Institution::builder,
          Institution.Builder::build,
          required("id", Institution::id, INSTITUTION_ID, Institution.Builder::id),
          // 1.1: name, country and type are optional (required in 1.0, where every document has
          // them): published data leaves them out, and nothing is made up to fill them.
          optional("name", Institution::name, TEXT, Institution.Builder::name),
          optional("acronym", Institution::acronym, Scalars.STRING, Institution.Builder::acronym),
          optional("country", Institution::country, COUNTRY, Institution.Builder::country),
          optional(
              "type", Institution::type, enumOf(InstitutionType.class), Institution.Builder::type),
          optional(
              "iatiOrganisationType",
              Institution::iatiOrganisationType,
              CODE,
              Institution.Builder::iatiOrganisationType),
          optional("parent", Institution::parent, INSTITUTION_ID, Institution.Builder::parent),
          optional("website", Institution::website, Scalars.STRING, Institution.Builder::website),
          list("sectors", Institution::sectors, SECTOR, Institution.Builder::addSectors),
          optional(
              "hubProfile", Institution::hubProfile, HUB_PROFILE, Institution.Builder::hubProfile),
          optional("ksBudget", Institution::ksBudget, KS_BUDGET, Institution.Builder::ksBudget),
          list(
              "capacityAssessments",
              Institution::capacityAssessments,
              CAPACITY_ASSESSMENT,
              Institution.Builder::addCapacityAssessments),
          list(
              "documentLinks",
              Institution::documentLinks,
              DOCUMENT_LINK,
              Institution.Builder::addDocumentLinks));
}
