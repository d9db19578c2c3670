package org.ksmodel.examples.bench;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.URL;
import org.ksmodel.funding.BudgetStatus;
import org.ksmodel.funding.BudgetType;
import org.ksmodel.funding.ContributionKind;
import org.ksmodel.funding.FundingSource;
import org.ksmodel.funding.TransactionType;
import org.ksmodel.institution.AssessorType;
import org.ksmodel.institution.HubScope;
import org.ksmodel.institution.HubStance;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.institution.InstitutionalModel;
import org.ksmodel.institution.Pillar;
import org.ksmodel.partnership.AgreementType;
import org.ksmodel.partnership.CapacityArea;
import org.ksmodel.partnership.Delivery;
import org.ksmodel.partnership.ExchangeInstrument;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.Role;
import org.ksmodel.request.RequestStatus;
import org.ksmodel.result.DacCriterion;
import org.ksmodel.result.EvaluationType;
import org.ksmodel.result.EvidenceType;
import org.ksmodel.result.Independence;
import org.ksmodel.result.IndicatorMeasure;
import org.ksmodel.result.IntermediateOutcome;
import org.ksmodel.result.RatingScale;
import org.ksmodel.result.ResultLevel;
import org.ksmodel.solution.KnowledgeProductType;
import org.ksmodel.solution.SolutionStage;

/**
 * What a user would write instead of ksmodel: plain mutable classes with public fields for Jackson
 * databind ({@link PojoJson}) and Jakarta Bean Validation annotations ({@link BeanValidation}).
 * They mirror the wire format member for member, so they read and write the document ksmodel
 * writes; amounts and decimals are {@link BigDecimal}, dates {@link LocalDate}, enums the model's
 * own.
 *
 * <p>The constraints are the field-level subset of ksmodel's rules that Bean Validation expresses
 * directly (rule codes in {@code core/VALIDATION.md}):
 *
 * <ul>
 *   <li>construction checks: required members ({@code @NotNull}, {@code value.required}); ids and
 *       references not blank ({@code value.blank}); the form of country, currency, language, sector
 *       and SDG target codes ({@code @Pattern}, {@code value.form}); amounts not negative and of at
 *       most 30 integer digits and 18 decimals ({@code money.negative}, {@code money.range}); date
 *       ranges in order ({@code daterange.order}); a text in the default language ({@code
 *       text.default.missing}); years within 1900-2100 ({@code institution.ksBudget.year}, {@code
 *       solution.adoption.year}); maturity levels 1-4 ({@code institution.assessment.level});
 *       participations with a KS or an IATI role ({@code participation.roles.empty}); participant
 *       counts not negative ({@code activity.participantCount.negative}); a score within its scale
 *       ({@code solution.score.range}); exactly one target of a funding or results framework
 *       ({@code funding.target.*}, {@code resultsFramework.target.*});
 *   <li>validator rules: texts not blank (ksmodel checks names and titles, {@code
 *       institution.name.blank}, {@code solution.title.blank}; here every text); a KS budget share
 *       within 0-100 ({@code institution.ksBudget.share}); percentages within 0-100 ({@code
 *       result.indicator.percentage.range}); at least two participations ({@code
 *       partnership.participants.minimum}); a planned or an actual period ({@code
 *       partnership.period.missing}); web sites and product links that are URLs ({@code
 *       institution.website.form}, {@code solution.product.link.form}).
 * </ul>
 *
 * <p>Left out, because Bean Validation has no field-level form for them: reference lists (unknown
 * countries, currencies, sectors, SDG targets), references between entities, duplicate ids,
 * modality and role rules, stages, dates against today, and every rule that compares entities.
 * ksmodel's validator runs all of those as well, so the comparison favours the baseline.
 */
public final class Pojos {
  private Pojos() {}

  static final String COUNTRY = "[A-Z]{2}";
  static final String CURRENCY = "[A-Z]{3}";
  static final String LANGUAGE = "[a-z]{2}";
  static final String SECTOR = "[0-9]{3}|[0-9]{5}";
  static final String SDG_TARGET = "(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])";

  static boolean ordered(LocalDate start, LocalDate end) {
    return start == null || end == null || !end.isBefore(start);
  }

  static int count(Object... values) {
    int count = 0;
    for (Object value : values) {
      count += value == null ? 0 : 1;
    }
    return count;
  }

  public static final class Money {
    @NotNull
    @PositiveOrZero
    @Digits(integer = 30, fraction = 18)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigDecimal amount;

