package org.ksmodel.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * A document published about a partnership, an institution or a result, as IATI's {@code
 * document-link} records it: where it is, its format, title, categories, languages and date. The
 * address is kept as published, even when it is not a valid URI, so that nothing is lost; the
 * validator says when it is not one.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class DocumentLink {
  // Package-private: only the generated implementation extends a value type.
  DocumentLink() {}

  /** {@return the address of the document, as published (usually an http or https URL)} */
  public abstract String url();

  /** {@return the document's format as a MIME type, e.g. {@code application/pdf}} */
  public abstract Optional<String> format();

  /** {@return the document's title} */
  public abstract Optional<LocalizedText> title();

  /** {@return what the document is about} */
  public abstract Optional<LocalizedText> description();

  /**
   * {@return the kinds of document, codes of IATI's {@code DocumentCategory} vocabulary (e.g.
   * {@code A01}, pre- and post-project impact appraisal) or of another vocabulary}
   */
  public abstract List<Code> categories();

  /** {@return the languages the document is written in} */
  public abstract List<LanguageCode> languages();

  /** {@return the day the document was published or last updated} */
  public abstract Optional<LocalDate> documentDate();

  /**
   * {@return a link to a document at an address, with nothing else known}
   *
   * @param url the address, as published
   */
  public static DocumentLink of(String url) {
    return builder().url(url).build();
  }

  /** {@return an empty builder of {@link DocumentLink}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Rejects a blank address; checked on {@code build()}, not meant to be called directly.
   *
   * @throws InvalidValueException if the address is blank
   */
  @Value.Check
  protected void check() {
    Checks.require(!url().isBlank(), "value.blank", "url", "a document link needs an address");
  }

  /**
   * Builds a {@link DocumentLink}; {@code builder().from(link)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link InvalidValueException} if the address is not set or blank.
   */
  public static final class Builder extends ImmutableDocumentLink.Builder {
    Builder() {}
  }
}
