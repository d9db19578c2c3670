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
 */
@Value.Immutable
@KsStyle
public abstract class KnowledgeProduct {
  // Package-private: only the generated implementation extends a value type.
  KnowledgeProduct() {}

  /** What kind of product it is. */
  public abstract KnowledgeProductType type();

  /** The product's title. */
  public abstract LocalizedText title();

  /** The language of the product itself, when known. */
  public abstract Optional<LanguageCode> language();

  /**
   * The format, e.g. an IANA media type such as {@code application/pdf} as IATI document links use.
   */
  public abstract Optional<String> format();

  /** Where the product can be found, usually a web address. */
  public abstract Optional<String> link();

  /** The licence it is published under, e.g. an SPDX id such as {@code CC-BY-4.0}. */
  public abstract Optional<String> licence();

  /** The day it was published, when known. */
  public abstract Optional<LocalDate> publicationDate();

  /** An empty builder of {@link KnowledgeProduct}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A product of a type with a title, nothing else stated. */
  public static KnowledgeProduct of(KnowledgeProductType type, LocalizedText title) {
    return builder().type(type).title(title).build();
  }

  /** Builds a {@link KnowledgeProduct}; {@code builder().from(product)} copies one. */
  public static final class Builder extends ImmutableKnowledgeProduct.Builder {
    Builder() {}
  }
}