    @NotNull
    @Pattern(regexp = CURRENCY)
    public String currency;
  }

  public static final class LocalizedText {
    @NotNull
    @Pattern(regexp = LANGUAGE)
    public String defaultLanguage;

    @NotEmpty public Map<@Pattern(regexp = LANGUAGE) String, @NotBlank String> texts;

    @JsonIgnore
    @AssertTrue(message = "no text in the default language")
    public boolean isDefaultPresent() {
      return texts == null || texts.containsKey(defaultLanguage);
    }
  }

  public static final class DateRange {
    @NotNull public LocalDate start;
    public LocalDate end;

    @JsonIgnore
    @AssertTrue(message = "end before start")
    public boolean isOrdered() {
      return ordered(start, end);
    }
  }

  public static final class Code {
    @NotBlank public String vocabulary;
    @NotBlank public String code;
  }

  /** A partnership's planned or actual period (1.1): start, end or both. */
  public static final class Period {
    public LocalDate start;
    public LocalDate end;

    @JsonIgnore
    @AssertTrue(message = "end before start")
    public boolean isOrdered() {
      return ordered(start, end);
    }

    @JsonIgnore
    @AssertTrue(message = "neither start nor end")
    public boolean isBounded() {
      return start != null || end != null;
    }
  }

  /** A recipient country (1.1). */
  public static final class RecipientCountry {
    @NotNull
    @Pattern(regexp = COUNTRY)
    public String country;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigDecimal percentage;

    @Valid public LocalizedText narrative;
  }

  /** A recipient region (1.1). */
  public static final class RecipientRegion {
    @NotNull @Valid public Code region;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigDecimal percentage;

    @Valid public LocalizedText narrative;
  }

  /** A policy marker (1.1). */
  public static final class PolicyMarker {
    @NotNull @Valid public Code marker;
    @Valid public Code significance;
    @Valid public LocalizedText narrative;
  }

  /** IATI classifications (1.1). */
  public static final class Classifications {
    @Valid public Code collaborationType;
    @Valid public Code flowType;
    @Valid public Code financeType;
    public List<@Valid Code> aidTypes;
    @Valid public Code tiedStatus;
  }

  public static final class Institution {
    @NotBlank public String id;
    // Format 1.1: name, country and type are optional.
    @Valid public LocalizedText name;
    public String acronym;

    @Pattern(regexp = COUNTRY)
    public String country;

    public InstitutionType type;
    @Valid public Code iatiOrganisationType;
    public String parent;
    @URL public String website;
    public List<@Pattern(regexp = SECTOR) String> sectors;
    @Valid public HubProfile hubProfile;
    @Valid public KsBudget ksBudget;
    public List<@Valid CapacityAssessment> capacityAssessments;
    public List<@Valid DocumentLink> documentLinks;
  }

  public static final class DocumentLink {
    @NotBlank public String url;
    public String format;
    @Valid public LocalizedText title;
    @Valid public LocalizedText description;
    public List<@Valid Code> categories;
    public List<@Pattern(regexp = LANGUAGE) String> languages;
    public LocalDate documentDate;
  }

  public static final class HubProfile {
    @NotNull public HubScope scope;
    @NotNull public HubStance stance;
    public boolean resourceCentre;
    public InstitutionalModel institutionalModel;
  }

  public static final class KsBudget {
    @DecimalMin("0")
    @DecimalMax("100")
    public BigDecimal sharePercent;

    @Valid public Money annualAmount;

    @Min(1900)
    @Max(2100)
    public Integer fiscalYear;
  }

  public static final class PillarScore {
    @Min(1)
    @Max(4)
    public int level;

    public String evidence;
  }

  public static final class CapacityAssessment {
    @NotNull public LocalDate date;
    @NotNull public AssessorType assessor;
    public String assessorInstitution;
    public Map<Pillar, @Valid PillarScore> scores;
  }

  public static final class Solution {
    @NotBlank public String id;
    @NotNull @Valid public LocalizedText title;
    @Valid public LocalizedText challenge;
    @Valid public LocalizedText description;
    @Valid public LocalizedText resultsEvidence;
    @Valid public LocalizedText lessons;

    @NotNull
    @Pattern(regexp = COUNTRY)
    public String originCountry;

