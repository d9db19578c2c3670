package org.ksmodel.json.internal;

import static org.ksmodel.json.internal.Field.list;
import static org.ksmodel.json.internal.Field.optional;
import static org.ksmodel.json.internal.Field.required;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ksmodel.common.Classifications;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.DocumentLink;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.KnowledgeRequestId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Money;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.Period;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SignedMoney;
import org.ksmodel.common.SolutionId;
import org.ksmodel.common.Violation;
import org.ksmodel.result.IndicatorValue;

/** The codecs of the common values of core: ids, codes, money, date ranges, texts. */
public final class CommonCodecs {
  private CommonCodecs() {}

  private static final String ID = null; // ids: any text without surrounding whitespace

  public static final Codec<InstitutionId> INSTITUTION_ID =
      Scalars.textual("InstitutionId", InstitutionId::of, InstitutionId::value, ID);
  public static final Codec<SolutionId> SOLUTION_ID =
      Scalars.textual("SolutionId", SolutionId::of, SolutionId::value, ID);
  public static final Codec<PartnershipId> PARTNERSHIP_ID =
      Scalars.textual("PartnershipId", PartnershipId::of, PartnershipId::value, ID);
  public static final Codec<FundingId> FUNDING_ID =
      Scalars.textual("FundingId", FundingId::of, FundingId::value, ID);
  public static final Codec<ResultsFrameworkId> RESULTS_FRAMEWORK_ID =
      Scalars.textual("ResultsFrameworkId", ResultsFrameworkId::of, ResultsFrameworkId::value, ID);
  public static final Codec<KnowledgeRequestId> KNOWLEDGE_REQUEST_ID =
      Scalars.textual("KnowledgeRequestId", KnowledgeRequestId::of, KnowledgeRequestId::value, ID);

  public static final Codec<CountryCode> COUNTRY =
      Scalars.textual("CountryCode", CountryCode::of, CountryCode::value, "^[A-Z]{2}$", true);
  public static final Codec<CurrencyCode> CURRENCY =
      Scalars.textual("CurrencyCode", CurrencyCode::of, CurrencyCode::value, "^[A-Z]{3}$", true);
  static final String LANGUAGE_PATTERN = "^[a-z]{2}$";
  public static final Codec<LanguageCode> LANGUAGE =
      Scalars.textual(
          "LanguageCode", LanguageCode::of, LanguageCode::value, LANGUAGE_PATTERN, true);
  public static final Codec<SectorCode> SECTOR =
      Scalars.textual(
          "SectorCode", SectorCode::of, SectorCode::value, "^([0-9]{3}|[0-9]{5})$", true);
  public static final Codec<SdgTarget> SDG_TARGET =
      Scalars.textual(
          "SdgTarget",
          SdgTarget::of,
          SdgTarget::value,
          "^(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])$",
          true);

  /** An open-vocabulary code: {@code {"vocabulary": "OrganisationType", "code": "10"}}. */
  public static final ObjectCodec<String[], Code> CODE =
      new ObjectCodec<>(
          "Code",
          "A code of an open vocabulary, such as an IATI OrganisationType code.",
          () -> new String[2],
          parts -> Code.of(parts[0], parts[1]),
          required("vocabulary", Code::vocabulary, Scalars.STRING, (parts, v) -> parts[0] = v),
          required("code", Code::code, Scalars.STRING, (parts, v) -> parts[1] = v));

  /** A period of days: {@code {"start": "2020-01-01", "end": "2021-12-31"}}; no end when open. */
  public static final ObjectCodec<LocalDate[], DateRange> DATE_RANGE =
      new ObjectCodec<>(
          "DateRange",
          "Days from start to end, both included; without an end the range is open.",
          () -> new LocalDate[2],
          parts -> DateRange.ofClosed(parts[0], Optional.ofNullable(parts[1])),
          required("start", DateRange::start, Scalars.DATE, (parts, v) -> parts[0] = v),
          optional("end", DateRange::end, Scalars.DATE, (parts, v) -> parts[1] = v));

  /**
   * A period of which the start, the end or both are known: {@code {"start": "2020-01-01", "end":
   * "2021-12-31"}}, {@code {"end": "2021-12-31"}}. A {@link #DATE_RANGE} is one as well, so a 1.0
   * period reads as it did.
   */
  public static final ObjectCodec<LocalDate[], Period> PERIOD =
      new ObjectCodec<>(
              "Period",
              "Days from start to end, both included; either may be unknown, not both.",
              () -> new LocalDate[2],
              parts -> Period.of(Optional.ofNullable(parts[0]), Optional.ofNullable(parts[1])),
              optional("start", Period::start, Scalars.DATE, (parts, v) -> parts[0] = v),
              optional("end", Period::end, Scalars.DATE, (parts, v) -> parts[1] = v))
          .refined(
              // The model refuses a period with neither end (period.empty).
              schema ->
                  schema
                      .putArray("anyOf")
                      .add(SchemaContext.node().set("required", requiredOne("start")))
                      .add(SchemaContext.node().set("required", requiredOne("end"))));

