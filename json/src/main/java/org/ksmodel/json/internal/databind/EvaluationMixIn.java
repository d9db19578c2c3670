package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.result.CriterionRating;
import org.ksmodel.result.DacCriterion;
import org.ksmodel.result.Evaluation;
import org.ksmodel.result.EvaluationType;
import org.ksmodel.result.Independence;
import org.ksmodel.result.RatingScale;

/** The Jackson mapping of {@link Evaluation}: explicit members, built through its builder. */
@JsonSerialize(as = Evaluation.class)
@JsonDeserialize(builder = Evaluation.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
  "type",
  "independence",
  "date",
  "ratingScale",
  "ratings",
  "findings",
  "lessons"
})
abstract class EvaluationMixIn {
  @JsonProperty("type")
  abstract EvaluationType type();

  @JsonProperty("independence")
  abstract Independence independence();

  @JsonProperty("date")
  @JsonSerialize(using = LocalDateSerializer.class)
  abstract LocalDate date();

  @JsonProperty("ratingScale")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<RatingScale> ratingScale();

  @JsonProperty("ratings")
  abstract Map<DacCriterion, CriterionRating> ratings();

  @JsonProperty("findings")
  abstract List<LocalizedText> findings();

  @JsonProperty("lessons")
  abstract List<LocalizedText> lessons();

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
    abstract Object type(EvaluationType type);

    @JsonProperty("independence")
    abstract Object independence(Independence independence);

    @JsonProperty("date")
    @JsonDeserialize(using = LocalDateDeserializer.class)
    abstract Object date(LocalDate date);

    @JsonProperty("ratingScale")
    abstract Object ratingScale(RatingScale ratingScale);

    @JsonProperty("ratings")
    abstract Object ratings(Map<DacCriterion, ? extends CriterionRating> ratings);

    @JsonProperty("findings")
    abstract Object findings(Iterable<? extends LocalizedText> findings);

    @JsonProperty("lessons")
    abstract Object lessons(Iterable<? extends LocalizedText> lessons);
  }
}
