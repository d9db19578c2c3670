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
import org.ksmodel.partnership.ChangeObjective;
import org.ksmodel.partnership.Design;

/** The Jackson mapping of {@link Design}: explicit members, built through its builder. */
@JsonSerialize(as = Design.class)
@JsonDeserialize(builder = Design.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"developmentGoal", "institutionalChallenges", "changeObjectives"})
abstract class DesignMixIn {
  @JsonProperty("developmentGoal")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<LocalizedText> developmentGoal();

  @JsonProperty("institutionalChallenges")
  abstract List<LocalizedText> institutionalChallenges();

  @JsonProperty("changeObjectives")
  abstract List<ChangeObjective> changeObjectives();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class Builder {
    @JsonProperty("developmentGoal")
    abstract Object developmentGoal(LocalizedText developmentGoal);

    @JsonProperty("institutionalChallenges")
    abstract Object institutionalChallenges(
        Iterable<? extends LocalizedText> institutionalChallenges);

    @JsonProperty("changeObjectives")
    abstract Object changeObjectives(Iterable<? extends ChangeObjective> changeObjectives);
  }
}
