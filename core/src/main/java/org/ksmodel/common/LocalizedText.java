package org.ksmodel.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Text in one or more languages, with a default language whose text always exists. IATI narratives
 * map onto it: each {@code narrative} with its {@code xml:lang}, the activity's default language
 * for narratives without one.
 */
public final class LocalizedText {
  private static final LanguageCode ENGLISH = LanguageCode.of("en");

  private final LanguageCode defaultLanguage;
  private final Map<LanguageCode, String> texts;

  private LocalizedText(LanguageCode defaultLanguage, Map<LanguageCode, String> texts) {
    this.defaultLanguage = defaultLanguage;
    this.texts = texts;
  }

  /** English text. */
  public static LocalizedText of(String englishText) {
    return of(ENGLISH, englishText);
  }

  /** Text in one language, which becomes the default. */
  public static LocalizedText of(LanguageCode language, String text) {
    // Most texts have one language: a singleton map is a third of the size of a linked one.
    return new LocalizedText(
        language,
        Collections.singletonMap(
            Objects.requireNonNull(language, "language"), Objects.requireNonNull(text, "text")));
  }

  /**
   * Text in several languages.
   *
   * @throws InvalidValueException if there is no text in the default language
   */
  public static LocalizedText of(LanguageCode defaultLanguage, Map<LanguageCode, String> texts) {
    Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    Map<LanguageCode, String> copy = new LinkedHashMap<>();
    copy.put(defaultLanguage, null);
    texts.forEach(
        (language, text) ->
            copy.put(
                Objects.requireNonNull(language, "language"),
                Objects.requireNonNull(text, "text")));
    if (copy.get(defaultLanguage) == null) {
      throw new InvalidValueException(
          Violation.construction(
              "text.default.missing",
              Path.of("texts", defaultLanguage.value()),
              "no text in the default language " + defaultLanguage));
    }
    return new LocalizedText(defaultLanguage, Collections.unmodifiableMap(copy));
  }

  /** This text with {@code text} added (or replaced) in {@code language}. */
  public LocalizedText with(LanguageCode language, String text) {
    Map<LanguageCode, String> copy = new LinkedHashMap<>(texts);
    copy.put(Objects.requireNonNull(language, "language"), Objects.requireNonNull(text, "text"));
    return new LocalizedText(defaultLanguage, Collections.unmodifiableMap(copy));
  }

  public LanguageCode defaultLanguage() {
    return defaultLanguage;
  }

  /** The text in the default language. */
  public String text() {
    return texts.get(defaultLanguage);
  }

  /** The text in {@code language}, if there is one. */
  public Optional<String> text(LanguageCode language) {
    return Optional.ofNullable(texts.get(language));
  }

  /** Every text by language, the default language first; unmodifiable. */
  public Map<LanguageCode, String> texts() {
    return texts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LocalizedText
        && defaultLanguage.equals(((LocalizedText) other).defaultLanguage)
        && texts.equals(((LocalizedText) other).texts);
  }

  @Override
  public int hashCode() {
    return defaultLanguage.hashCode() * 31 + texts.hashCode();
  }

  /** The text in the default language. */
  @Override
  public String toString() {
    return text();
  }
}
