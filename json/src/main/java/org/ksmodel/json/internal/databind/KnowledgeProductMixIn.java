package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.solution.KnowledgeProduct;
import org.ksmodel.solution.KnowledgeProductType;

/** The Jackson mapping of {@link KnowledgeProduct}: explicit members, built through its builder. */
@JsonSerialize(as = KnowledgeProduct.class)
@JsonDeserialize(builder = KnowledgeProduct.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "language", "format", "link", "licence", "publicationDate"})
abstract class KnowledgeProductMixIn {
  @JsonProperty("type")
  abstract KnowledgeProductType type();

  @JsonProperty("title")
  abstract LocalizedText title();

  @JsonProperty("language")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<LanguageCode> language();

  @JsonProperty("format")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<String> format();

  @JsonProperty("link")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<String> link();

  @JsonProperty("licence")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<String> licence();

  @JsonProperty("publicationDate")
  @JsonSerialize(using = OptionalSerializer.class, contentUsing = LocalDateSerializer.class)
  abstract Optional<LocalDate> publicationDate();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class Builder {
    @JsonProperty("type")
    abstract Object type(KnowledgeProductType type);

    @JsonProperty("title")
    abstract Object title(LocalizedText title);

    @JsonProperty("language")
    abstract Object language(LanguageCode language);

    @JsonProperty("format")
    abstract Object format(String format);

    @JsonProperty("link")
    abstract Object link(String link);

    @JsonProperty("licence")
    abstract Object licence(String licence);

    @JsonProperty("publicationDate")
    @JsonDeserialize(using = LocalDateDeserializer.class)
    abstract Object publicationDate(LocalDate publicationDate);
  }
}
