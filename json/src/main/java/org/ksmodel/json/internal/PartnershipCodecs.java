package org.ksmodel.json.internal;

import static org.ksmodel.json.internal.CommonCodecs.COUNTRY;
import static org.ksmodel.json.internal.CommonCodecs.DATE_RANGE;
import static org.ksmodel.json.internal.CommonCodecs.INSTITUTION_ID;
import static org.ksmodel.json.internal.CommonCodecs.PARTNERSHIP_ID;
import static org.ksmodel.json.internal.CommonCodecs.SDG_TARGET;
import static org.ksmodel.json.internal.CommonCodecs.SECTOR;
import static org.ksmodel.json.internal.CommonCodecs.SOLUTION_ID;
import static org.ksmodel.json.internal.CommonCodecs.TEXT;
import static org.ksmodel.json.internal.Field.list;
import static org.ksmodel.json.internal.Field.optional;
import static org.ksmodel.json.internal.Field.required;
import static org.ksmodel.json.internal.Scalars.enumOf;

import org.ksmodel.partnership.AgreementType;
import org.ksmodel.partnership.CapacityArea;
import org.ksmodel.partnership.ChangeObjective;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.Design;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.ExchangeInstrument;
import org.ksmodel.partnership.Location;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.Role;
import org.ksmodel.result.IntermediateOutcome;

/** The wire form of a partnership and its parts; member names are the accessor names. */
public final class PartnershipCodecs {
  private PartnershipCodecs() {}

  static final Codec<IntermediateOutcome> OUTCOME = enumOf(IntermediateOutcome.class);

  static final ObjectCodec<Participation.Builder, Participation> PARTICIPATION =
      new ObjectCodec<Participation.Builder, Participation>(
              "Participation",
              "An institution's part in a partnership, with its roles (at least one).",
              Participation::builder,
              Participation.Builder::build,
              required(
                  "institution",
                  Participation::institution,
                  INSTITUTION_ID,
                  Participation.Builder::institution),
              list(
                  "roles",
                  Participation::roles,
                  enumOf(Role.class),
                  Participation.Builder::addRoles))
          .refined(
              // A participation without a role says nothing: the model refuses it.
              schema -> {
                SchemaContext.member(schema, "roles").put("minItems", 1);
                SchemaContext.require(schema, "roles");
              });

  static final ObjectCodec<ChangeObjective.Builder, ChangeObjective> CHANGE_OBJECTIVE =
      new ObjectCodec<ChangeObjective.Builder, ChangeObjective>(
          "ChangeObjective",
          "A change sought in one capacity area, with the intermediate outcomes it targets.",
          ChangeObjective::builder,
          ChangeObjective.Builder::build,
          required(
              "description",
              ChangeObjective::description,
              TEXT,
              ChangeObjective.Builder::description),
          required(
              "capacityArea",
              ChangeObjective::capacityArea,
              enumOf(CapacityArea.class),
              ChangeObjective.Builder::capacityArea),
          list(
              "targetedOutcomes",
              ChangeObjective::targetedOutcomes,
              OUTCOME,
              ChangeObjective.Builder::addTargetedOutcomes));

  static final ObjectCodec<Design.Builder, Design> DESIGN =
      new ObjectCodec<Design.Builder, Design>(
          "Design",
          "The results chain a partnership is designed around.",
          Design::builder,
          Design.Builder::build,
          optional(
              "developmentGoal", Design::developmentGoal, TEXT, Design.Builder::developmentGoal),
          list(
              "institutionalChallenges",
              Design::institutionalChallenges,
              TEXT,
              Design.Builder::addInstitutionalChallenges),
          list(
              "changeObjectives",
              Design::changeObjectives,
              CHANGE_OBJECTIVE,
              Design.Builder::addChangeObjectives));

