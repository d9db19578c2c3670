package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Role;

/** The Jackson mapping of {@link Participation}: explicit members, built through its builder. */
@JsonSerialize(as = Participation.class)
@JsonDeserialize(builder = Participation.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"institution", "roles"})
abstract class ParticipationMixIn {
  @JsonProperty("institution")
  abstract InstitutionId institution();

  @JsonProperty("roles")
  abstract Set<Role> roles();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class Builder {
    @JsonProperty("institution")
    abstract Object institution(InstitutionId institution);

    @JsonProperty("roles")
    abstract Object roles(Iterable<Role> roles);
  }
}
