package org.ksmodel.examples.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.Transaction;
import org.ksmodel.funding.TransactionType;
import org.ksmodel.reference.ReferenceData;

/**
 * Maps an activity's {@code budget}s and {@code transaction}s onto a {@link Funding} of the
 * partnership, with the same id as the activity.
 *
 * <p>Total budget: for each budget period the revised budget (type 2) when there is one, otherwise
 * the original; summed when all are in one currency, left out (and reported) when the periods use
 * several. Transactions: the type through {@link TransactionType#fromIatiCode} (IATI 1.x letter
 * codes read too), the date from {@code transaction-date} (else the value date), the amount in the
 * value's currency or the activity's default currency, provider and receiver organisations as
 * institutions. Negative amounts (reversals), unmapped types (loans, pledges, ...), and
 * transactions without date, amount or currency are left out and reported. No contributions are
 * derived: IATI does not record who pledged what share, only the transactions.
 */
final class FundingMapper {
  private static final Map<String, String> LEGACY_TRANSACTION_TYPES =
      Map.of("IF", "1", "C", "2", "D", "3", "E", "4", "R", "7");

  private final ImportContext context;
  private final InstitutionRegistry registry;

  FundingMapper(ImportContext context, InstitutionRegistry registry) {
    this.context = context;
    this.registry = registry;
  }

  Optional<Funding> map(
      XmlElement activity, PartnershipId partnership, List<InstitutionRegistry.Draft> seen) {
    Optional<String> defaultCurrency = activity.attr("default-currency");
    Optional<Money> total = totalBudget(activity, defaultCurrency);
    List<Transaction> transactions = new ArrayList<>();
    for (XmlElement transaction : activity.all("transaction")) {
      transaction(transaction, defaultCurrency, seen).ifPresent(transactions::add);
    }
    if (total.isEmpty() && transactions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Funding.builder()
            .id(FundingId.of(partnership.value()))
            .partnership(partnership)
            .totalBudget(total)
            .transactions(transactions)
            .build());
  }

  private Optional<Money> totalBudget(XmlElement activity, Optional<String> defaultCurrency) {
    // Per period (start/end as written), the revised budget replaces the original.
    Map<String, Money> original = new LinkedHashMap<>();
    Map<String, Money> revised = new LinkedHashMap<>();
    for (XmlElement budget : activity.all("budget")) {
      Optional<XmlElement> value = budget.first("value");
      if (value.isEmpty()) {
        context.warn("iati.budget.value", budget, "budget without a value; left out");
        continue;
      }
      Optional<Money> amount = money(value.get(), defaultCurrency, "budget");
      if (amount.isEmpty()) {
        continue;
      }
      String period =
          budget.first("period-start").flatMap(e -> e.attr("iso-date")).orElse("?")
              + "/"
              + budget.first("period-end").flatMap(e -> e.attr("iso-date")).orElse("?");
      boolean isRevised = budget.attr("type").filter("2"::equals).isPresent();
      (isRevised ? revised : original).merge(period, amount.get(), FundingMapper::sameCurrencySum);
    }
    original.putAll(revised);
    if (original.isEmpty()) {
      return Optional.empty();
    }
    Map<CurrencyCode, Money> perCurrency = new TreeMap<>();
    original.values().forEach(m -> perCurrency.merge(m.currency(), m, Money::plus));
    if (perCurrency.size() > 1) {
      context.warn(
          "iati.budget.currencies",
          activity,
          "budgets in several currencies " + perCurrency.keySet() + "; no total budget is kept");
      return Optional.empty();
    }
    return Optional.of(perCurrency.values().iterator().next());
  }

  private static Money sameCurrencySum(Money a, Money b) {
    // Two budgets for one period in two currencies cannot be added; the first one is kept.
    return a.isSameCurrencyAs(b) ? a.plus(b) : a;
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
          "transaction type " + iatiCode + " has no counterpart in the model; left out");
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
    Optional<Money> amount = money(value.get(), defaultCurrency, "transaction");
    if (amount.isEmpty()) {
      return Optional.empty();
    }
    Transaction.Builder builder =
        Transaction.builder().type(type.get()).date(date.get()).amount(amount.get());
    transaction
        .first("provider-org")
        .flatMap(org -> org(org, seen))
        .ifPresent(builder::fromInstitution);
    transaction
        .first("receiver-org")
        .flatMap(org -> org(org, seen))
        .ifPresent(builder::toInstitution);
    transaction.first("description").flatMap(context::narratives).ifPresent(builder::description);
    return Optional.of(builder.build());
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
  Optional<Money> money(XmlElement value, Optional<String> defaultCurrency, String what) {
    Optional<String> text = value.text();
    if (text.isEmpty()) {
      context.warn("iati.value.empty", value, what + " value is empty; left out");
      return Optional.empty();
    }
    Optional<BigDecimal> number = context.decimal(value, text.get(), what + " value");
    if (number.isEmpty()) {
      return Optional.empty();
    }
    if (number.get().signum() < 0) {
      context.warn(
          "iati." + what + ".negative",
          value,
          what
              + " value "
              + number.get().toPlainString()
              + " is negative (a reversal); the model refuses negative money, left out");
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
      return Optional.of(Money.of(number.get(), CurrencyCode.of(code)));
    } catch (org.ksmodel.common.InvalidValueException e) {
      context.warn(
          "iati.value.range", value, what + " value " + text.get() + " is out of range; left out");
      return Optional.empty();
    }
  }
}
