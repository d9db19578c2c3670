package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Funding;
import org.ksmodel.institution.Institution;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;

/** The Jackson mapping of {@link Dataset}: explicit members, built through its builder. */
@JsonSerialize(as = Dataset.class)
@JsonDeserialize(builder = Dataset.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"institutions", "solutions", "partnerships", "fundings", "resultsFrameworks"})
@JsonAppend(
    prepend = true,
    props = @JsonAppend.Prop(value = VersionProperty.class, name = "ksmodel", type = String.class))
abstract class DatasetMixIn {
  @JsonProperty("institutions")
  abstract List<Institution> institutions();

  @JsonProperty("solutions")
  abstract List<Solution> solutions();

  @JsonProperty("partnerships")
  abstract List<Partnership> partnerships();

  @JsonProperty("fundings")
  abstract List<Funding> fundings();

  @JsonProperty("resultsFrameworks")
  abstract List<ResultsFramework> resultsFrameworks();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  @JsonIgnoreProperties({"ksmodel"})
  abstract static class Builder {
    @JsonProperty("institutions")
    abstract Object institutions(Iterable<? extends Institution> institutions);

    @JsonProperty("solutions")
    abstract Object solutions(Iterable<? extends Solution> solutions);

    @JsonProperty("partnerships")
    abstract Object partnerships(Iterable<? extends Partnership> partnerships);

    @JsonProperty("fundings")
    abstract Object fundings(Iterable<? extends Funding> fundings);

    @JsonProperty("resultsFrameworks")
    abstract Object resultsFrameworks(Iterable<? extends ResultsFramework> resultsFrameworks);
  }
}
