package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.result.Evidence;
import org.ksmodel.result.EvidenceType;

/** The Jackson mapping of {@link Evidence}: explicit members, built through its builder. */
@JsonSerialize(as = Evidence.class)
@JsonDeserialize(builder = Evidence.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "link", "date", "description"})
abstract class EvidenceMixIn {
  @JsonProperty("type")
  abstract EvidenceType type();

  @JsonProperty("link")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<URI> link();

  @JsonProperty("date")
  @JsonSerialize(using = LocalDateSerializer.class)
  abstract LocalDate date();

  @JsonProperty("description")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<LocalizedText> description();

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
    abstract Object type(EvidenceType type);

    @JsonProperty("link")
    abstract Object link(URI link);

    @JsonProperty("date")
    @JsonDeserialize(using = LocalDateDeserializer.class)
    abstract Object date(LocalDate date);

    @JsonProperty("description")
    abstract Object description(LocalizedText description);
  }
}
