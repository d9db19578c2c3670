package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.ContributionKind;
import org.ksmodel.funding.FundingSource;

/** The Jackson mapping of {@link Contribution}: explicit members, built through its builder. */
@JsonSerialize(as = Contribution.class)
@JsonDeserialize(builder = Contribution.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"contributor", "source", "kind", "committedAmount", "note"})
abstract class ContributionMixIn {
  @JsonProperty("contributor")
  abstract InstitutionId contributor();

  @JsonProperty("source")
  abstract FundingSource source();

  @JsonProperty("kind")
  abstract ContributionKind kind();

  @JsonProperty("committedAmount")
  abstract Money committedAmount();

  @JsonProperty("note")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<String> note();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class Builder {
    @JsonProperty("contributor")
    abstract Object contributor(InstitutionId contributor);

    @JsonProperty("source")
    abstract Object source(FundingSource source);

    @JsonProperty("kind")
    abstract Object kind(ContributionKind kind);

    @JsonProperty("committedAmount")
    abstract Object committedAmount(Money committedAmount);

    @JsonProperty("note")
    abstract Object note(String note);
  }
}