  private static com.fasterxml.jackson.databind.node.ArrayNode requiredOne(String name) {
    return SchemaContext.node().arrayNode().add(name);
  }

  /**
   * A percentage: a plain decimal string such as {@code "33.33"} (written so), or when read a JSON
   * number. Its range is a validator rule, so a negative one or one above 100 is read as given.
   */
  static final Codec<BigDecimal> PERCENTAGE =
      plainDecimal(
          "a percentage",
          "percentage.form",
          "a percentage must be a plain decimal such as 33.33",
          true);

  /**
   * The amount of money: a plain decimal string, or (when read) a JSON number. {@code "-5.00"} is
   * read as the number -5.00 would be, so that Money refuses it as money.negative: one code for one
   * mistake, whichever way it is written.
   */
  static final Codec<BigDecimal> AMOUNT =
      plainDecimal(
          "an amount",
          "money.amount.form",
          "amount must be a plain non-negative decimal such as 1250000.00",
          false);

  /** A signed amount: a plain decimal string that may start with '-', or (when read) a number. */
  static final Codec<BigDecimal> SIGNED_AMOUNT =
      plainDecimal(
          "an amount",
          "money.amount.form",
          "amount must be a plain decimal such as -500.00 or 1250000.00",
          true);

  /**
   * A decimal written as a plain decimal string (never through floating point) and read from such a
   * string, with an optional '-', or from a JSON number ({@code what}, e.g. "an amount"); any other
   * text is refused with {@code code}. The schema allows a sign only when {@code signed}.
   */
  private static Codec<BigDecimal> plainDecimal(
      String what, String code, String mustBe, boolean signed) {
    String pattern = (signed ? "^-?" : "^") + "[0-9]{1,30}(\\.[0-9]{1,18})?$";
    return new Codec<>() {
      @Override
      public BigDecimal read(In in) throws IOException {
        if (in.parser.currentToken() != JsonToken.VALUE_STRING) {
          return Scalars.number(in, what);
        }
        String text = in.parser.getText();
        if (!isPlainDecimal(text.startsWith("-") ? text.substring(1) : text)) {
          in.construction(
              new InvalidValueException(
                  Violation.construction(
                      code, DataPath.root(), mustBe + ", got '" + Scalars.abbreviate(text) + "'")));
          return null;
        }
        return new BigDecimal(text);
      }

      @Override
      public void write(JsonGenerator out, BigDecimal value) throws IOException {
        out.writeString(value.toPlainString());
      }

      @Override
      public ObjectNode schema(SchemaContext context) {
        ObjectNode number = SchemaContext.node().put("type", "number");
        if (!signed) {
          number.put("minimum", 0);
        }
        ObjectNode schema = SchemaContext.node();
        schema
            .putArray("oneOf")
            .add(SchemaContext.node().put("type", "string").put("pattern", pattern))
            .add(number);
        return schema;
      }
    };
  }

  /** Money: {@code {"amount": "1250000.00", "currency": "USD"}}. */
  public static final ObjectCodec<Object[], Money> MONEY =
      new ObjectCodec<>(
          "Money",
          "An amount in a currency. The amount is written as a plain decimal string and read from"
              + " a string or a number, never through floating point.",
          () -> new Object[2],
          parts -> Money.of((BigDecimal) parts[0], (CurrencyCode) parts[1]),
          required("amount", Money::amount, AMOUNT, (parts, v) -> parts[0] = v),
          required("currency", Money::currency, CURRENCY, (parts, v) -> parts[1] = v));

  /** Signed money (a transaction's value): {@code {"amount": "-500.00", "currency": "USD"}}. */
  public static final ObjectCodec<Object[], SignedMoney> SIGNED_MONEY =
      new ObjectCodec<>(
          "SignedMoney",
          "An amount of either sign in a currency, as Money but the amount may be negative (an"
              + " IATI reversal).",
          () -> new Object[2],
          parts -> SignedMoney.of((BigDecimal) parts[0], (CurrencyCode) parts[1]),
          required("amount", SignedMoney::amount, SIGNED_AMOUNT, (parts, v) -> parts[0] = v),
          required("currency", SignedMoney::currency, CURRENCY, (parts, v) -> parts[1] = v));

  /** Text in languages: {@code {"defaultLanguage": "en", "texts": {"en": "...", "es": "..."}}}. */
  public static final ObjectCodec<TextParts, LocalizedText> TEXT =
      new ObjectCodec<>(
          "LocalizedText",
          "Text in one or more languages (ISO 639-1); the default language has a text.",
          TextParts::new,
          TextParts::build,
          required(
              "defaultLanguage",
              LocalizedText::defaultLanguage,
              LANGUAGE,
              (parts, v) -> parts.defaultLanguage = v),
          Field.requiredMap(
              "texts",
              LocalizedText::texts,
              Keys.parsed(LanguageCode::of, LanguageCode::value, LANGUAGE_PATTERN),
              Scalars.STRING,
              TextParts::put));

