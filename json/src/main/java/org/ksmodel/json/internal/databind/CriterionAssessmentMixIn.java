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
import org.ksmodel.common.Code;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.solution.CriterionAssessment;
import org.ksmodel.solution.Score;

/**
 * The Jackson mapping of {@link CriterionAssessment}: explicit members, built through its builder.
 */
@JsonSerialize(as = CriterionAssessment.class)
@JsonDeserialize(builder = CriterionAssessment.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"criterion", "mandatory", "met", "score", "evidence", "assessor", "date"})
abstract class CriterionAssessmentMixIn {
  @JsonProperty("criterion")
  abstract Code criterion();

  @JsonProperty("mandatory")
  abstract boolean mandatory();

  @JsonProperty("met")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<Boolean> met();

  @JsonProperty("score")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<Score> score();

  @JsonProperty("evidence")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<String> evidence();

  @JsonProperty("assessor")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<InstitutionId> assessor();

  @JsonProperty("date")
  @JsonSerialize(using = OptionalSerializer.class, contentUsing = LocalDateSerializer.class)
  abstract Optional<LocalDate> date();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class Builder {
    @JsonProperty("criterion")
    abstract Object criterion(Code criterion);

    @JsonProperty("mandatory")
    abstract Object mandatory(boolean mandatory);

    @JsonProperty("met")
    abstract Object met(boolean met);

    @JsonProperty("score")
    abstract Object score(Score score);

    @JsonProperty("evidence")
    abstract Object evidence(String evidence);

    @JsonProperty("assessor")
    abstract Object assessor(InstitutionId assessor);

    @JsonProperty("date")
    @JsonDeserialize(using = LocalDateDeserializer.class)
    abstract Object date(LocalDate date);
  }
}
