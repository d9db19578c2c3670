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
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.solution.Adoption;
import org.ksmodel.solution.CriterionAssessment;
import org.ksmodel.solution.KnowledgeProduct;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;

/** The Jackson mapping of {@link Solution}: explicit members, built through its builder. */
@JsonSerialize(as = Solution.class)
@JsonDeserialize(builder = Solution.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
  "id",
  "title",
  "challenge",
  "description",
  "resultsEvidence",
  "lessons",
  "originCountry",
  "owner",
  "implementingInstitutions",
  "period",
  "sectors",
  "sdgTargets",
  "languages",
  "stage",
  "criteriaAssessments",
  "knowledgeProducts",
  "adoptions"
})
abstract class SolutionMixIn {
  @JsonProperty("id")
  abstract SolutionId id();

  @JsonProperty("title")
  abstract LocalizedText title();

  @JsonProperty("challenge")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<LocalizedText> challenge();

  @JsonProperty("description")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<LocalizedText> description();

  @JsonProperty("resultsEvidence")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<LocalizedText> resultsEvidence();

  @JsonProperty("lessons")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<LocalizedText> lessons();

  @JsonProperty("originCountry")
  abstract CountryCode originCountry();

  @JsonProperty("owner")
  abstract InstitutionId owner();

  @JsonProperty("implementingInstitutions")
  abstract List<InstitutionId> implementingInstitutions();

  @JsonProperty("period")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<DateRange> period();

  @JsonProperty("sectors")
  abstract List<SectorCode> sectors();

  @JsonProperty("sdgTargets")
  abstract List<SdgTarget> sdgTargets();

  @JsonProperty("languages")
  abstract List<LanguageCode> languages();

  @JsonProperty("stage")
  abstract SolutionStage stage();

  @JsonProperty("criteriaAssessments")
  abstract List<CriterionAssessment> criteriaAssessments();

  @JsonProperty("knowledgeProducts")
  abstract List<KnowledgeProduct> knowledgeProducts();

  @JsonProperty("adoptions")
  abstract List<Adoption> adoptions();

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
    abstract Object id(SolutionId id);

    @JsonProperty("title")
    abstract Object title(LocalizedText title);

    @JsonProperty("challenge")
    abstract Object challenge(LocalizedText challenge);

    @JsonProperty("description")
    abstract Object description(LocalizedText description);

    @JsonProperty("resultsEvidence")
    abstract Object resultsEvidence(LocalizedText resultsEvidence);

    @JsonProperty("lessons")
    abstract Object lessons(LocalizedText lessons);

    @JsonProperty("originCountry")
    abstract Object originCountry(CountryCode originCountry);

    @JsonProperty("owner")
    abstract Object owner(InstitutionId owner);

    @JsonProperty("implementingInstitutions")
    abstract Object implementingInstitutions(
        Iterable<? extends InstitutionId> implementingInstitutions);

    @JsonProperty("period")
    abstract Object period(DateRange period);

    @JsonProperty("sectors")
    abstract Object sectors(Iterable<? extends SectorCode> sectors);

    @JsonProperty("sdgTargets")
    abstract Object sdgTargets(Iterable<? extends SdgTarget> sdgTargets);

    @JsonProperty("languages")
    abstract Object languages(Iterable<? extends LanguageCode> languages);

    @JsonProperty("stage")
    abstract Object stage(SolutionStage stage);

    @JsonProperty("criteriaAssessments")
    abstract Object criteriaAssessments(
        Iterable<? extends CriterionAssessment> criteriaAssessments);

    @JsonProperty("knowledgeProducts")
    abstract Object knowledgeProducts(Iterable<? extends KnowledgeProduct> knowledgeProducts);

    @JsonProperty("adoptions")
    abstract Object adoptions(Iterable<? extends Adoption> adoptions);
  }
}
