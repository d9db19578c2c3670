package org.ksmodel.iati.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.iati.ImportWarning;

/**
 * What the mappers share while one file is imported: the warnings, the activity being mapped and
 * its default language, and the readers of narratives, dates and numbers that turn messy values
 * into model values or warnings.
 */
public final class ImportContext {
  /** The most digits a number read may have before or after its point. */
  private static final int MAX_DIGITS = 40;

  private static final LanguageCode ENGLISH = LanguageCode.of("en");
  private static final Map<String, String> ISO3_TO_ISO1 = iso3Languages();

  private final List<ImportWarning> warnings = new ArrayList<>();
  private final Map<String, String> normalisedLanguages = new LinkedHashMap<>();
  private final Map<String, Integer> normalisedCounts = new HashMap<>();
  private Optional<String> activity = Optional.empty();
  private LanguageCode defaultLanguage = ENGLISH;

  /** Starts mapping a new activity (or organisation); empty id while it is not known. */
  public void startRecord(Optional<String> id, LanguageCode language) {
    this.activity = id;
    this.defaultLanguage = language;
  }

  public LanguageCode defaultLanguage() {
    return defaultLanguage;
  }

  public List<ImportWarning> warnings() {
    return warnings;
  }

  /** A warning about the current record, at the line of {@code element} when given. */
  public void warn(String code, XmlElement element, String message) {
    warnings.add(
        new ImportWarning(
            code,
            activity,
            element == null || element.line() <= 0
                ? OptionalInt.empty()
                : OptionalInt.of(element.line()),
            message));
  }

  /** A warning about the file as a whole. */
  public void warnFile(String code, String message) {
    warnings.add(new ImportWarning(code, Optional.empty(), OptionalInt.empty(), message));
  }

  /**
   * The ISO 639-1 code for a language as files write it: {@code en}, {@code EN}, {@code ENG},
   * {@code en-GB}. Non-standard forms that can be read are counted and reported once per file;
   * empty for what cannot be read.
   */
  public Optional<LanguageCode> language(String raw) {
    String primary = raw.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    String code = null;
    if (primary.length() == 2 && LanguageCode.isWellFormed(primary)) {
      code = primary;
    } else if (primary.length() == 3) {
      code = ISO3_TO_ISO1.get(primary);
    }
    if (code == null) {
      return Optional.empty();
    }
    if (!code.equals(raw)) {
      normalisedLanguages.putIfAbsent(raw, code);
      normalisedCounts.merge(raw, 1, Integer::sum);
    }
    return Optional.of(LanguageCode.of(code));
  }

  /** The language of an element's {@code xml:lang}, reported and ignored when unreadable. */
  public Optional<LanguageCode> languageOf(XmlElement element) {
    Optional<String> raw = element.attr("xml:lang");
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    Optional<LanguageCode> language = language(raw.get());
    if (language.isEmpty()) {
      warn(
          "iati.language.unknown",
          element,
          "xml:lang '" + raw.get() + "' is not a language code; the default language is used");
    }
    return language;
  }

  /**
   * The narratives of an element as a localized text: each {@code narrative} in its {@code
   * xml:lang}, or the default language. The default language of the text is the activity's when a
   * narrative is in it, otherwise the first narrative's. Text directly in the element (IATI 1.x) is
   * read too. Empty when there is no text at all.
   */
  public Optional<LocalizedText> narratives(XmlElement element) {
    Map<LanguageCode, String> texts = new LinkedHashMap<>();
    boolean duplicate = false;
    for (XmlElement narrative : element.all("narrative")) {
      Optional<String> text = narrative.text();
      if (text.isEmpty()) {
        continue;
      }
      LanguageCode language = languageOf(narrative).orElse(defaultLanguage);
      if (texts.putIfAbsent(language, text.get()) != null
          && !texts.get(language).equals(text.get())) {
        duplicate = true;
      }
    }
    if (texts.isEmpty() && element.all("narrative").isEmpty() && element.text().isPresent()) {
      warn(
          "iati.narrative.missing",
          element,
          "<" + element.name() + "> has text but no <narrative> (IATI 1.x style); text read as is");
      texts.put(languageOf(element).orElse(defaultLanguage), element.text().get());
    }
    if (texts.isEmpty()) {
      return Optional.empty();
    }
    if (duplicate) {
      warn(
          "iati.narrative.duplicate",
          element,
          "<" + element.name() + "> has several narratives in one language; the first is kept");
    }
    LanguageCode main =
        texts.containsKey(defaultLanguage) ? defaultLanguage : texts.keySet().iterator().next();
    return Optional.of(LocalizedText.of(main, texts));
  }

