package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.institution.AssessorType;
import org.ksmodel.institution.CapacityAssessment;
import org.ksmodel.institution.Pillar;
import org.ksmodel.institution.PillarScore;

/**
 * The Jackson mapping of {@link CapacityAssessment}: explicit members, built through its builder.
 */
@JsonSerialize(as = CapacityAssessment.class)
@JsonDeserialize(builder = CapacityAssessment.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"date", "assessor", "assessorInstitution", "scores"})
abstract class CapacityAssessmentMixIn {
  @JsonProperty("date")
  @JsonSerialize(using = LocalDateSerializer.class)
  abstract LocalDate date();

  @JsonProperty("assessor")
  abstract AssessorType assessor();

  @JsonProperty("assessorInstitution")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<InstitutionId> assessorInstitution();

  @JsonProperty("scores")
  abstract Map<Pillar, PillarScore> scores();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class Builder {
    @JsonProperty("date")
    @JsonDeserialize(using = LocalDateDeserializer.class)
    abstract Object date(LocalDate date);

    @JsonProperty("assessor")
    abstract Object assessor(AssessorType assessor);

    @JsonProperty("assessorInstitution")
    abstract Object assessorInstitution(InstitutionId assessorInstitution);

    @JsonProperty("scores")
    abstract Object scores(Map<Pillar, ? extends PillarScore> scores);
  }
}
