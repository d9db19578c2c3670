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
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.Transaction;

/** The Jackson mapping of {@link Funding}: explicit members, built through its builder. */
@JsonSerialize(as = Funding.class)
@JsonDeserialize(builder = Funding.Builder.class)
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
  "institution",
  "totalBudget",
  "contributions",
  "transactions"
})
abstract class FundingMixIn {
  @JsonProperty("id")
  abstract FundingId id();

  @JsonProperty("partnership")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<PartnershipId> partnership();

  @JsonProperty("institution")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<InstitutionId> institution();

  @JsonProperty("totalBudget")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<Money> totalBudget();

  @JsonProperty("contributions")
  abstract List<Contribution> contributions();

  @JsonProperty("transactions")
  abstract List<Transaction> transactions();

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
    abstract Object id(FundingId id);

    @JsonProperty("partnership")
    abstract Object partnership(PartnershipId partnership);

    @JsonProperty("institution")
    abstract Object institution(InstitutionId institution);

    @JsonProperty("totalBudget")
    abstract Object totalBudget(Money totalBudget);

    @JsonProperty("contributions")
    abstract Object contributions(Iterable<? extends Contribution> contributions);

    @JsonProperty("transactions")
    abstract Object transactions(Iterable<? extends Transaction> transactions);
  }
}
