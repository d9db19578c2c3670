package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.partnership.CapacityArea;
import org.ksmodel.partnership.ChangeObjective;
import org.ksmodel.result.IntermediateOutcome;

/** The Jackson mapping of {@link ChangeObjective}: explicit members, built through its builder. */
@JsonSerialize(as = ChangeObjective.class)
@JsonDeserialize(builder = ChangeObjective.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"description", "capacityArea", "targetedOutcomes"})
abstract class ChangeObjectiveMixIn {
  @JsonProperty("description")
  abstract LocalizedText description();

  @JsonProperty("capacityArea")
  abstract CapacityArea capacityArea();

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
    @JsonProperty("description")
    abstract Object description(LocalizedText description);

    @JsonProperty("capacityArea")
    abstract Object capacityArea(CapacityArea capacityArea);

    @JsonProperty("targetedOutcomes")
    abstract Object targetedOutcomes(Iterable<IntermediateOutcome> targetedOutcomes);
  }
}
