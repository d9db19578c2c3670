package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.ksmodel.solution.Score;

/** The Jackson mapping of {@link Score}: explicit members, built through its builder. */
@JsonSerialize(as = Score.class)
@JsonDeserialize(builder = Score.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"value", "minimum", "maximum", "passMark"})
abstract class ScoreMixIn {
  @JsonProperty("value")
  abstract BigDecimal value();

  @JsonProperty("minimum")
  abstract BigDecimal minimum();

  @JsonProperty("maximum")
  abstract BigDecimal maximum();

  @JsonProperty("passMark")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<BigDecimal> passMark();

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
    abstract Object value(BigDecimal value);

    @JsonProperty("minimum")
    abstract Object minimum(BigDecimal minimum);

    @JsonProperty("maximum")
    abstract Object maximum(BigDecimal maximum);

    @JsonProperty("passMark")
    abstract Object passMark(BigDecimal passMark);
  }
}
