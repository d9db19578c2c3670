package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Year;
import java.util.Optional;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.solution.Adoption;

/** The Jackson mapping of {@link Adoption}: explicit members, built through its builder. */
@JsonSerialize(as = Adoption.class)
@JsonDeserialize(builder = Adoption.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"country", "institution", "partnership", "year"})
abstract class AdoptionMixIn {
  @JsonProperty("country")
  abstract CountryCode country();

  @JsonProperty("institution")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<InstitutionId> institution();

  @JsonProperty("partnership")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<PartnershipId> partnership();

  @JsonProperty("year")
  @JsonSerialize(using = YearSerializer.class)
  abstract Year year();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class Builder {
    @JsonProperty("country")
    abstract Object country(CountryCode country);

    @JsonProperty("institution")
    abstract Object institution(InstitutionId institution);

    @JsonProperty("partnership")
    abstract Object partnership(PartnershipId partnership);

    @JsonProperty("year")
    @JsonDeserialize(using = YearDeserializer.class)
    abstract Object year(Year year);
  }
}
