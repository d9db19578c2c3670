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
import org.ksmodel.common.DateRange;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.partnership.AgreementType;
import org.ksmodel.partnership.Design;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;

/** The Jackson mapping of {@link Partnership}: explicit members, built through its builder. */
@JsonSerialize(as = Partnership.class)
@JsonDeserialize(builder = Partnership.Builder.class)
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
  "description",
  "modality",
  "form",
  "parent",
  "agreement",
  "participations",
  "solutions",
  "design",
  "activities",
  "status",
  "plannedPeriod",
  "actualPeriod",
  "sectors",
  "sdgTargets"
})
abstract class PartnershipMixIn {
  @JsonProperty("id")
  abstract PartnershipId id();

  @JsonProperty("title")
  abstract LocalizedText title();

  @JsonProperty("description")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<LocalizedText> description();

  @JsonProperty("modality")
  abstract Modality modality();

  @JsonProperty("form")
  abstract PartnershipForm form();

  @JsonProperty("parent")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<PartnershipId> parent();

  @JsonProperty("agreement")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<AgreementType> agreement();

  @JsonProperty("participations")
  abstract List<Participation> participations();

  @JsonProperty("solutions")
  abstract List<SolutionId> solutions();

  @JsonProperty("design")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<Design> design();

  @JsonProperty("activities")
  abstract List<ExchangeActivity> activities();

  @JsonProperty("status")
  abstract PartnershipStatus status();

  @JsonProperty("plannedPeriod")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<DateRange> plannedPeriod();

  @JsonProperty("actualPeriod")
  @JsonSerialize(using = OptionalSerializer.class)
  abstract Optional<DateRange> actualPeriod();

  @JsonProperty("sectors")
  abstract List<SectorCode> sectors();

  @JsonProperty("sdgTargets")
  abstract List<SdgTarget> sdgTargets();

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
    abstract Object id(PartnershipId id);

    @JsonProperty("title")
    abstract Object title(LocalizedText title);

    @JsonProperty("description")
    abstract Object description(LocalizedText description);

    @JsonProperty("modality")
    abstract Object modality(Modality modality);

    @JsonProperty("form")
    abstract Object form(PartnershipForm form);

    @JsonProperty("parent")
    abstract Object parent(PartnershipId parent);

    @JsonProperty("agreement")
    abstract Object agreement(AgreementType agreement);

    @JsonProperty("participations")
    abstract Object participations(Iterable<? extends Participation> participations);

    @JsonProperty("solutions")
    abstract Object solutions(Iterable<? extends SolutionId> solutions);

    @JsonProperty("design")
    abstract Object design(Design design);

    @JsonProperty("activities")
    abstract Object activities(Iterable<? extends ExchangeActivity> activities);

    @JsonProperty("status")
    abstract Object status(PartnershipStatus status);

    @JsonProperty("plannedPeriod")
    abstract Object plannedPeriod(DateRange plannedPeriod);

    @JsonProperty("actualPeriod")
    abstract Object actualPeriod(DateRange actualPeriod);

    @JsonProperty("sectors")
    abstract Object sectors(Iterable<? extends SectorCode> sectors);

    @JsonProperty("sdgTargets")
    abstract Object sdgTargets(Iterable<? extends SdgTarget> sdgTargets);
  }
}
