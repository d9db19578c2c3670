package org.ksmodel.json.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ksmodel.common.Classifications;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.DocumentLink;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.KnowledgeRequestId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Money;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.Period;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.Sector;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SignedMoney;
import org.ksmodel.common.SolutionId;
import org.ksmodel.common.SourceLocation;
import org.ksmodel.common.Violation;
import org.ksmodel.funding.Budget;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.FundingParty;
import org.ksmodel.funding.PlannedDisbursement;
import org.ksmodel.funding.Transaction;
import org.ksmodel.institution.CapacityAssessment;
import org.ksmodel.institution.HubProfile;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.KsBudget;
import org.ksmodel.institution.PillarScore;
import org.ksmodel.partnership.AdministrativeArea;
import org.ksmodel.partnership.ChangeObjective;
import org.ksmodel.partnership.Contact;
import org.ksmodel.partnership.Design;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.GeoPoint;
import org.ksmodel.partnership.Location;
import org.ksmodel.partnership.OtherIdentifier;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PolicyMarker;
import org.ksmodel.partnership.RecipientCountry;
import org.ksmodel.partnership.RecipientRegion;
import org.ksmodel.partnership.RelatedPartnership;
import org.ksmodel.partnership.Site;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.result.Baseline;
import org.ksmodel.result.CriterionRating;
import org.ksmodel.result.Dimension;
import org.ksmodel.result.Evaluation;
import org.ksmodel.result.Evidence;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IndicatorReference;
import org.ksmodel.result.IndicatorValue;
import org.ksmodel.result.PeriodValue;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultReference;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Adoption;
import org.ksmodel.solution.CriterionAssessment;
import org.ksmodel.solution.KnowledgeProduct;
import org.ksmodel.solution.Score;
import org.ksmodel.solution.Solution;
import org.ksmodel.validation.ValidationReport;

/** Every codec by the type it reads and writes, and the entity codecs by kind. */
public final class Codecs {
  private static final Map<Class<?>, Codec<?>> BY_TYPE = new LinkedHashMap<>();

  static {
    BY_TYPE.put(InstitutionId.class, CommonCodecs.INSTITUTION_ID);
    BY_TYPE.put(SolutionId.class, CommonCodecs.SOLUTION_ID);
    BY_TYPE.put(PartnershipId.class, CommonCodecs.PARTNERSHIP_ID);
    BY_TYPE.put(FundingId.class, CommonCodecs.FUNDING_ID);
    BY_TYPE.put(ResultsFrameworkId.class, CommonCodecs.RESULTS_FRAMEWORK_ID);
    BY_TYPE.put(KnowledgeRequestId.class, CommonCodecs.KNOWLEDGE_REQUEST_ID);
    BY_TYPE.put(CountryCode.class, CommonCodecs.COUNTRY);
    BY_TYPE.put(CurrencyCode.class, CommonCodecs.CURRENCY);
    BY_TYPE.put(LanguageCode.class, CommonCodecs.LANGUAGE);
    BY_TYPE.put(SectorCode.class, CommonCodecs.SECTOR);
    BY_TYPE.put(SdgTarget.class, CommonCodecs.SDG_TARGET);
    BY_TYPE.put(Code.class, CommonCodecs.CODE);
    BY_TYPE.put(DateRange.class, CommonCodecs.DATE_RANGE);
    BY_TYPE.put(Money.class, CommonCodecs.MONEY);
    BY_TYPE.put(LocalizedText.class, CommonCodecs.TEXT);
    BY_TYPE.put(IndicatorValue.class, CommonCodecs.INDICATOR_VALUE);
    BY_TYPE.put(Institution.class, InstitutionCodecs.INSTITUTION);
    BY_TYPE.put(HubProfile.class, InstitutionCodecs.HUB_PROFILE);
    BY_TYPE.put(KsBudget.class, InstitutionCodecs.KS_BUDGET);
    BY_TYPE.put(PillarScore.class, InstitutionCodecs.PILLAR_SCORE);
    BY_TYPE.put(CapacityAssessment.class, InstitutionCodecs.CAPACITY_ASSESSMENT);
    BY_TYPE.put(Solution.class, SolutionCodecs.SOLUTION);
    BY_TYPE.put(Score.class, SolutionCodecs.SCORE);
    BY_TYPE.put(CriterionAssessment.class, SolutionCodecs.CRITERION_ASSESSMENT);
    BY_TYPE.put(KnowledgeProduct.class, SolutionCodecs.KNOWLEDGE_PRODUCT);
    BY_TYPE.put(Adoption.class, SolutionCodecs.ADOPTION);
    BY_TYPE.put(Partnership.class, PartnershipCodecs.PARTNERSHIP);
    BY_TYPE.put(Participation.class, PartnershipCodecs.PARTICIPATION);
    BY_TYPE.put(ChangeObjective.class, PartnershipCodecs.CHANGE_OBJECTIVE);
    BY_TYPE.put(Design.class, PartnershipCodecs.DESIGN);
    BY_TYPE.put(Location.class, PartnershipCodecs.LOCATION);
    BY_TYPE.put(ExchangeActivity.class, PartnershipCodecs.EXCHANGE_ACTIVITY);
    BY_TYPE.put(Period.class, CommonCodecs.PERIOD);
    BY_TYPE.put(Sector.class, PartnershipCodecs.SECTOR_ENTRY);
    BY_TYPE.put(RecipientCountry.class, PartnershipCodecs.RECIPIENT_COUNTRY);
    BY_TYPE.put(RecipientRegion.class, PartnershipCodecs.RECIPIENT_REGION);
    BY_TYPE.put(PolicyMarker.class, PartnershipCodecs.POLICY_MARKER);
    BY_TYPE.put(OtherIdentifier.class, PartnershipCodecs.OTHER_IDENTIFIER);
    BY_TYPE.put(RelatedPartnership.class, PartnershipCodecs.RELATED_PARTNERSHIP);
    BY_TYPE.put(Site.class, PartnershipCodecs.SITE);
    BY_TYPE.put(AdministrativeArea.class, PartnershipCodecs.ADMINISTRATIVE_AREA);
    BY_TYPE.put(GeoPoint.class, PartnershipCodecs.GEO_POINT);
    BY_TYPE.put(Contact.class, PartnershipCodecs.CONTACT);
    BY_TYPE.put(Funding.class, FundingCodecs.FUNDING);
    BY_TYPE.put(Contribution.class, FundingCodecs.CONTRIBUTION);
    BY_TYPE.put(Transaction.class, FundingCodecs.TRANSACTION);
    BY_TYPE.put(SignedMoney.class, CommonCodecs.SIGNED_MONEY);
    BY_TYPE.put(DocumentLink.class, CommonCodecs.DOCUMENT_LINK);
    BY_TYPE.put(Classifications.class, CommonCodecs.CLASSIFICATIONS);
    BY_TYPE.put(Budget.class, FundingCodecs.BUDGET);
    BY_TYPE.put(PlannedDisbursement.class, FundingCodecs.PLANNED_DISBURSEMENT);
    BY_TYPE.put(FundingParty.class, FundingCodecs.FUNDING_PARTY);
    BY_TYPE.put(ResultsFramework.class, ResultCodecs.RESULTS_FRAMEWORK);
    BY_TYPE.put(Result.class, ResultCodecs.RESULT);
    BY_TYPE.put(Indicator.class, ResultCodecs.INDICATOR);
    BY_TYPE.put(Baseline.class, ResultCodecs.BASELINE);
    BY_TYPE.put(PeriodValue.class, ResultCodecs.PERIOD_VALUE);
    BY_TYPE.put(Dimension.class, ResultCodecs.DIMENSION);
    BY_TYPE.put(IndicatorReference.class, ResultCodecs.INDICATOR_REFERENCE);
    BY_TYPE.put(ResultReference.class, ResultCodecs.RESULT_REFERENCE);
    BY_TYPE.put(Evidence.class, ResultCodecs.EVIDENCE);
    BY_TYPE.put(Evaluation.class, ResultCodecs.EVALUATION);
    BY_TYPE.put(CriterionRating.class, ResultCodecs.CRITERION_RATING);
    BY_TYPE.put(KnowledgeRequest.class, RequestCodecs.KNOWLEDGE_REQUEST);
    BY_TYPE.put(SourceLocation.class, ReportCodecs.SOURCE_LOCATION);
    BY_TYPE.put(Violation.class, ReportCodecs.VIOLATION);
    BY_TYPE.put(ValidationReport.class, ReportCodecs.REPORT);
  }