    @NotBlank public String owner;
    public List<@NotBlank String> implementingInstitutions;
    @Valid public DateRange period;
    public List<@Pattern(regexp = SECTOR) String> sectors;
    public List<@Pattern(regexp = SDG_TARGET) String> sdgTargets;
    public List<@Pattern(regexp = LANGUAGE) String> languages;
    public SolutionStage stage;
    public List<@Valid CriterionAssessment> criteriaAssessments;
    public List<@Valid KnowledgeProduct> knowledgeProducts;
    public List<@Valid Adoption> adoptions;
  }

  public static final class Score {
    @NotNull public BigDecimal value;
    @NotNull public BigDecimal minimum;
    @NotNull public BigDecimal maximum;
    public BigDecimal passMark;

    @JsonIgnore
    @AssertTrue(message = "score outside its scale")
    public boolean isOnScale() {
      return value == null
          || minimum == null
          || maximum == null
          || (value.compareTo(minimum) >= 0 && value.compareTo(maximum) <= 0);
    }
  }

  public static final class CriterionAssessment {
    @NotNull @Valid public Code criterion;
    public boolean mandatory;
    public Boolean met;
    @Valid public Score score;
    public String evidence;
    public String assessor;
    public LocalDate date;
  }

  public static final class KnowledgeProduct {
    @NotNull public KnowledgeProductType type;
    @NotNull @Valid public LocalizedText title;

    @Pattern(regexp = LANGUAGE)
    public String language;

    public String format;
    @URL public String link;
    public String licence;
    public LocalDate publicationDate;
  }

  public static final class Adoption {
    @NotNull
    @Pattern(regexp = COUNTRY)
    public String country;

    public String institution;
    public String partnership;

    @Min(1900)
    @Max(2100)
    public Integer year;
  }

  public static final class Partnership {
    @NotBlank public String id;
    @NotNull @Valid public LocalizedText title;
    @Valid public LocalizedText description;
    @NotNull public Modality modality;
    @NotNull public PartnershipForm form;
    public String parent;
    public AgreementType agreement;

    @NotNull
    @Size(min = 2)
    public List<@Valid Participation> participations;

    // Published data (IATI), 1.1.
    public Boolean modalityInferred;
    public String reportingInstitution;
    public Boolean secondaryReporter;
    public List<@Valid OtherIdentifier> otherIdentifiers;
    public List<@Valid RelatedPartnership> relatedPartnerships;
    public List<@Valid DocumentLink> documentLinks;
    public List<@Valid Site> locations;
    public List<@Valid Contact> contacts;

    public List<@NotBlank String> solutions;
    @Valid public Design design;
    public List<@Valid ExchangeActivity> activities;
    @NotNull public PartnershipStatus status;
    @Valid public Period plannedPeriod;
    @Valid public Period actualPeriod;

    /** A DAC code as a string (1.0), or a sector object of any vocabulary (1.1). */
    public List<@NotNull Object> sectors;

    public List<@Pattern(regexp = SDG_TARGET) String> sdgTargets;
    public List<@Valid RecipientCountry> recipientCountries;
    public List<@Valid RecipientRegion> recipientRegions;
    public List<@NotNull Integer> sdgGoals;
    public List<@Valid PolicyMarker> policyMarkers;
    @Valid public Classifications classifications;
    public Boolean humanitarian;

    @JsonIgnore
    @AssertTrue(message = "neither a planned nor an actual period")
    public boolean isPeriodGiven() {
      return plannedPeriod != null || actualPeriod != null;
    }
  }

  public static final class Participation {
    @NotBlank public String institution;
    public List<@NotNull Role> roles;
    public List<@NotNull Role> inferredRoles;
    public List<@Valid Code> iatiRoles;
    @Valid public LocalizedText publishedName;
    @Valid public Code publishedType;
    public String activityId;
    public String crsChannelCode;

    @JsonIgnore
    @AssertTrue(message = "no KS role and no IATI role")
    public boolean isRoleGiven() {
      return !(roles == null || roles.isEmpty())
          || !(inferredRoles == null || inferredRoles.isEmpty())
          || !(iatiRoles == null || iatiRoles.isEmpty());
    }
  }

  public static final class OtherIdentifier {
    @NotBlank public String ref;
    @NotNull @Valid public Code type;
    public String ownerRef;
    @Valid public LocalizedText ownerName;
  }

  public static final class RelatedPartnership {
    @NotBlank public String partnership;
    @NotNull @Valid public Code type;
  }

  public static final class AdministrativeArea {
    @NotNull public String vocabulary;
    @PositiveOrZero public Integer level;
    @NotNull public String code;
  }

