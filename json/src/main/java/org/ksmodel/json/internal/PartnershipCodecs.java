package org.ksmodel.json.internal;

import static org.ksmodel.json.internal.CommonCodecs.CLASSIFICATIONS;
import static org.ksmodel.json.internal.CommonCodecs.CODE;
import static org.ksmodel.json.internal.CommonCodecs.COUNTRY;
import static org.ksmodel.json.internal.CommonCodecs.DATE_RANGE;
import static org.ksmodel.json.internal.CommonCodecs.DOCUMENT_LINK;
import static org.ksmodel.json.internal.CommonCodecs.INSTITUTION_ID;
import static org.ksmodel.json.internal.CommonCodecs.PARTNERSHIP_ID;
import static org.ksmodel.json.internal.CommonCodecs.PERCENTAGE;
import static org.ksmodel.json.internal.CommonCodecs.PERIOD;
import static org.ksmodel.json.internal.CommonCodecs.SDG_TARGET;
import static org.ksmodel.json.internal.CommonCodecs.SECTOR;
import static org.ksmodel.json.internal.CommonCodecs.SOLUTION_ID;
import static org.ksmodel.json.internal.CommonCodecs.TEXT;
import static org.ksmodel.json.internal.Field.flag;
import static org.ksmodel.json.internal.Field.list;
import static org.ksmodel.json.internal.Field.optional;
import static org.ksmodel.json.internal.Field.personal;
import static org.ksmodel.json.internal.Field.required;
import static org.ksmodel.json.internal.Scalars.enumOf;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.ksmodel.common.Sector;
import org.ksmodel.common.SectorCode;
import org.ksmodel.partnership.AdministrativeArea;
import org.ksmodel.partnership.AgreementType;
import org.ksmodel.partnership.CapacityArea;
import org.ksmodel.partnership.ChangeObjective;
import org.ksmodel.partnership.Contact;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.Design;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.ExchangeInstrument;
import org.ksmodel.partnership.GeoPoint;
import org.ksmodel.partnership.Location;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.OtherIdentifier;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.PolicyMarker;
import org.ksmodel.partnership.RecipientCountry;
import org.ksmodel.partnership.RecipientRegion;
import org.ksmodel.partnership.RelatedPartnership;
import org.ksmodel.partnership.Role;
import org.ksmodel.partnership.Site;
import org.ksmodel.result.IntermediateOutcome;

/** The wire form of a partnership and its parts; member names are the accessor names. */
public final class PartnershipCodecs {
  private PartnershipCodecs() {}

  static final Codec<IntermediateOutcome> OUTCOME = enumOf(IntermediateOutcome.class);

