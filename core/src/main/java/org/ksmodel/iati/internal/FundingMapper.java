package org.ksmodel.iati.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ksmodel.common.Classifications;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.Money;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.Sector;
import org.ksmodel.common.SignedMoney;
import org.ksmodel.funding.Budget;
import org.ksmodel.funding.BudgetStatus;
import org.ksmodel.funding.BudgetType;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.FundingParty;
import org.ksmodel.funding.PlannedDisbursement;
import org.ksmodel.funding.Transaction;
import org.ksmodel.funding.TransactionType;
import org.ksmodel.reference.ReferenceData;

/**
 * Maps an activity's {@code budget}s, {@code planned-disbursement}s and {@code transaction}s onto a
 * {@link Funding} of the partnership, with the same id as the activity.
 *
 * <p>Budgets: each budget is kept as published (period, value, value date, type, status); none is
 * summed into the total budget, which IATI activities do not state. A budget without both period
 * dates, with a negative value, or with an unknown type or status code is reported (and, for the
 * first two, left out: the model refuses it). Planned disbursements likewise, with their provider
 * and receiver. Transactions: every IATI transaction type through {@link
 * TransactionType#fromIatiCode} (IATI 1.x letter codes read too), the date from {@code
 * transaction-date} (else the value date), the signed amount (a reversal is negative, and kept) in
 * the value's currency or the activity's default currency, provider and receiver organisations as
 * institutions and as published (name, type, activity id), and the details: value date, reference,
 * humanitarian flag, disbursement channel, sectors, recipient country or region, flow, finance, aid
 * and tied types. Transactions without a known type, a date, an amount or a currency are left out
 * and reported. No contributions are derived: IATI does not record who pledged what share.
 */
public final class FundingMapper {
  private static final Map<String, String> LEGACY_TRANSACTION_TYPES =
      Map.of("IF", "1", "C", "2", "D", "3", "E", "4", "R", "7");

  private final ImportContext context;
  private final InstitutionRegistry registry;

  public FundingMapper(ImportContext context, InstitutionRegistry registry) {
    this.context = context;
    this.registry = registry;
  }

  public Optional<Funding> map(
      XmlElement activity, PartnershipId partnership, List<InstitutionRegistry.Draft> seen) {
    Optional<String> defaultCurrency = activity.attr("default-currency");
    List<Budget> budgets = new ArrayList<>();
    for (XmlElement budget : activity.all("budget")) {
      budget(budget, defaultCurrency).ifPresent(budgets::add);
    }
    List<PlannedDisbursement> plans = new ArrayList<>();
    for (XmlElement plan : activity.all("planned-disbursement")) {
      plannedDisbursement(plan, defaultCurrency, seen).ifPresent(plans::add);
    }
    List<Transaction> transactions = new ArrayList<>();
    for (XmlElement transaction : activity.all("transaction")) {
      transaction(transaction, defaultCurrency, seen).ifPresent(transactions::add);
    }
    if (budgets.isEmpty() && plans.isEmpty() && transactions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Funding.builder()
            .id(FundingId.of(partnership.value()))
            .partnership(partnership)
            .transactions(transactions)
            .budgets(budgets)
            .plannedDisbursements(plans)
            .build());
  }

  private Optional<Budget> budget(XmlElement budget, Optional<String> defaultCurrency) {
    Optional<XmlElement> value = budget.first("value");
    if (value.isEmpty()) {
      context.warn("iati.budget.value", budget, "budget without a value; left out");
      return Optional.empty();
    }
    Optional<LocalDate> start =
        budget.first("period-start").flatMap(e -> context.date(e, "iso-date"));
    Optional<LocalDate> end = budget.first("period-end").flatMap(e -> context.date(e, "iso-date"));
    if (start.isEmpty() || end.isEmpty()) {
      context.warn("iati.budget.period", budget, "budget without a period start and end; left out");
      return Optional.empty();
    }
    if (end.get().isBefore(start.get())) {
      context.warn(
          "iati.budget.period.order",
          budget,
          "budget period ends " + end.get() + " before it starts " + start.get() + "; left out");
      return Optional.empty();
    }
    Optional<Money> amount = money(value.get(), defaultCurrency, "budget");
    if (amount.isEmpty()) {
      return Optional.empty();
    }
    Budget.Builder builder =
        Budget.builder()
            .period(DateRange.ofClosed(start.get(), end.get()))
            .value(amount.get())
            .valueDate(context.date(value.get(), "value-date"));
    budget
        .attr("type")
        .flatMap(code -> code(code, BudgetType::fromIatiCode, budget, "iati.budget.type"))
        .ifPresent(builder::type);
    budget
        .attr("status")
        .flatMap(code -> code(code, BudgetStatus::fromIatiCode, budget, "iati.budget.status"))
        .ifPresent(builder::status);
    return Optional.of(builder.build());
  }