  static final ObjectCodec<Location.Builder, Location> LOCATION =
      new ObjectCodec<Location.Builder, Location>(
          "Location",
          "A country and, optionally, a place in it.",
          Location::builder,
          Location.Builder::build,
          required("country", Location::country, COUNTRY, Location.Builder::country),
          optional("place", Location::place, Scalars.STRING, Location.Builder::place));

  static final ObjectCodec<ExchangeActivity.Builder, ExchangeActivity> EXCHANGE_ACTIVITY =
      new ObjectCodec<ExchangeActivity.Builder, ExchangeActivity>(
              "ExchangeActivity",
              "One knowledge exchange: a study tour, an expert visit, a video dialogue, ...",
              ExchangeActivity::builder,
              ExchangeActivity.Builder::build,
              optional("title", ExchangeActivity::title, TEXT, ExchangeActivity.Builder::title),
              required(
                  "instrument",
                  ExchangeActivity::instrument,
                  enumOf(ExchangeInstrument.class),
                  ExchangeActivity.Builder::instrument),
              required(
                  "delivery",
                  ExchangeActivity::delivery,
                  enumOf(Delivery.class),
                  ExchangeActivity.Builder::delivery),
              required(
                  "period", ExchangeActivity::period, DATE_RANGE, ExchangeActivity.Builder::period),
              optional(
                  "location",
                  ExchangeActivity::location,
                  LOCATION,
                  ExchangeActivity.Builder::location),
              optional(
                  "participantCount",
                  ExchangeActivity::participantCount,
                  Scalars.INT,
                  ExchangeActivity.Builder::participantCount),
              list(
                  "targetedOutcomes",
                  ExchangeActivity::targetedOutcomes,
                  OUTCOME,
                  ExchangeActivity.Builder::addTargetedOutcomes))
          .refined(schema -> SchemaContext.member(schema, "participantCount").put("minimum", 0));

  public static final ObjectCodec<Partnership.Builder, Partnership> PARTNERSHIP =
      new ObjectCodec<Partnership.Builder, Partnership>(
          "Partnership",
          "A cooperation initiative (IATI's activity, SEGIB's initiative).",
          Partnership::builder,
          Partnership.Builder::build,
          required("id", Partnership::id, PARTNERSHIP_ID, Partnership.Builder::id),
          required("title", Partnership::title, TEXT, Partnership.Builder::title),
          optional("description", Partnership::description, TEXT, Partnership.Builder::description),
          required(
              "modality",
              Partnership::modality,
              enumOf(Modality.class),
              Partnership.Builder::modality),
          required(
              "form", Partnership::form, enumOf(PartnershipForm.class), Partnership.Builder::form),
          optional("parent", Partnership::parent, PARTNERSHIP_ID, Partnership.Builder::parent),
          optional(
              "agreement",
              Partnership::agreement,
              enumOf(AgreementType.class),
              Partnership.Builder::agreement),
          list(
              "participations",
              Partnership::participations,
              PARTICIPATION,
              Partnership.Builder::addParticipations),
          list("solutions", Partnership::solutions, SOLUTION_ID, Partnership.Builder::addSolutions),
          optional("design", Partnership::design, DESIGN, Partnership.Builder::design),
          list(
              "activities",
              Partnership::activities,
              EXCHANGE_ACTIVITY,
              Partnership.Builder::addActivities),
          required(
              "status",
              Partnership::status,
              enumOf(PartnershipStatus.class),
              Partnership.Builder::status),
          optional(
              "plannedPeriod",
              Partnership::plannedPeriod,
              DATE_RANGE,
              Partnership.Builder::plannedPeriod),
          optional(
              "actualPeriod",
              Partnership::actualPeriod,
              DATE_RANGE,
              Partnership.Builder::actualPeriod),
          list("sectors", Partnership::sectors, SECTOR, Partnership.Builder::addSectors),
          list(
              "sdgTargets",
              Partnership::sdgTargets,
              SDG_TARGET,
              Partnership.Builder::addSdgTargets));
}
