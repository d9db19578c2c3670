package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IntermediateOutcome;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultLevel;

/** The Jackson mapping of {@link Result}: explicit members, built through its builder. */
@JsonSerialize(as = Result.class)
@JsonDeserialize(builder = Result.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"level", "intermediateOutcome", "title", "description", "indicators"})
abstract class ResultMixIn {
  @JsonProperty("level")
  abstract ResultLevel level();

  @JsonProperty("intermediateOutcome")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<IntermediateOutcome> intermediateOutcome();

  @JsonProperty("title")
  abstract LocalizedText title();

  @JsonProperty("description")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<LocalizedText> description();

  @JsonProperty("indicators")
  abstract List<Indicator> indicators();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class Builder {
    @JsonProperty("level")
    abstract Object level(ResultLevel level);

    @JsonProperty("intermediateOutcome")
    abstract Object intermediateOutcome(IntermediateOutcome intermediateOutcome);

    @JsonProperty("title")
    abstract Object title(LocalizedText title);

    @JsonProperty("description")
    abstract Object description(LocalizedText description);

    @JsonProperty("indicators")
    abstract Object indicators(Iterable<? extends Indicator> indicators);
  }
}
