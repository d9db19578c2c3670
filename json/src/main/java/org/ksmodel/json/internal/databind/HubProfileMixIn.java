package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.ksmodel.institution.HubProfile;
import org.ksmodel.institution.HubScope;
import org.ksmodel.institution.HubStance;
import org.ksmodel.institution.InstitutionalModel;

/** The Jackson mapping of {@link HubProfile}: explicit members, built through its builder. */
@JsonSerialize(as = HubProfile.class)
@JsonDeserialize(builder = HubProfile.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"scope", "stance", "resourceCentre", "institutionalModel"})
abstract class HubProfileMixIn {
  @JsonProperty("scope")
  abstract HubScope scope();

  @JsonProperty("stance")
  abstract HubStance stance();

  @JsonProperty("resourceCentre")
  abstract boolean resourceCentre();

  @JsonProperty("institutionalModel")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<InstitutionalModel> institutionalModel();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class Builder {
    @JsonProperty("scope")
    abstract Object scope(HubScope scope);

    @JsonProperty("stance")
    abstract Object stance(HubStance stance);

    @JsonProperty("resourceCentre")
    abstract Object resourceCentre(boolean resourceCentre);

    @JsonProperty("institutionalModel")
    abstract Object institutionalModel(InstitutionalModel institutionalModel);
  }
}
