package org.ksmodel.solution;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.KsStyle;

/**
 * A product that packages a solution for others to learn from: a case study, a training module, a
 * video, ... The link is kept as text, as given, so a malformed address in real data does not stop
 * loading; the validator reports it.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class KnowledgeProduct {
  // Package-private: only the generated implementation extends a value type.
  KnowledgeProduct() {}

  /** {@return what kind of product it is} */
  public abstract KnowledgeProductType type();

  /** {@return the product's title} */
  public abstract LocalizedText title();

  /** {@return the language of the product itself, when known} */
  public abstract Optional<LanguageCode> language();

  /**
   * {@return the format, e.g. an IANA media type such as {@code application/pdf} as IATI document
   * links use}
   */
  public abstract Optional<String> format();

  /** {@return where the product can be found, usually a web address; kept as given} */
  public abstract Optional<String> link();

  /** {@return the licence it is published under, e.g. an SPDX id such as {@code CC-BY-4.0}} */
  public abstract Optional<String> licence();

  /** {@return the day it was published, when known} */
  public abstract Optional<LocalDate> publicationDate();

  /** {@return an empty builder of {@link KnowledgeProduct}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a product of a type with a title, nothing else stated}
   *
   * @param type what kind of product it is
   * @param title the product's title
   */
  public static KnowledgeProduct of(KnowledgeProductType type, LocalizedText title) {
    return builder().type(type).title(title).build();
  }

  /**
   * Builds a {@link KnowledgeProduct}; {@code builder().from(product)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the type or the
   * title is not set.
   */
  public static final class Builder extends ImmutableKnowledgeProduct.Builder {
    Builder() {}
  }
}
