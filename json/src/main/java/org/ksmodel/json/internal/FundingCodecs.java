package org.ksmodel.json.internal;

import static org.ksmodel.json.internal.CommonCodecs.FUNDING_ID;
import static org.ksmodel.json.internal.CommonCodecs.INSTITUTION_ID;
import static org.ksmodel.json.internal.CommonCodecs.MONEY;
import static org.ksmodel.json.internal.CommonCodecs.PARTNERSHIP_ID;
import static org.ksmodel.json.internal.CommonCodecs.TEXT;
import static org.ksmodel.json.internal.Field.list;
import static org.ksmodel.json.internal.Field.optional;
import static org.ksmodel.json.internal.Field.required;
import static org.ksmodel.json.internal.Scalars.enumOf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.ContributionKind;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.FundingSource;
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

  static final ObjectCodec<Transaction.Builder, Transaction> TRANSACTION =
      new ObjectCodec<Transaction.Builder, Transaction>(
          "Transaction",
          "A financial transaction (IATI's transaction).",
          Transaction::builder,
          Transaction.Builder::build,
          required(
              "type", Transaction::type, enumOf(TransactionType.class), Transaction.Builder::type),
          required("date", Transaction::date, Scalars.DATE, Transaction.Builder::date),
          required("amount", Transaction::amount, MONEY, Transaction.Builder::amount),
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
          optional(
              "description", Transaction::description, TEXT, Transaction.Builder::description));

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
                  Funding.Builder::addTransactions))
          .refined(
              // One target: a partnership or an institution, never both.
              schema ->
                  schema
                      .putArray("oneOf")
                      .add(requires("partnership"))
                      .add(requires("institution")));
}