  /** The value of a closed codelist, or empty and reported when the code is not on it. */
  private <T> Optional<T> code(
      String code, Function<String, Optional<T>> lookup, XmlElement element, String warning) {
    Optional<T> value = lookup.apply(code);
    if (value.isEmpty()) {
      context.warn(warning, element, "code '" + code + "' is not on the codelist; left out");
    }
    return value;
  }

  private Optional<PlannedDisbursement> plannedDisbursement(
      XmlElement plan, Optional<String> defaultCurrency, List<InstitutionRegistry.Draft> seen) {
    Optional<XmlElement> value = plan.first("value");
    Optional<LocalDate> start =
        plan.first("period-start").flatMap(e -> context.date(e, "iso-date"));
    if (value.isEmpty() || start.isEmpty()) {
      context.warn(
          "iati.plannedDisbursement.incomplete",
          plan,
          "planned disbursement without a value or a period start; left out");
      return Optional.empty();
    }
    Optional<LocalDate> end = plan.first("period-end").flatMap(e -> context.date(e, "iso-date"));
    if (end.isPresent() && end.get().isBefore(start.get())) {
      context.warn(
          "iati.plannedDisbursement.period.order",
          plan,
          "planned disbursement ends "
              + end.get()
              + " before it starts "
              + start.get()
              + "; left out");
      return Optional.empty();
    }
    Optional<Money> amount = money(value.get(), defaultCurrency, "planned disbursement");
    if (amount.isEmpty()) {
      return Optional.empty();
    }
    PlannedDisbursement.Builder builder =
        PlannedDisbursement.builder()
            .period(DateRange.ofClosed(start.get(), end))
            .value(amount.get())
            .valueDate(context.date(value.get(), "value-date"));
    plan.attr("type")
        .flatMap(
            code -> code(code, BudgetType::fromIatiCode, plan, "iati.plannedDisbursement.type"))
        .ifPresent(builder::type);
    plan.first("provider-org")
        .ifPresent(
            org -> {
              org(org, seen).ifPresent(builder::fromInstitution);
              party(org, "provider-activity-id").ifPresent(builder::provider);
            });
    plan.first("receiver-org")
        .ifPresent(
            org -> {
              org(org, seen).ifPresent(builder::toInstitution);
              party(org, "receiver-activity-id").ifPresent(builder::receiver);
            });
    return Optional.of(builder.build());
  }

  /** The organisation as published: name, type and activity id; empty when none is given. */
  private Optional<FundingParty> party(XmlElement org, String activityAttribute) {
    FundingParty party =
        FundingParty.builder()
            .name(context.narratives(org))
            .organisationType(
                org.attr("type")
                    .map(code -> Code.of(ReferenceData.ORGANISATION_TYPE_VOCABULARY, code)))
            .activityId(org.attr(activityAttribute))
            .build();
    return party.name().isEmpty()
            && party.organisationType().isEmpty()
            && party.activityId().isEmpty()
        ? Optional.empty()
        : Optional.of(party);
  }