  private Codecs() {}

  /** The codec of a type of core, or null when the wire format has none for it. */
  @SuppressWarnings("unchecked")
  public static <T> Codec<T> of(Class<T> type) {
    return (Codec<T>) BY_TYPE.get(type);
  }

  /** Every type that has a codec (the dataset, a document rather than a value, is not one). */
  static Set<Class<?>> types() {
    return Collections.unmodifiableSet(BY_TYPE.keySet());
  }

  /** The codec of a value's type (the abstract type of an Immutables value), or null. */
  @SuppressWarnings("unchecked")
  public static <T> Codec<T> forValue(T value) {
    for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {
      Codec<?> codec = BY_TYPE.get(type);
      if (codec != null) {
        return (Codec<T>) codec;
      }
    }
    return null;
  }

  /** The codec of the entities of a kind. */
  public static ObjectCodec<?, ?> entity(EntityKind kind) {
    switch (kind) {
      case INSTITUTION:
        return InstitutionCodecs.INSTITUTION;
      case SOLUTION:
        return SolutionCodecs.SOLUTION;
      case PARTNERSHIP:
        return PartnershipCodecs.PARTNERSHIP;
      case FUNDING:
        return FundingCodecs.FUNDING;
      case KNOWLEDGE_REQUEST:
        return RequestCodecs.KNOWLEDGE_REQUEST;
      default:
        return ResultCodecs.RESULTS_FRAMEWORK;
    }
  }

  /** The kind of an entity, or null when the value is not one of the six aggregates. */
  public static EntityKind kindOf(Object value) {
    if (value instanceof Institution) {
      return EntityKind.INSTITUTION;
    }
    if (value instanceof Solution) {
      return EntityKind.SOLUTION;
    }
    if (value instanceof Partnership) {
      return EntityKind.PARTNERSHIP;
    }
    if (value instanceof Funding) {
      return EntityKind.FUNDING;
    }
    if (value instanceof ResultsFramework) {
      return EntityKind.RESULTS_FRAMEWORK;
    }
    if (value instanceof KnowledgeRequest) {
      return EntityKind.KNOWLEDGE_REQUEST;
    }
    return null;
  }

  /** The kind whose wire name is {@code name}, or null. */
  public static EntityKind kindNamed(String name) {
    for (EntityKind kind : EntityKind.values()) {
      if (kind.wireName().equals(name)) {
        return kind;
      }
    }
    return null;
  }
}