  /**
   * The parts of a {@link LocalizedText} being read; the common case of one text is built without a
   * map of its own.
   */
  public static final class TextParts {
    LanguageCode defaultLanguage;
    LanguageCode firstLanguage;
    String firstText;
    Map<LanguageCode, String> texts;

    void put(LanguageCode language, String text) {
      if (firstLanguage == null) {
        firstLanguage = language;
        firstText = text;
      } else {
        if (texts == null) {
          texts = new LinkedHashMap<>(8);
          texts.put(firstLanguage, firstText);
        }
        texts.put(language, text);
      }
    }

    LocalizedText build() {
      if (texts == null && firstLanguage != null && firstLanguage.equals(defaultLanguage)) {
        return LocalizedText.of(defaultLanguage, firstText);
      }
      return LocalizedText.of(
          defaultLanguage,
          texts != null
              ? texts
              : firstLanguage == null ? Map.of() : Map.of(firstLanguage, firstText));
    }
  }

  /** A plain non-negative decimal: 1 to 30 digits, then optionally a point and 1 to 18 digits. */
  static boolean isPlainDecimal(String text) {
    int point = text.indexOf('.');
    int integers = point < 0 ? text.length() : point;
    int decimals = point < 0 ? 0 : text.length() - point - 1;
    if (integers < 1 || integers > 30 || (point >= 0 && (decimals < 1 || decimals > 18))) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i != point && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** An indicator value: a JSON number for a number, a JSON string for a text. */
  public static final Codec<IndicatorValue> INDICATOR_VALUE =
      new Codec<>() {
        @Override
        public IndicatorValue read(In in) throws IOException {
          JsonToken token = in.parser.currentToken();
          if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return IndicatorValue.ofNumber(Scalars.number(in, "a number"));
          }
          if (token == JsonToken.VALUE_STRING) {
            try {
              return IndicatorValue.ofText(in.parser.getText());
            } catch (InvalidValueException e) {
              in.construction(e);
              return null;
            }
          }
          in.wrongType("a number or a string");
          return null;
        }

        @Override
        public void write(JsonGenerator out, IndicatorValue value) throws IOException {
          if (value.isNumber()) {
            out.writeNumber(value.number().orElseThrow());
          } else {
            out.writeString(value.text().orElseThrow());
          }
        }

        @Override
        public ObjectNode schema(SchemaContext context) {
          ObjectNode schema =
              SchemaContext.node()
                  .put(
                      "description",
                      "A number (for numeric measures) or a non-blank text (for qualitative"
                          + " ones).");
          schema
              .putArray("oneOf")
              .add(SchemaContext.node().put("type", "number"))
              .add(SchemaContext.node().put("type", "string").put("pattern", "\\S"));
          return schema;
        }
      };

  // After TEXT and CODE, which it uses: static fields are set in order.
  /** A document about a partnership, an institution or a result (IATI's document-link). */
  public static final ObjectCodec<DocumentLink.Builder, DocumentLink> DOCUMENT_LINK =
      new ObjectCodec<DocumentLink.Builder, DocumentLink>(
          "DocumentLink",
          "A published document: its address as published, format, title, categories, languages"
              + " and date.",
          DocumentLink::builder,
          DocumentLink.Builder::build,
          required("url", DocumentLink::url, Scalars.STRING, DocumentLink.Builder::url),
          optional("format", DocumentLink::format, Scalars.STRING, DocumentLink.Builder::format),
          optional("title", DocumentLink::title, TEXT, DocumentLink.Builder::title),
          optional(
              "description", DocumentLink::description, TEXT, DocumentLink.Builder::description),
          list("categories", DocumentLink::categories, CODE, DocumentLink.Builder::addCategories),
          list("languages", DocumentLink::languages, LANGUAGE, DocumentLink.Builder::addLanguages),
          optional(
              "documentDate",
              DocumentLink::documentDate,
              Scalars.DATE,
              DocumentLink.Builder::documentDate));

  /** An activity's or a transaction's IATI classifications, each a code of its vocabulary. */
  public static final ObjectCodec<Classifications.Builder, Classifications> CLASSIFICATIONS =
      new ObjectCodec<Classifications.Builder, Classifications>(
          "Classifications",
          "IATI's collaboration, flow, finance, aid and tied types, each a code as published.",
          Classifications::builder,
          Classifications.Builder::build,
          optional(
              "collaborationType",
              Classifications::collaborationType,
              CODE,
              Classifications.Builder::collaborationType),
          optional("flowType", Classifications::flowType, CODE, Classifications.Builder::flowType),
          optional(
              "financeType",
              Classifications::financeType,
              CODE,
              Classifications.Builder::financeType),
          list("aidTypes", Classifications::aidTypes, CODE, Classifications.Builder::addAidTypes),
          optional(
              "tiedStatus",
              Classifications::tiedStatus,
              CODE,
              Classifications.Builder::tiedStatus));
}
