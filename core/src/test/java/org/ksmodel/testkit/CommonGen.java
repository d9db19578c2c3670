package org.ksmodel.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ksmodel.common.Classifications;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.DocumentLink;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Money;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;

/**
 * Generators of the common values. Codes come from short lists of codes that exist in the bundled
 * reference data, so generated data also passes the validator's existence checks.
 */
public final class CommonGen {
  /** ODA recipients (DAC list 2024-2025): what the default classification counts as the South. */
  public static final List<CountryCode> SOUTH =
      codes(
          "CO", "MX", "BR", "ID", "IN", "CN", "ZA", "KE", "NG", "PE", "VN", "GH", "RW", "EG", "BD",
          "PH", "SN", "TZ", "ET", "BO");

  /** Countries that are not ODA recipients. */
  public static final List<CountryCode> NORTH =
      codes("KR", "JP", "DE", "US", "GB", "FR", "NO", "SE", "CA", "AU", "SG", "ES");

  public static final List<CurrencyCode> CURRENCIES =
      List.of("USD", "EUR", "COP", "MXN", "KRW", "IDR", "BRL", "GBP", "JPY").stream()
          .map(CurrencyCode::of)
          .toList();

  public static final List<SectorCode> SECTORS =
      List.of(
              "15110", "15111", "11110", "12220", "31120", "41010", "43010", "15130", "23210",
              "160")
          .stream()
          .map(SectorCode::of)
          .toList();

  public static final List<SdgTarget> SDG_TARGETS =
      List.of("17.9", "17.6", "1.3", "4.4", "5.5", "16.6", "6.1", "13.1", "2.3", "3.8", "6.a")
          .stream()
          .map(SdgTarget::of)
          .toList();

  public static final List<LanguageCode> LANGUAGES =
      List.of("en", "es", "fr", "pt", "ko", "id").stream().map(LanguageCode::of).toList();

  private static final LocalDate EPOCH = LocalDate.of(2005, 1, 1);
  private static final int DAYS = 20 * 365;

  private static final List<String> WORDS =
      List.of(
          "knowledge",
          "exchange",
          "disaster",
          "risk",
          "social",
          "protection",
          "cash",
          "transfer",
          "statistics",
          "urban",
          "transport",
          "agriculture",
          "health",
          "budget",
          "reform",
          "peer",
          "learning",
          "hub",
          "capacity",
          "water",
          "climate",
          "resilience",
          "public",
          "finance");

  private CommonGen() {}

  private static List<CountryCode> codes(String... values) {
    return List.of(values).stream().map(CountryCode::of).toList();
  }

  public static Gen<CountryCode> country() {
    return rng -> rng.chance(0.7) ? rng.pick(SOUTH) : rng.pick(NORTH);
  }

  public static Gen<CountryCode> southernCountry() {
    return rng -> rng.pick(SOUTH);
  }

  public static Gen<CountryCode> northernCountry() {
    return rng -> rng.pick(NORTH);
  }

  public static Gen<CurrencyCode> currency() {
    return rng -> rng.pick(CURRENCIES);
  }

  public static Gen<SectorCode> sector() {
    return rng -> rng.pick(SECTORS);
  }

  public static Gen<SdgTarget> sdgTarget() {
    return rng -> rng.pick(SDG_TARGETS);
  }

  public static Gen<LanguageCode> language() {
    return rng -> rng.pick(LANGUAGES);
  }

  /** A few words of plain text. */
  public static Gen<String> words(int min, int max) {
    return rng -> {
      StringBuilder text = new StringBuilder();
      int count = rng.between(min, max);
      for (int i = 0; i < count; i++) {
        text.append(i == 0 ? "" : " ").append(rng.pick(WORDS));
      }
      return text.toString();
    };
  }

  /** Text that is English, sometimes with a translation. */
  public static Gen<LocalizedText> text() {
    return rng -> {
      LocalizedText text = LocalizedText.of(words(2, 8).next(rng));
      return rng.chance(0.3) ? text.with(rng.pick(LANGUAGES), words(2, 8).next(rng)) : text;
    };
  }

  /** A day between 2005 and 2024. */
  public static Gen<LocalDate> date() {
    return rng -> EPOCH.plusDays(rng.nextInt(DAYS));
  }

  /** A closed range of up to five years between 2005 and 2029, sometimes open-ended. */
  public static Gen<DateRange> dateRange() {
    return rng -> {
      LocalDate start = date().next(rng);
      return rng.chance(0.15)
          ? DateRange.startingOn(start)
          : DateRange.ofClosed(start, start.plusDays(rng.between(0, 5 * 365)));
    };
  }

  /** A closed range inside {@code outer} (taking the outer start plus a year when it is open). */
  public static Gen<DateRange> dateRangeWithin(DateRange outer) {
    return rng -> {
      LocalDate last = outer.end().orElse(outer.start().plusYears(1));
      long span = last.toEpochDay() - outer.start().toEpochDay();
      LocalDate start = outer.start().plusDays(rng.between(0L, span));
      long rest = last.toEpochDay() - start.toEpochDay();
      return DateRange.ofClosed(start, start.plusDays(rng.between(0L, rest)));
    };
  }

  public static Gen<Money> money(CurrencyCode currency, long maxUnits) {
    return rng -> Money.of(BigDecimal.valueOf(rng.between(0L, maxUnits * 100), 2), currency);
  }

  public static Gen<Money> money() {
    return rng -> money(rng.pick(CURRENCIES), 10_000_000).next(rng);
  }

  /** A document link with every attribute sometimes set; addresses sometimes not valid URIs. */
  public static Gen<DocumentLink> documentLink() {
    return rng -> {
      DocumentLink.Builder link =
          DocumentLink.builder()
              .url(
                  rng.chance(0.9)
                      ? "https://example.org/docs/" + rng.nextInt(100_000) + ".pdf"
                      : "www.example.org/a report " + rng.nextInt(100)); // as published
      if (rng.chance(0.7)) {
        link.format(rng.pick("application/pdf", "text/html", "image/png"));
      }
      if (rng.chance(0.7)) {
        link.title(text().next(rng));
      }
      if (rng.chance(0.3)) {
        link.description(text().next(rng));
      }
      if (rng.chance(0.6)) {
        link.addCategories(Code.of("DocumentCategory", rng.pick("A01", "A02", "A07", "B01")));
      }
      if (rng.chance(0.5)) {
        link.addLanguages(rng.pick(LANGUAGES));
      }
      if (rng.chance(0.5)) {
        link.documentDate(date().next(rng));
      }
      return link.build();
    };
  }

  /** Classifications with each part sometimes set, from real IATI codes and an unknown one. */
  public static Gen<Classifications> classifications() {
    return rng -> {
      Classifications.Builder c = Classifications.builder();
      if (rng.chance(0.6)) {
        c.collaborationType(
            Code.of(Classifications.COLLABORATION_TYPE, rng.pick("1", "2", "3", "4", "6", "7")));
      }
      if (rng.chance(0.6)) {
        c.flowType(Code.of(Classifications.FLOW_TYPE, rng.pick("10", "20", "30", "99")));
      }
      if (rng.chance(0.6)) {
        c.financeType(Code.of(Classifications.FINANCE_TYPE, rng.pick("110", "410", "421")));
      }
      if (rng.chance(0.6)) {
        c.addAidTypes(Code.of(Classifications.AID_TYPE, rng.pick("A01", "C01", "D02", "Z99")));
      }
      if (rng.chance(0.4)) {
        c.tiedStatus(Code.of(Classifications.TIED_STATUS, rng.pick("3", "4", "5")));
      }
      return c.build();
    };
  }
}
