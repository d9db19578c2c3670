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
 *
 * <p>Immutable and safe to share between threads. Two texts are equal when they have the same
 * default language and the same text in each language.
 */
public final class LocalizedText {
  private static final LanguageCode ENGLISH = LanguageCode.of("en");

  private final LanguageCode defaultLanguage;
  private final Map<LanguageCode, String> texts;

  private LocalizedText(LanguageCode defaultLanguage, Map<LanguageCode, String> texts) {
    this.defaultLanguage = defaultLanguage;
    this.texts = texts;
  }

  /**
   * Text in English only.
   *
   * @param englishText the text
   * @return the text, with English as its default language
   */
  public static LocalizedText of(String englishText) {
    return of(ENGLISH, englishText);
  }

  /**
   * Text in one language, which becomes the default.
   *
   * @param language the language of the text
   * @param text the text
   * @return the text
   */
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
   * @param defaultLanguage the language whose text stands for the whole, e.g. the activity's
   *     default language in IATI
   * @param texts the text in each language; the map is copied
   * @return the text, with the default language first and the others in the map's order
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
              DataPath.of("texts", defaultLanguage.value()),
              "no text in the default language " + defaultLanguage));
    }
    return new LocalizedText(defaultLanguage, Collections.unmodifiableMap(copy));
  }

  /**
   * Adds or replaces the text in one language; the default language stays the same.
   *
   * @param language the language of the text
   * @param text the text
   * @return this text with {@code text} in {@code language}
   */
  public LocalizedText with(LanguageCode language, String text) {
    Map<LanguageCode, String> copy = new LinkedHashMap<>(texts);
    copy.put(Objects.requireNonNull(language, "language"), Objects.requireNonNull(text, "text"));
    return new LocalizedText(defaultLanguage, Collections.unmodifiableMap(copy));
  }

  /** {@return the default language, whose text always exists} */
  public LanguageCode defaultLanguage() {
    return defaultLanguage;
  }

  /** {@return the text in the default language} */
  public String text() {
    return texts.get(defaultLanguage);
  }

  /**
   * Looks up the text in one language, without falling back to the default.
   *
   * @param language the language wanted
   * @return the text in {@code language}, or empty when there is none
   */
  public Optional<String> text(LanguageCode language) {
    return Optional.ofNullable(texts.get(language));
  }

  /** {@return every text by language, the default language first; unmodifiable} */
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

  /** {@return the text in the default language, as {@link #text()}} */
  @Override
  public String toString() {
    return text();
  }
}
