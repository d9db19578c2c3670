package org.ksmodel.json.internal;

import static org.ksmodel.json.internal.CommonCodecs.CLASSIFICATIONS;
import static org.ksmodel.json.internal.CommonCodecs.CODE;
import static org.ksmodel.json.internal.CommonCodecs.COUNTRY;
import static org.ksmodel.json.internal.CommonCodecs.DATE_RANGE;
import static org.ksmodel.json.internal.CommonCodecs.FUNDING_ID;
import static org.ksmodel.json.internal.CommonCodecs.INSTITUTION_ID;
import static org.ksmodel.json.internal.CommonCodecs.MONEY;
import static org.ksmodel.json.internal.CommonCodecs.PARTNERSHIP_ID;
import static org.ksmodel.json.internal.CommonCodecs.SIGNED_MONEY;
import static org.ksmodel.json.internal.CommonCodecs.TEXT;
import static org.ksmodel.json.internal.Field.list;
import static org.ksmodel.json.internal.Field.optional;
import static org.ksmodel.json.internal.Field.required;
import static org.ksmodel.json.internal.Scalars.enumOf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ksmodel.funding.Budget;
import org.ksmodel.funding.BudgetStatus;
import org.ksmodel.funding.BudgetType;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.ContributionKind;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.FundingParty;
import org.ksmodel.funding.FundingSource;
import org.ksmodel.funding.PlannedDisbursement;
import org.ksmodel.funding.Transaction;
import org.ksmodel.funding.TransactionType;

/** The wire form of a funding and its parts; member names are the accessor names. */
public final class FundingCodecs {
  private FundingCodecs() {}

  static final ObjectCodec<Contribution.Builder, Contribution> CONTRIBUTION =
      new ObjectCodec<Contribution.Builder, Contribution>(
          "Contribution",
          "What one institution commits: source, cash or in kind, amount.",
          Contribution::builder,
          Contribution.Builder::build,
          required(
              "contributor",
              Contribution::contributor,
              INSTITUTION_ID,
              Contribution.Builder::contributor),
          required(
              "source",
              Contribution::source,
              enumOf(FundingSource.class),
              Contribution.Builder::source),
          required(
              "kind",
              Contribution::kind,
              enumOf(ContributionKind.class),
              Contribution.Builder::kind),
          required(
              "committedAmount",
              Contribution::committedAmount,
              MONEY,
              Contribution.Builder::committedAmount),
          optional("note", Contribution::note, Scalars.STRING, Contribution.Builder::note));

  // Format 1.1: the parties as published, budgets per period and planned disbursements.
  static final ObjectCodec<FundingParty.Builder, FundingParty> FUNDING_PARTY =
      new ObjectCodec<FundingParty.Builder, FundingParty>(
          "FundingParty",
          "A provider or receiver as published: name, organisation type, activity id.",
          FundingParty::builder,
          FundingParty.Builder::build,
          optional("name", FundingParty::name, TEXT, FundingParty.Builder::name),
          optional(
              "organisationType",
              FundingParty::organisationType,
              CODE,
              FundingParty.Builder::organisationType),
          optional(
              "activityId",
              FundingParty::activityId,
              Scalars.STRING,
              FundingParty.Builder::activityId));

  static final ObjectCodec<Budget.Builder, Budget> BUDGET =
      new ObjectCodec<Budget.Builder, Budget>(
              "Budget",
              "The budget of one closed period (IATI's budget): value, type, status.",
              Budget::builder,
              Budget.Builder::build,
              required("period", Budget::period, DATE_RANGE, Budget.Builder::period),
              required("value", Budget::value, MONEY, Budget.Builder::value),
              optional("valueDate", Budget::valueDate, Scalars.DATE, Budget.Builder::valueDate),
              optional("type", Budget::type, enumOf(BudgetType.class), Budget.Builder::type),
              optional(
                  "status", Budget::status, enumOf(BudgetStatus.class), Budget.Builder::status))
          .refined(
              // A budget's period is closed: the model refuses one without an end.
              schema -> {
                ObjectNode period = SchemaContext.member(schema, "period");
                period.putArray("required").add("end");
              });