  private Optional<Transaction> transaction(
      XmlElement transaction,
      Optional<String> defaultCurrency,
      List<InstitutionRegistry.Draft> seen) {
    Optional<String> code = transaction.first("transaction-type").flatMap(e -> e.attr("code"));
    if (code.isEmpty()) {
      context.warn("iati.transaction.type", transaction, "transaction without a type; left out");
      return Optional.empty();
    }
    String iatiCode = code.get();
    String legacy = LEGACY_TRANSACTION_TYPES.get(iatiCode.toUpperCase(Locale.ROOT));
    if (legacy != null) {
      context.warn(
          "iati.transaction.type.legacy",
          transaction,
          "transaction type '" + iatiCode + "' (IATI 1.x) read as code " + legacy);
      iatiCode = legacy;
    }
    Optional<TransactionType> type = TransactionType.fromIatiCode(iatiCode);
    if (type.isEmpty()) {
      context.warn(
          "iati.transaction.type.unmapped",
          transaction,
          "transaction type "
              + iatiCode
              + " is not on the IATI TransactionType codelist; left out");
      return Optional.empty();
    }
    Optional<XmlElement> value = transaction.first("value");
    if (value.isEmpty()) {
      context.warn("iati.transaction.value", transaction, "transaction without a value; left out");
      return Optional.empty();
    }
    Optional<LocalDate> date =
        transaction.first("transaction-date").flatMap(e -> context.date(e, "iso-date"));
    if (date.isEmpty()) {
      date = context.date(value.get(), "value-date");
      if (date.isEmpty()) {
        context.warn("iati.transaction.date", transaction, "transaction without a date; left out");
        return Optional.empty();
      }
      context.warn(
          "iati.transaction.date.valueDate",
          transaction,
          "transaction without transaction-date; its value-date " + date.get() + " is used");
    }
    Optional<SignedMoney> amount = value(value.get(), defaultCurrency, "transaction", true);
    if (amount.isEmpty()) {
      return Optional.empty();
    }
    Transaction.Builder builder =
        Transaction.builder().type(type.get()).date(date.get()).amount(amount.get());
    transaction
        .first("provider-org")
        .ifPresent(
            org -> {
              org(org, seen).ifPresent(builder::fromInstitution);
              party(org, "provider-activity-id").ifPresent(builder::provider);
            });
    transaction
        .first("receiver-org")
        .ifPresent(
            org -> {
              org(org, seen).ifPresent(builder::toInstitution);
              party(org, "receiver-activity-id").ifPresent(builder::receiver);
            });
    transaction.first("description").flatMap(context::narratives).ifPresent(builder::description);
    details(transaction, value.get(), builder);
    return Optional.of(builder.build());
  }

  /** The per-transaction details of IATI 2.03, as published. */
  private void details(XmlElement transaction, XmlElement value, Transaction.Builder builder) {
    builder.valueDate(context.date(value, "value-date"));
    builder.reference(transaction.attr("ref").filter(ref -> !ref.isBlank()));
    transaction
        .attr("humanitarian")
        .map(flag -> flag.trim().toLowerCase(Locale.ROOT))
        .filter(
            flag ->
                flag.equals("1") || flag.equals("true") || flag.equals("0") || flag.equals("false"))
        .ifPresent(flag -> builder.humanitarian(flag.equals("1") || flag.equals("true")));
    codeOf(transaction, "disbursement-channel", "DisbursementChannel")
        .ifPresent(builder::disbursementChannel);
    for (XmlElement sector : transaction.all("sector")) {
      Optional<String> code = sector.attr("code");
      if (code.isPresent()) {
        String vocabulary = sector.attr("vocabulary").orElse(Sector.DAC);
        try {
          builder.addSectors(Sector.builder().vocabulary(vocabulary).code(code.get()).build());
        } catch (InvalidValueException e) {
          context.warn(
              "iati.sector.form",
              sector,
              "transaction sector '"
                  + code.get()
                  + "' (vocabulary "
                  + vocabulary
                  + ") does not have the form of its vocabulary; left out");
        }
      }
    }
    transaction
        .first("recipient-country")
        .flatMap(e -> e.attr("code"))
        .map(code -> code.toUpperCase(Locale.ROOT))
        .filter(CountryCode::isWellFormed)
        .map(CountryCode::of)
        .ifPresent(builder::recipientCountry);
    transaction
        .first("recipient-region")
        .filter(e -> e.attr("code").isPresent())
        .map(e -> Code.of(regionVocabulary(e.attr("vocabulary").orElse("1")), e.attr("code").get()))
        .ifPresent(builder::recipientRegion);
    Classifications.Builder classifications = Classifications.builder();
    codeOf(transaction, "flow-type", Classifications.FLOW_TYPE)
        .ifPresent(classifications::flowType);
    codeOf(transaction, "finance-type", Classifications.FINANCE_TYPE)
        .ifPresent(classifications::financeType);
    codeOf(transaction, "tied-status", Classifications.TIED_STATUS)
        .ifPresent(classifications::tiedStatus);
    for (XmlElement aid : transaction.all("aid-type")) {
      aid.attr("code")
          .ifPresent(
              code ->
                  classifications.addAidTypes(
                      Code.of(aidVocabulary(aid.attr("vocabulary").orElse("1")), code)));
    }
    Classifications built = classifications.build();
    if (!built.equals(Classifications.builder().build())) {
      builder.classifications(built);
    }
  }

