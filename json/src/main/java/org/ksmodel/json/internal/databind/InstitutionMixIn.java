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
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.SectorCode;
import org.ksmodel.institution.CapacityAssessment;
import org.ksmodel.institution.HubProfile;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.institution.KsBudget;

/** The Jackson mapping of {@link Institution}: explicit members, built through its builder. */
@JsonSerialize(as = Institution.class)
@JsonDeserialize(builder = Institution.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
  "id",
  "name",
  "acronym",
  "country",
  "type",
  "iatiOrganisationType",
  "parent",
  "website",
  "sectors",
  "hubProfile",
  "ksBudget",
  "capacityAssessments"
})
abstract class InstitutionMixIn {
  @JsonProperty("id")
  abstract InstitutionId id();

  @JsonProperty("name")
  abstract LocalizedText name();

  @JsonProperty("acronym")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<String> acronym();

  @JsonProperty("country")
  abstract CountryCode country();

  @JsonProperty("type")
  abstract InstitutionType type();

  @JsonProperty("iatiOrganisationType")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<Code> iatiOrganisationType();

  @JsonProperty("parent")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<InstitutionId> parent();

  @JsonProperty("website")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<String> website();

  @JsonProperty("sectors")
  abstract List<SectorCode> sectors();

  @JsonProperty("hubProfile")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<HubProfile> hubProfile();

  @JsonProperty("ksBudget")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<KsBudget> ksBudget();

  @JsonProperty("capacityAssessments")
  abstract List<CapacityAssessment> capacityAssessments();

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
    abstract Object id(InstitutionId id);

    @JsonProperty("name")
    abstract Object name(LocalizedText name);

    @JsonProperty("acronym")
    abstract Object acronym(String acronym);

    @JsonProperty("country")
    abstract Object country(CountryCode country);

    @JsonProperty("type")
    abstract Object type(InstitutionType type);

    @JsonProperty("iatiOrganisationType")
    abstract Object iatiOrganisationType(Code iatiOrganisationType);

    @JsonProperty("parent")
    abstract Object parent(InstitutionId parent);

    @JsonProperty("website")
    abstract Object website(String website);

    @JsonProperty("sectors")
    abstract Object sectors(Iterable<? extends SectorCode> sectors);

    @JsonProperty("hubProfile")
    abstract Object hubProfile(HubProfile hubProfile);

    @JsonProperty("ksBudget")
    abstract Object ksBudget(KsBudget ksBudget);

    @JsonProperty("capacityAssessments")
    abstract Object capacityAssessments(Iterable<? extends CapacityAssessment> capacityAssessments);
  }
}