  public static final class GeoPoint {
    public String srsName;
    @NotNull public String pos;
  }

  public static final class Site {
    public String ref;
    public List<@Valid Code> locationIds;
    @Valid public LocalizedText name;
    @Valid public LocalizedText description;
    @Valid public LocalizedText activityDescription;
    public List<@Valid AdministrativeArea> administrativeAreas;
    @Valid public GeoPoint point;
    @Valid public Code exactness;
    @Valid public Code locationClass;
    @Valid public Code featureDesignation;
    @Valid public Code reach;
  }

  public static final class Contact {
    @Valid public Code type;
    @Valid public LocalizedText organisation;
    @Valid public LocalizedText department;
    @Valid public LocalizedText personName;
    @Valid public LocalizedText jobTitle;
    public List<String> telephones;
    public List<String> emails;
    public List<String> websites;
    public List<@Valid LocalizedText> mailingAddresses;
  }

  public static final class ChangeObjective {
    @NotNull @Valid public LocalizedText description;
    public CapacityArea capacityArea;
    public List<IntermediateOutcome> targetedOutcomes;
  }

  public static final class Design {
    @Valid public LocalizedText developmentGoal;
    public List<@Valid LocalizedText> institutionalChallenges;
    public List<@Valid ChangeObjective> changeObjectives;
  }

  public static final class Location {
    @NotNull
    @Pattern(regexp = COUNTRY)
    public String country;

    public String place;
  }

  public static final class ExchangeActivity {
    @Valid public LocalizedText title;
    @NotNull public ExchangeInstrument instrument;
    @NotNull public Delivery delivery;
    @NotNull @Valid public DateRange period;
    @Valid public Location location;
    @PositiveOrZero public Integer participantCount;
    public List<IntermediateOutcome> targetedOutcomes;
  }

  public static final class Funding {
    @NotBlank public String id;
    public String partnership;
    public String institution;
    @Valid public Money totalBudget;
    public List<@Valid Contribution> contributions;
    public List<@Valid Transaction> transactions;
    // Format 1.1.
    public List<@Valid Budget> budgets;
    public List<@Valid PlannedDisbursement> plannedDisbursements;

    @JsonIgnore
    @AssertTrue(message = "not exactly one of partnership and institution")
    public boolean isTargetSingle() {
      return count(partnership, institution) == 1;
    }
  }

  public static final class Contribution {
    @NotBlank public String contributor;
    @NotNull public FundingSource source;
    @NotNull public ContributionKind kind;
    @NotNull @Valid public Money committedAmount;
    public String note;
  }

  public static final class Transaction {
    @NotNull public TransactionType type;
    @NotNull public LocalDate date;
    @NotNull @Valid public SignedMoney amount;
    public String fromInstitution;
    public String toInstitution;
    @Valid public LocalizedText description;
    // Format 1.1.
    public LocalDate valueDate;
    public String reference;
    public Boolean humanitarian;
    @Valid public FundingParty provider;
    @Valid public FundingParty receiver;
    @Valid public Code disbursementChannel;
    public List<@NotNull Object> sectors;

    @Pattern(regexp = "^[A-Z]{2}$")
    public String recipientCountry;

    @Valid public Code recipientRegion;
    @Valid public Classifications classifications;
  }

  public static final class SignedMoney {
    @NotNull
    @Digits(integer = 30, fraction = 18)
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigDecimal amount;

    @NotNull
    @Pattern(regexp = CURRENCY)
    public String currency;
  }

  public static final class FundingParty {
    @Valid public LocalizedText name;
    @Valid public Code organisationType;
    public String activityId;
  }

  public static final class Budget {
    @NotNull @Valid public DateRange period;
    @NotNull @Valid public Money value;
    public LocalDate valueDate;
    public BudgetType type;
    public BudgetStatus status;

    @JsonIgnore
    @AssertTrue(message = "budget period without an end")
    public boolean isClosed() {
      return period == null || period.end != null;
    }
  }

  public static final class PlannedDisbursement {
    public BudgetType type;
    @NotNull @Valid public DateRange period;
    @NotNull @Valid public Money value;
    public LocalDate valueDate;
    public String fromInstitution;
    public String toInstitution;
    @Valid public FundingParty provider;
    @Valid public FundingParty receiver;
  }

  public static final class ResultsFramework {
    @NotBlank public String id;
    public String partnership;
    public String solution;
    public String institution;
    public List<@Valid Result> results;
    public List<@Valid Evidence> evidence;
    public List<@Valid Evaluation> evaluations;

