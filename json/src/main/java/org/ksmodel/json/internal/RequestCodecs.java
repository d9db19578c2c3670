package org.ksmodel.json.internal;

import static org.ksmodel.json.internal.CommonCodecs.COUNTRY;
import static org.ksmodel.json.internal.CommonCodecs.DATE_RANGE;
import static org.ksmodel.json.internal.CommonCodecs.INSTITUTION_ID;
import static org.ksmodel.json.internal.CommonCodecs.KNOWLEDGE_REQUEST_ID;
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

import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.ExchangeInstrument;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.request.RequestStatus;

/** The wire form of a knowledge request (format 1.1); member names are the accessor names. */
public final class RequestCodecs {
  private RequestCodecs() {}

  public static final ObjectCodec<KnowledgeRequest.Builder, KnowledgeRequest> KNOWLEDGE_REQUEST =
      new ObjectCodec<KnowledgeRequest.Builder, KnowledgeRequest>(
          "KnowledgeRequest",
          "A demand for knowledge: what an institution asks for, and what answered it (1.1).",
          KnowledgeRequest::builder,
          KnowledgeRequest.Builder::build,
          required("id", KnowledgeRequest::id, KNOWLEDGE_REQUEST_ID, KnowledgeRequest.Builder::id),
          required(
              "requester",
              KnowledgeRequest::requester,
              INSTITUTION_ID,
              KnowledgeRequest.Builder::requester),
          optional(
              "country", KnowledgeRequest::country, COUNTRY, KnowledgeRequest.Builder::country),
          required(
              "challenge", KnowledgeRequest::challenge, TEXT, KnowledgeRequest.Builder::challenge),
          list("sectors", KnowledgeRequest::sectors, SECTOR, KnowledgeRequest.Builder::addSectors),
          list(
              "sdgTargets",
              KnowledgeRequest::sdgTargets,
              SDG_TARGET,
              KnowledgeRequest.Builder::addSdgTargets),
          list(
              "languages",
              KnowledgeRequest::languages,
              LANGUAGE,
              KnowledgeRequest.Builder::addLanguages),
          list(
              "preferredInstruments",
              KnowledgeRequest::preferredInstruments,
              enumOf(ExchangeInstrument.class),
              KnowledgeRequest.Builder::addPreferredInstruments),
          optional(
              "preferredDelivery",
              KnowledgeRequest::preferredDelivery,
              enumOf(Delivery.class),
              KnowledgeRequest.Builder::preferredDelivery),
          optional(
              "period", KnowledgeRequest::period, DATE_RANGE, KnowledgeRequest.Builder::period),
          defaulted(
              "status",
              KnowledgeRequest::status,
              enumOf(RequestStatus.class),
              KnowledgeRequest.Builder::status),
          list(
              "partnerships",
              KnowledgeRequest::partnerships,
              PARTNERSHIP_ID,
              KnowledgeRequest.Builder::addPartnerships),
          list(
              "solutions",
              KnowledgeRequest::solutions,
              SOLUTION_ID,
              KnowledgeRequest.Builder::addSolutions),
          optional(
              "requestDate",
              KnowledgeRequest::requestDate,
              Scalars.DATE,
              KnowledgeRequest.Builder::requestDate));
}