  static final ObjectCodec<Participation.Builder, Participation> PARTICIPATION =
      new ObjectCodec<Participation.Builder, Participation>(
              "Participation",
              "An institution's part in a partnership: its KS roles and, as IATI published them,"
                  + " its IATI roles, name and type (at least one KS or IATI role).",
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
                  Participation.Builder::addRoles),
              list(
                  "inferredRoles",
                  Participation::inferredRoles,
                  enumOf(Role.class),
                  Participation.Builder::addInferredRoles),
              list(
                  "iatiRoles", Participation::iatiRoles, CODE, Participation.Builder::addIatiRoles),
              optional(
                  "publishedName",
                  Participation::publishedName,
                  TEXT,
                  Participation.Builder::publishedName),
              optional(
                  "publishedType",
                  Participation::publishedType,
                  CODE,
                  Participation.Builder::publishedType),
              optional(
                  "activityId",
                  Participation::activityId,
                  Scalars.STRING,
                  Participation.Builder::activityId),
              optional(
                  "crsChannelCode",
                  Participation::crsChannelCode,
                  Scalars.STRING,
                  Participation.Builder::crsChannelCode))
          .refined(
              // A participation without any role says nothing: the model refuses it. An inferred
              // role is a role held, so inferredRoles alone will do.
              schema -> {
                ArrayNode anyOf = schema.putArray("anyOf");
                for (String member : new String[] {"roles", "inferredRoles", "iatiRoles"}) {
                  ObjectNode alternative = anyOf.addObject();
                  alternative.putObject("properties").putObject(member).put("minItems", 1);
                  alternative.putArray("required").add(member);
                }
              });

  // IATI's other-identifier, related-activity, location and contact-info.

  static final ObjectCodec<OtherIdentifier.Builder, OtherIdentifier> OTHER_IDENTIFIER =
      new ObjectCodec<OtherIdentifier.Builder, OtherIdentifier>(
          "OtherIdentifier",
          "Another identifier of a partnership (IATI's other-identifier), with its owner.",
          OtherIdentifier::builder,
          OtherIdentifier.Builder::build,
          required("ref", OtherIdentifier::ref, Scalars.STRING, OtherIdentifier.Builder::ref),
          required("type", OtherIdentifier::type, CODE, OtherIdentifier.Builder::type),
          optional(
              "ownerRef",
              OtherIdentifier::ownerRef,
              Scalars.STRING,
              OtherIdentifier.Builder::ownerRef),
          optional(
              "ownerName", OtherIdentifier::ownerName, TEXT, OtherIdentifier.Builder::ownerName));

  static final ObjectCodec<RelatedPartnership.Builder, RelatedPartnership> RELATED_PARTNERSHIP =
      new ObjectCodec<RelatedPartnership.Builder, RelatedPartnership>(
          "RelatedPartnership",
          "A link to another partnership (IATI's related-activity); the id need not resolve.",
          RelatedPartnership::builder,
          RelatedPartnership.Builder::build,
          required(
              "partnership",
              RelatedPartnership::partnership,
              PARTNERSHIP_ID,
              RelatedPartnership.Builder::partnership),
          required("type", RelatedPartnership::type, CODE, RelatedPartnership.Builder::type));

  static final ObjectCodec<AdministrativeArea.Builder, AdministrativeArea> ADMINISTRATIVE_AREA =
      new ObjectCodec<AdministrativeArea.Builder, AdministrativeArea>(
              "AdministrativeArea",
              "An administrative area a site lies in: a code of a geographic vocabulary, a level.",
              AdministrativeArea::builder,
              AdministrativeArea.Builder::build,
              required(
                  "vocabulary",
                  AdministrativeArea::vocabulary,
                  Scalars.STRING,
                  AdministrativeArea.Builder::vocabulary),
              optional(
                  "level",
                  AdministrativeArea::level,
                  Scalars.INT,
                  AdministrativeArea.Builder::level),
              required(
                  "code",
                  AdministrativeArea::code,
                  Scalars.STRING,
                  AdministrativeArea.Builder::code))
          .refined(schema -> SchemaContext.member(schema, "level").put("minimum", 0));

  static final ObjectCodec<GeoPoint.Builder, GeoPoint> GEO_POINT =
      new ObjectCodec<GeoPoint.Builder, GeoPoint>(
          "GeoPoint",
          "A point: latitude and longitude separated by a space, as published.",
          GeoPoint::builder,
          GeoPoint.Builder::build,
          optional("srsName", GeoPoint::srsName, Scalars.STRING, GeoPoint.Builder::srsName),
          required("pos", GeoPoint::pos, Scalars.STRING, GeoPoint.Builder::pos));

  static final ObjectCodec<Site.Builder, Site> SITE =
      new ObjectCodec<Site.Builder, Site>(
          "Site",
          "A place where a partnership works or whose people it benefits (IATI's location).",
          Site::builder,
          Site.Builder::build,
          optional("ref", Site::ref, Scalars.STRING, Site.Builder::ref),
          list("locationIds", Site::locationIds, CODE, Site.Builder::addLocationIds),
          optional("name", Site::name, TEXT, Site.Builder::name),
          optional("description", Site::description, TEXT, Site.Builder::description),
          optional(
              "activityDescription",
              Site::activityDescription,
              TEXT,
              Site.Builder::activityDescription),
          list(
              "administrativeAreas",
              Site::administrativeAreas,
              ADMINISTRATIVE_AREA,
              Site.Builder::addAdministrativeAreas),
          optional("point", Site::point, GEO_POINT, Site.Builder::point),
          optional("exactness", Site::exactness, CODE, Site.Builder::exactness),
          optional("locationClass", Site::locationClass, CODE, Site.Builder::locationClass),
          optional(
              "featureDesignation",
              Site::featureDesignation,
              CODE,
              Site.Builder::featureDesignation),
          optional("reach", Site::reach, CODE, Site.Builder::reach));

  static final ObjectCodec<Contact.Builder, Contact> CONTACT =
      new ObjectCodec<Contact.Builder, Contact>(
          "Contact",
          "Whom to contact (IATI's contact-info). personName, jobTitle, telephones, emails and"
              + " mailingAddresses may be personal data, left out by a writer asked to.",
          Contact::builder,
          Contact.Builder::build,
          optional("type", Contact::type, CODE, Contact.Builder::type),
          optional("organisation", Contact::organisation, TEXT, Contact.Builder::organisation),
          optional("department", Contact::department, TEXT, Contact.Builder::department),
          personal(optional("personName", Contact::personName, TEXT, Contact.Builder::personName)),
          personal(optional("jobTitle", Contact::jobTitle, TEXT, Contact.Builder::jobTitle)),
          personal(
              list(
                  "telephones",
                  Contact::telephones,
                  Scalars.STRING,
                  Contact.Builder::addTelephones)),
          personal(list("emails", Contact::emails, Scalars.STRING, Contact.Builder::addEmails)),
          list("websites", Contact::websites, Scalars.STRING, Contact.Builder::addWebsites),
          personal(
              list(
                  "mailingAddresses",
                  Contact::mailingAddresses,
                  TEXT,
                  Contact.Builder::addMailingAddresses)));

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

  // The 1.1 parts of a partnership's geography, sectors and classifications.

  static final ObjectCodec<RecipientCountry.Builder, RecipientCountry> RECIPIENT_COUNTRY =
      new ObjectCodec<RecipientCountry.Builder, RecipientCountry>(
          "RecipientCountry",
          "A country a partnership benefits, with its share in percent (IATI's recipient-country).",
          RecipientCountry::builder,
          RecipientCountry.Builder::build,
          required(
              "country", RecipientCountry::country, COUNTRY, RecipientCountry.Builder::country),
          optional(
              "percentage",
              RecipientCountry::percentage,
              PERCENTAGE,
              RecipientCountry.Builder::percentage),
          optional(
              "narrative", RecipientCountry::narrative, TEXT, RecipientCountry.Builder::narrative));

  static final ObjectCodec<RecipientRegion.Builder, RecipientRegion> RECIPIENT_REGION =
      new ObjectCodec<RecipientRegion.Builder, RecipientRegion>(
          "RecipientRegion",
          "A region a partnership benefits, with its share in percent (IATI's recipient-region);"
              + " the code's vocabulary is Region (OECD DAC, IATI vocabulary 1), UN-M49 (2) or the"
              + " IATI vocabulary code as published.",
          RecipientRegion::builder,
          RecipientRegion.Builder::build,
          required("region", RecipientRegion::region, CODE, RecipientRegion.Builder::region),
          optional(
              "percentage",
              RecipientRegion::percentage,
              PERCENTAGE,
              RecipientRegion.Builder::percentage),
          optional(
              "narrative", RecipientRegion::narrative, TEXT, RecipientRegion.Builder::narrative));

  static final ObjectCodec<PolicyMarker.Builder, PolicyMarker> POLICY_MARKER =
      new ObjectCodec<PolicyMarker.Builder, PolicyMarker>(
          "PolicyMarker",
          "A policy objective addressed, with its significance (IATI's policy-marker).",
          PolicyMarker::builder,
          PolicyMarker.Builder::build,
          required("marker", PolicyMarker::marker, CODE, PolicyMarker.Builder::marker),
          optional(
              "significance", PolicyMarker::significance, CODE, PolicyMarker.Builder::significance),
          optional("narrative", PolicyMarker::narrative, TEXT, PolicyMarker.Builder::narrative));

  /** A sector in its 1.1 object form: {@code {"code": "15110", "vocabulary": "1", ...}}. */
  static final ObjectCodec<Sector.Builder, Sector> SECTOR_OBJECT =
      new ObjectCodec<Sector.Builder, Sector>(
          "Sector",
          "A sector of an IATI sector vocabulary (1: DAC 5-digit, the default; 2: DAC 3-digit;"
              + " others as published), with its share in percent.",
          Sector::builder,
          Sector.Builder::build,
          required("code", Sector::code, Scalars.STRING, Sector.Builder::code),
          Field.defaulted(
              "vocabulary", Sector::vocabulary, Scalars.STRING, Sector.Builder::vocabulary),
          optional("percentage", Sector::percentage, PERCENTAGE, Sector.Builder::percentage));

  /**
   * A sector as an element of {@code sectors}: the 1.0 form, a DAC code as a string ({@code
   * "15110"} or {@code "151"}), for a DAC sector without a percentage, so that 1.0 documents
   * round-trip unchanged; otherwise the object {@link #SECTOR_OBJECT}. Both are read.
   */
  static final Codec<Sector> SECTOR_ENTRY =
      new Codec<>() {
        @Override
        public Sector read(In in) throws IOException {
          if (in.parser.currentToken() == JsonToken.START_OBJECT) {
            return SECTOR_OBJECT.read(in);
          }
          SectorCode code = SECTOR.read(in);
          return code == null ? null : Sector.of(code);
        }

        @Override
        public void write(JsonGenerator out, Sector value) throws IOException {
          if (value.percentage().isEmpty()
              && value.dacCode().map(Sector::of).filter(value::equals).isPresent()) {
            out.writeString(value.code());
          } else {
            SECTOR_OBJECT.write(out, value);
          }
        }

        @Override
        public ObjectNode schema(SchemaContext context) {
          ObjectNode schema = SchemaContext.node();
          schema.putArray("oneOf").add(SECTOR.schema(context)).add(SECTOR_OBJECT.schema(context));
          return schema;
        }
      };

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
          // Published data (IATI): provenance, identifiers, links, documents, places, contacts.
          flag(
              "modalityInferred",
              Partnership::modalityInferred,
              Partnership.Builder::modalityInferred),
          optional(
              "reportingInstitution",
              Partnership::reportingInstitution,
              INSTITUTION_ID,
              Partnership.Builder::reportingInstitution),
          flag(
              "secondaryReporter",
              Partnership::secondaryReporter,
              Partnership.Builder::secondaryReporter),
          list(
              "otherIdentifiers",
              Partnership::otherIdentifiers,
              OTHER_IDENTIFIER,
              Partnership.Builder::addOtherIdentifiers),
          list(
              "relatedPartnerships",
              Partnership::relatedPartnerships,
              RELATED_PARTNERSHIP,
              Partnership.Builder::addRelatedPartnerships),
          list(
              "documentLinks",
              Partnership::documentLinks,
              DOCUMENT_LINK,
              Partnership.Builder::addDocumentLinks),
          list("locations", Partnership::locations, SITE, Partnership.Builder::addLocations),
          list("contacts", Partnership::contacts, CONTACT, Partnership.Builder::addContacts),
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
              PERIOD,
              Partnership.Builder::plannedPeriod),
          optional(
              "actualPeriod", Partnership::actualPeriod, PERIOD, Partnership.Builder::actualPeriod),
          list("sectors", Partnership::sectors, SECTOR_ENTRY, Partnership.Builder::addSectors),
          list(
              "sdgTargets",
              Partnership::sdgTargets,
              SDG_TARGET,
              Partnership.Builder::addSdgTargets),
          list(
              "recipientCountries",
              Partnership::recipientCountries,
              RECIPIENT_COUNTRY,
              Partnership.Builder::addRecipientCountries),
          list(
              "recipientRegions",
              Partnership::recipientRegions,
              RECIPIENT_REGION,
              Partnership.Builder::addRecipientRegions),
          list("sdgGoals", Partnership::sdgGoals, Scalars.INT, Partnership.Builder::addSdgGoals),
          list(
              "policyMarkers",
              Partnership::policyMarkers,
              POLICY_MARKER,
              Partnership.Builder::addPolicyMarkers),
          optional(
              "classifications",
              Partnership::classifications,
              CLASSIFICATIONS,
              Partnership.Builder::classifications),
          optional(
              "humanitarian",
              Partnership::humanitarian,
              Scalars.BOOLEAN,
              Partnership.Builder::humanitarian));
}
