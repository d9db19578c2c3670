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
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.SolutionId;
import org.ksmodel.result.Evaluation;
import org.ksmodel.result.Evidence;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultsFramework;

/** The Jackson mapping of {@link ResultsFramework}: explicit members, built through its builder. */
@JsonSerialize(as = ResultsFramework.class)
@JsonDeserialize(builder = ResultsFramework.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
  "id",
  "partnership",
  "solution",
  "institution",
  "results",
  "evidence",
  "evaluations"
})
abstract class ResultsFrameworkMixIn {
  @JsonProperty("id")
  abstract ResultsFrameworkId id();

  @JsonProperty("partnership")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<PartnershipId> partnership();

  @JsonProperty("solution")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<SolutionId> solution();

  @JsonProperty("institution")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<InstitutionId> institution();

  @JsonProperty("results")
  abstract List<Result> results();

  @JsonProperty("evidence")
  abstract List<Evidence> evidence();

  @JsonProperty("evaluations")
  abstract List<Evaluation> evaluations();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class Builder {
    @JsonProperty("id")
    abstract Object id(ResultsFrameworkId id);

    @JsonProperty("partnership")
    abstract Object partnership(PartnershipId partnership);

    @JsonProperty("solution")
    abstract Object solution(SolutionId solution);

    @JsonProperty("institution")
    abstract Object institution(InstitutionId institution);

    @JsonProperty("results")
    abstract Object results(Iterable<? extends Result> results);

    @JsonProperty("evidence")
    abstract Object evidence(Iterable<? extends Evidence> evidence);

    @JsonProperty("evaluations")
    abstract Object evaluations(Iterable<? extends Evaluation> evaluations);
  }
}
