package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.ExchangeInstrument;
import org.ksmodel.partnership.Location;
import org.ksmodel.result.IntermediateOutcome;

/** The Jackson mapping of {@link ExchangeActivity}: explicit members, built through its builder. */
@JsonSerialize(as = ExchangeActivity.class)
@JsonDeserialize(builder = ExchangeActivity.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
  "title",
  "instrument",
  "delivery",
  "period",
  "location",
  "participantCount",
  "targetedOutcomes"
})
abstract class ExchangeActivityMixIn {
  @JsonProperty("title")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<LocalizedText> title();

  @JsonProperty("instrument")
  abstract ExchangeInstrument instrument();

  @JsonProperty("delivery")
  abstract Delivery delivery();

  @JsonProperty("period")
  abstract DateRange period();

  @JsonProperty("location")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<Location> location();

  @JsonProperty("participantCount")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<Integer> participantCount();

  @JsonProperty("targetedOutcomes")
  abstract Set<IntermediateOutcome> targetedOutcomes();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class Builder {
    @JsonProperty("title")
    abstract Object title(LocalizedText title);

    @JsonProperty("instrument")
    abstract Object instrument(ExchangeInstrument instrument);

    @JsonProperty("delivery")
    abstract Object delivery(Delivery delivery);

    @JsonProperty("period")
    abstract Object period(DateRange period);

    @JsonProperty("location")
    abstract Object location(Location location);

    @JsonProperty("participantCount")
    abstract Object participantCount(int participantCount);

    @JsonProperty("targetedOutcomes")
    abstract Object targetedOutcomes(Iterable<IntermediateOutcome> targetedOutcomes);
  }
}
