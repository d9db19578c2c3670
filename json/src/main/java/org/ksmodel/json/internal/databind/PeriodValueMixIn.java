package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.ksmodel.common.DateRange;
import org.ksmodel.result.IndicatorValue;
import org.ksmodel.result.PeriodValue;

/** The Jackson mapping of {@link PeriodValue}: explicit members, built through its builder. */
@JsonSerialize(as = PeriodValue.class)
@JsonDeserialize(builder = PeriodValue.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"period", "value", "comment"})
abstract class PeriodValueMixIn {
  @JsonProperty("period")
  abstract DateRange period();

  @JsonProperty("value")
  abstract IndicatorValue value();

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
    @JsonProperty("period")
    abstract Object period(DateRange period);

    @JsonProperty("value")
    abstract Object value(IndicatorValue value);

    @JsonProperty("comment")
    abstract Object comment(String comment);
  }
}
