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
import org.ksmodel.result.Baseline;
import org.ksmodel.result.IndicatorValue;

/** The Jackson mapping of {@link Baseline}: explicit members, built through its builder. */
@JsonSerialize(as = Baseline.class)
@JsonDeserialize(builder = Baseline.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"value", "date", "comment"})
abstract class BaselineMixIn {
  @JsonProperty("value")
  abstract IndicatorValue value();

  @JsonProperty("date")
  @JsonSerialize(using = LocalDateSerializer.class)
  abstract LocalDate date();

  @JsonProperty("comment")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<String> comment();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class Builder {
    @JsonProperty("value")
    abstract Object value(IndicatorValue value);

    @JsonProperty("date")
    @JsonDeserialize(using = LocalDateDeserializer.class)
    abstract Object date(LocalDate date);

    @JsonProperty("comment")
    abstract Object comment(String comment);
  }
}