    @JsonIgnore
    @AssertTrue(message = "not exactly one of partnership, solution and institution")
    public boolean isTargetSingle() {
      return count(partnership, solution, institution) == 1;
    }
  }

  public static final class Result {
    @NotNull public ResultLevel level;
    public IntermediateOutcome intermediateOutcome;
    @NotNull @Valid public LocalizedText title;
    @Valid public LocalizedText description;
    public List<@Valid Indicator> indicators;
    // Added in format 1.1, mirrored as raw JSON values.
    public List<Object> references;
    public Boolean aggregationStatus;
    public List<Object> documentLinks;
  }

  public static final class Indicator {
    @NotNull @Valid public LocalizedText title;
    @Valid public LocalizedText description;
    @NotNull public IndicatorMeasure measure;
    public boolean ascending;
    @Valid public Baseline baseline;
    public List<@Valid PeriodValue> targets;
    public List<@Valid PeriodValue> actuals;
    public String unit;
    public String meansOfVerification;
    public String sdgIndicator;
    public String missingActualsReason;
    // Added in format 1.1, mirrored as raw JSON values (baselines as POJOs of 1.1).
    public List<@Valid Baseline> baselines;
    public List<Object> references;
    public Boolean aggregationStatus;
    public List<Object> documentLinks;

    @JsonIgnore
    @AssertTrue(message = "a percentage outside 0-100")
    public boolean isPercentageInRange() {
      if (measure != IndicatorMeasure.PERCENTAGE) {
        return true;
      }
      boolean inRange = baseline == null || percentage(baseline.value);
      for (List<PeriodValue> values : List.of(orEmpty(targets), orEmpty(actuals))) {
        for (PeriodValue value : values) {
          inRange &= percentage(value.value);
        }
      }
      return inRange;
    }

    private static List<PeriodValue> orEmpty(List<PeriodValue> values) {
      return values == null ? List.of() : values;
    }

    private static boolean percentage(Object value) {
      if (!(value instanceof Number)) {
        return true;
      }
      BigDecimal number = new BigDecimal(value.toString());
      return number.signum() >= 0 && number.compareTo(BigDecimal.valueOf(100)) <= 0;
    }
  }

  public static final class Baseline {
    public Object value;
    public LocalDate date;
    public String comment;
    // Added in format 1.1.
    public Integer year;
    public List<Object> dimensions;
    public List<Object> locationRefs;
    public List<Object> documentLinks;
  }

  public static final class PeriodValue {
    @NotNull @Valid public DateRange period;
    @NotNull public Object value;
    public String comment;
    // Added in format 1.1.
    public List<Object> dimensions;
    public List<Object> locationRefs;
    public List<Object> documentLinks;
  }

  public static final class Evidence {
    @NotNull public EvidenceType type;
    public String link;
    public LocalDate date;
    @Valid public LocalizedText description;
  }

  public static final class Evaluation {
    @NotNull public EvaluationType type;
    @NotNull public Independence independence;
    @NotNull public LocalDate date;
    public RatingScale ratingScale;
    public Map<DacCriterion, @Valid CriterionRating> ratings;
    public List<@Valid LocalizedText> findings;
    public List<@Valid LocalizedText> lessons;
  }

  public static final class CriterionRating {
    public Integer score;
    public String comment;
  }

  public static final class Dataset {
    public String ksmodel;
    public List<@Valid Institution> institutions;
    public List<@Valid Solution> solutions;
    public List<@Valid Partnership> partnerships;
    public List<@Valid Funding> fundings;
    public List<@Valid ResultsFramework> resultsFrameworks;
    public List<@Valid KnowledgeRequest> knowledgeRequests;
  }

  public static final class KnowledgeRequest {
    @NotBlank public String id;
    @NotBlank public String requester;

    @Pattern(regexp = COUNTRY)
    public String country;

    @NotNull @Valid public LocalizedText challenge;
    public List<@Pattern(regexp = SECTOR) String> sectors;
    public List<@Pattern(regexp = SDG_TARGET) String> sdgTargets;
    public List<@Pattern(regexp = LANGUAGE) String> languages;
    public List<@NotNull ExchangeInstrument> preferredInstruments;
    public Delivery preferredDelivery;
    @Valid public DateRange period;
    public RequestStatus status;
    public List<@NotBlank String> partnerships;
    public List<@NotBlank String> solutions;
    public LocalDate requestDate;
  }
}
