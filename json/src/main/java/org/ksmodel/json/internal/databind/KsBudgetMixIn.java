package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.ksmodel.common.Money;
import org.ksmodel.institution.KsBudget;

/** The Jackson mapping of {@link KsBudget}: explicit members, built through its builder. */
@JsonSerialize(as = KsBudget.class)
@JsonDeserialize(builder = KsBudget.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"sharePercent", "annualAmount", "fiscalYear"})
abstract class KsBudgetMixIn {
  @JsonProperty("sharePercent")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<BigDecimal> sharePercent();

  @JsonProperty("annualAmount")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<Money> annualAmount();

  @JsonProperty("fiscalYear")
  @JsonSerialize(using = OptionalSerializer.class, contentUsing = YearSerializer.class)
  abstract Optional<Year> fiscalYear();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class Builder {
    @JsonProperty("sharePercent")
    abstract Object sharePercent(BigDecimal sharePercent);

    @JsonProperty("annualAmount")
    abstract Object annualAmount(Money annualAmount);

    @JsonProperty("fiscalYear")
    @JsonDeserialize(using = YearDeserializer.class)
    abstract Object fiscalYear(Year fiscalYear);
  }
}