  static final ObjectCodec<PlannedDisbursement.Builder, PlannedDisbursement> PLANNED_DISBURSEMENT =
      new ObjectCodec<PlannedDisbursement.Builder, PlannedDisbursement>(
          "PlannedDisbursement",
          "A planned cash transfer (IATI's planned-disbursement).",
          PlannedDisbursement::builder,
          PlannedDisbursement.Builder::build,
          optional(
              "type",
              PlannedDisbursement::type,
              enumOf(BudgetType.class),
              PlannedDisbursement.Builder::type),
          required(
              "period",
              PlannedDisbursement::period,
              DATE_RANGE,
              PlannedDisbursement.Builder::period),
          required("value", PlannedDisbursement::value, MONEY, PlannedDisbursement.Builder::value),
          optional(
              "valueDate",
              PlannedDisbursement::valueDate,
              Scalars.DATE,
              PlannedDisbursement.Builder::valueDate),
          optional(
              "fromInstitution",
              PlannedDisbursement::fromInstitution,
              INSTITUTION_ID,
              PlannedDisbursement.Builder::fromInstitution),
          optional(
              "toInstitution",
              PlannedDisbursement::toInstitution,
              INSTITUTION_ID,
              PlannedDisbursement.Builder::toInstitution),
          optional(
              "provider",
              PlannedDisbursement::provider,
              FUNDING_PARTY,
              PlannedDisbursement.Builder::provider),
          optional(
              "receiver",
              PlannedDisbursement::receiver,
              FUNDING_PARTY,
              PlannedDisbursement.Builder::receiver));

  static final ObjectCodec<Transaction.Builder, Transaction> TRANSACTION =
      new ObjectCodec<Transaction.Builder, Transaction>(
          "Transaction",
          "A financial transaction (IATI's transaction).",
          Transaction::builder,
          Transaction.Builder::build,
          required(
              "type", Transaction::type, enumOf(TransactionType.class), Transaction.Builder::type),
          required("date", Transaction::date, Scalars.DATE, Transaction.Builder::date),
          required("amount", Transaction::amount, SIGNED_MONEY, Transaction.Builder::amount),
          optional(
              "fromInstitution",
              Transaction::fromInstitution,
              INSTITUTION_ID,
              Transaction.Builder::fromInstitution),
          optional(
              "toInstitution",
              Transaction::toInstitution,
              INSTITUTION_ID,
              Transaction.Builder::toInstitution),
          optional("description", Transaction::description, TEXT, Transaction.Builder::description),
          // Format 1.1: the details IATI records per transaction.
          optional(
              "valueDate", Transaction::valueDate, Scalars.DATE, Transaction.Builder::valueDate),
          optional(
              "reference", Transaction::reference, Scalars.STRING, Transaction.Builder::reference),
          optional(
              "humanitarian",
              Transaction::humanitarian,
              Scalars.BOOLEAN,
              Transaction.Builder::humanitarian),
          optional("provider", Transaction::provider, FUNDING_PARTY, Transaction.Builder::provider),
          optional("receiver", Transaction::receiver, FUNDING_PARTY, Transaction.Builder::receiver),
          optional(
              "disbursementChannel",
              Transaction::disbursementChannel,
              CODE,
              Transaction.Builder::disbursementChannel),
          list(
              "sectors",
              Transaction::sectors,
              PartnershipCodecs.SECTOR_ENTRY,
              Transaction.Builder::addSectors),
          optional(
              "recipientCountry",
              Transaction::recipientCountry,
              COUNTRY,
              Transaction.Builder::recipientCountry),
          optional(
              "recipientRegion",
              Transaction::recipientRegion,
              CODE,
              Transaction.Builder::recipientRegion),
          optional(
              "classifications",
              Transaction::classifications,
              CLASSIFICATIONS,
              Transaction.Builder::classifications));

  private static ObjectNode requires(String member) {
    ObjectNode schema = SchemaContext.node();
    schema.putArray("required").add(member);
    return schema;
  }

  public static final ObjectCodec<Funding.Builder, Funding> FUNDING =
      new ObjectCodec<Funding.Builder, Funding>(
              "Funding",
              "The money behind one partnership, or one institution's knowledge-sharing programme:"
                  + " exactly one of partnership and institution is given.",
              Funding::builder,
              Funding.Builder::build,
              required("id", Funding::id, FUNDING_ID, Funding.Builder::id),
              optional(
                  "partnership",
                  Funding::partnership,
                  PARTNERSHIP_ID,
                  Funding.Builder::partnership),
              optional(
                  "institution",
                  Funding::institution,
                  INSTITUTION_ID,
                  Funding.Builder::institution),
              optional("totalBudget", Funding::totalBudget, MONEY, Funding.Builder::totalBudget),
              list(
                  "contributions",
                  Funding::contributions,
                  CONTRIBUTION,
                  Funding.Builder::addContributions),
              list(
                  "transactions",
                  Funding::transactions,
                  TRANSACTION,
                  Funding.Builder::addTransactions),
              // Format 1.1.
              list("budgets", Funding::budgets, BUDGET, Funding.Builder::addBudgets),
              list(
                  "plannedDisbursements",
                  Funding::plannedDisbursements,
                  PLANNED_DISBURSEMENT,
                  Funding.Builder::addPlannedDisbursements))
          .refined(
              // One target: a partnership or an institution, never both.
              schema ->
                  schema
                      .putArray("oneOf")
                      .add(requires("partnership"))
                      .add(requires("institution")));
}
