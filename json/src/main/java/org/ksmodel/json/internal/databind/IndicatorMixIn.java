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
import org.ksmodel.common.LocalizedText;
import org.ksmodel.result.Baseline;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IndicatorMeasure;
import org.ksmodel.result.PeriodValue;

/** The Jackson mapping of {@link Indicator}: explicit members, built through its builder. */
@JsonSerialize(as = Indicator.class)
@JsonDeserialize(builder = Indicator.Builder.class)
@JsonAutoDetect(
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
  "title",
  "description",
  "measure",
  "ascending",
  "baseline",
  "targets",
  "actuals",
  "unit",
  "meansOfVerification",
  "sdgIndicator",
  "missingActualsReason"
})
abstract class IndicatorMixIn {
  @JsonProperty("title")
  abstract LocalizedText title();

  @JsonProperty("description")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<LocalizedText> description();

  @JsonProperty("measure")
  abstract IndicatorMeasure measure();

  @JsonProperty("ascending")
  abstract boolean ascending();

  @JsonProperty("baseline")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<Baseline> baseline();

  @JsonProperty("targets")
  abstract List<PeriodValue> targets();

  @JsonProperty("actuals")
  abstract List<PeriodValue> actuals();

  @JsonProperty("unit")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<String> unit();

  @JsonProperty("meansOfVerification")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<String> meansOfVerification();

  @JsonProperty("sdgIndicator")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<String> sdgIndicator();

  @JsonProperty("missingActualsReason")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<String> missingActualsReason();

  /** The builder: one setter per member, the plain (not Optional) one for optional members. */
  @JsonPOJOBuilder(withPrefix = "")
  @JsonAutoDetect(
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE,
      fieldVisibility = JsonAutoDetect.Visibility.NONE,
      setterVisibility = JsonAutoDetect.Visibility.NONE,
      creatorVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class Builder {
    @JsonProperty("title")
    abstract Object title(LocalizedText title);

    @JsonProperty("description")
    abstract Object description(LocalizedText description);

    @JsonProperty("measure")
    abstract Object measure(IndicatorMeasure measure);

    @JsonProperty("ascending")
    abstract Object ascending(boolean ascending);

    @JsonProperty("baseline")
    abstract Object baseline(Baseline baseline);

    @JsonProperty("targets")
    abstract Object targets(Iterable<? extends PeriodValue> targets);

    @JsonProperty("actuals")
    abstract Object actuals(Iterable<? extends PeriodValue> actuals);

    @JsonProperty("unit")
    abstract Object unit(String unit);

    @JsonProperty("meansOfVerification")
    abstract Object meansOfVerification(String meansOfVerification);

    @JsonProperty("sdgIndicator")
    abstract Object sdgIndicator(String sdgIndicator);

    @JsonProperty("missingActualsReason")
    abstract Object missingActualsReason(String missingActualsReason);
  }
}