  private static Optional<Code> codeOf(XmlElement parent, String child, String vocabulary) {
    return parent.first(child).flatMap(e -> e.attr("code")).map(code -> Code.of(vocabulary, code));
  }

  /** The vocabulary name of an IATI RegionVocabulary code: 1 is the OECD DAC region list. */
  private static String regionVocabulary(String code) {
    return code.equals("1") ? "Region" : "RegionVocabulary " + code;
  }

  /** The vocabulary name of an IATI AidTypeVocabulary code: 1 is the OECD DAC list. */
  private static String aidVocabulary(String code) {
    return code.equals("1") ? Classifications.AID_TYPE : "AidTypeVocabulary " + code;
  }

  private Optional<InstitutionId> org(XmlElement org, List<InstitutionRegistry.Draft> seen) {
    if (org.attr("ref").isEmpty() && org.all("narrative").isEmpty()) {
      return Optional.empty(); // an empty provider-org or receiver-org says nothing
    }
    Optional<InstitutionRegistry.Draft> draft = registry.read(org);
    draft.ifPresent(seen::add);
    return draft.map(d -> d.id);
  }

  /** The amount of a {@code value} element; empty and reported when it cannot be money. */
  public Optional<Money> money(XmlElement value, Optional<String> defaultCurrency, String what) {
    return value(value, defaultCurrency, what, false).map(SignedMoney::abs);
  }

  /**
   * The amount of a {@code value} element, negative ones only when {@code signed} (a transaction's
   * reversal); empty and reported when it cannot be such an amount.
   */
  private Optional<SignedMoney> value(
      XmlElement value, Optional<String> defaultCurrency, String what, boolean signed) {
    Optional<String> text = value.text();
    if (text.isEmpty()) {
      context.warn("iati.value.empty", value, what + " value is empty; left out");
      return Optional.empty();
    }
    Optional<BigDecimal> number = context.decimal(value, text.get(), what + " value");
    if (number.isEmpty()) {
      return Optional.empty();
    }
    if (!signed && number.get().signum() < 0) {
      context.warn(
          "iati." + what.replace(' ', '.') + ".negative",
          value,
          what
              + " value "
              + number.get().toPlainString()
              + " is negative; a "
              + what
              + " cannot be, left out");
      return Optional.empty();
    }
    Optional<String> currency = value.attr("currency").or(() -> defaultCurrency);
    if (currency.isEmpty()) {
      context.warn(
          "iati.currency.missing",
          value,
          what + " value has no currency and the activity no default-currency; left out");
      return Optional.empty();
    }
    String code = currency.get().toUpperCase(Locale.ROOT);
    if (!code.equals(currency.get()) && CurrencyCode.isWellFormed(code)) {
      context.warn(
          "iati.currency.case", value, what + " currency '" + currency.get() + "' read as " + code);
    }
    if (!CurrencyCode.isWellFormed(code)) {
      context.warn(
          "iati.currency.invalid",
          value,
          what + " currency '" + currency.get() + "' is not an ISO 4217 code; left out");
      return Optional.empty();
    }
    if (!ReferenceData.currencies().contains(CurrencyCode.of(code))) {
      context.warn(
          "iati.currency.unknown",
          value,
          what + " currency '" + code + "' is not on the Currency codelist; kept");
    }
    try {
      return Optional.of(SignedMoney.of(number.get(), CurrencyCode.of(code)));
    } catch (org.ksmodel.common.InvalidValueException e) {
      context.warn(
          "iati.value.range", value, what + " value " + text.get() + " is out of range; left out");
      return Optional.empty();
    }
  }
}