  /** The text of a narrative in the default language (or the first), for plain-text fields. */
  public Optional<String> plainText(XmlElement element) {
    return narratives(element).map(LocalizedText::text);
  }

  /**
   * A date attribute ({@code iso-date} and the like): {@code 2012-04-15}, also with a time part,
   * which is dropped. Empty and reported when unreadable; empty when absent.
   */
  public Optional<LocalDate> date(XmlElement element, String attribute) {
    Optional<String> raw = element.attr(attribute);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    String text = raw.get();
    try {
      return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
    } catch (DateTimeParseException e) {
      warn(
          "iati.date.invalid",
          element,
          "<" + element.name() + "> " + attribute + " '" + text + "' is not a date; left out");
      return Optional.empty();
    }
  }

  /**
   * A decimal number as IATI writes it ({@code 1000}, {@code -12.5}); empty and reported if not.
   */
  public Optional<BigDecimal> decimal(XmlElement element, String raw, String what) {
    String text = raw.strip();
    try {
      BigDecimal number = new BigDecimal(text);
      // An exponent such as 1e400000000 would take minutes to expand (and sums to add); no IATI
      // amount, percentage or indicator value comes near these bounds.
      if (number.precision() - number.scale() > MAX_DIGITS || number.scale() > MAX_DIGITS) {
        warn(
            "iati.number.invalid",
            element,
            what + " '" + abbreviated(text) + "' is out of range; left out");
        return Optional.empty();
      }
      return Optional.of(number.scale() < 0 ? number.setScale(0) : number);
    } catch (NumberFormatException e) {
      warn("iati.number.invalid", element, what + " '" + text + "' is not a number; left out");
      return Optional.empty();
    }
  }

  private static String abbreviated(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }

  /** Adds the file-wide notes (languages read in another form) after the records' warnings. */
  public void finish() {
    normalisedLanguages.forEach(
        (raw, code) ->
            warnFile(
                "iati.language.normalised",
                "xml:lang '"
                    + raw
                    + "' is not an ISO 639-1 code; read as '"
                    + code
                    + "' ("
                    + normalisedCounts.get(raw)
                    + (normalisedCounts.get(raw) == 1 ? " time)" : " times)")));
  }

  private static Map<String, String> iso3Languages() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        String iso3 = new Locale(iso1).getISO3Language();
        if (!iso3.isEmpty()) {
          map.put(iso3, iso1);
        }
      } catch (java.util.MissingResourceException e) {
        // No three-letter code known for this language: it cannot be written that way.
      }
    }
    // ISO 639-2 bibliographic codes, which differ from the terminology codes Java knows.
    String[][] bibliographic = {
      {"alb", "sq"}, {"arm", "hy"}, {"baq", "eu"}, {"bur", "my"}, {"chi", "zh"}, {"cze", "cs"},
      {"dut", "nl"}, {"fre", "fr"}, {"geo", "ka"}, {"ger", "de"}, {"gre", "el"}, {"ice", "is"},
      {"mac", "mk"}, {"mao", "mi"}, {"may", "ms"}, {"per", "fa"}, {"rum", "ro"}, {"slo", "sk"},
      {"tib", "bo"}, {"wel", "cy"}
    };
    for (String[] pair : bibliographic) {
      map.putIfAbsent(pair[0], pair[1]);
    }
    return map;
  }
}
