package org.ksmodel.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Plain mutable POJOs equivalent to the model, for the benchmark baseline of DESIGN.md section 10
 * (plain Jackson databind). Generated from the model by reflection; ids, codes and dates are
 * strings.
 */
@SuppressWarnings("checkstyle:all")
final class Pojos {
  private Pojos() {}

  public static final class Money {
    public String amount;
    public String currency;
  }

  public static final class LocalizedText {
    public String defaultLanguage;
    public Map<String, String> texts;
  }

  public static final class DateRange {
    public String start;
    public String end;
  }

  public static final class Code {
    public String vocabulary;
    public String code;
  }

  public static final class Institution {
    public String id;
    public LocalizedText name;
    public String acronym;
    public String country;
    public org.ksmodel.institution.InstitutionType type;
    public Code iatiOrganisationType;
    public String parent;
    public String website;
    public List<String> sectors;
    public HubProfile hubProfile;
    public KsBudget ksBudget;
    public List<CapacityAssessment> capacityAssessments;
  }

  public static final class HubProfile {
    public org.ksmodel.institution.HubScope scope;
    public org.ksmodel.institution.HubStance stance;
    public boolean resourceCentre;
    public org.ksmodel.institution.InstitutionalModel institutionalModel;
  }

  public static final class KsBudget {
    public BigDecimal sharePercent;
    public Money annualAmount;
    public Integer fiscalYear;
  }

  public static final class PillarScore {
    public int level;
    public String evidence;
  }

  public static final class CapacityAssessment {
    public String date;
    public org.ksmodel.institution.AssessorType assessor;
    public String assessorInstitution;
    public Map<org.ksmodel.institution.Pillar, PillarScore> scores;
  }

  public static final class Solution {
    public String id;
    public LocalizedText title;
    public LocalizedText challenge;
    public LocalizedText description;
    public LocalizedText resultsEvidence;
    public LocalizedText lessons;
    public String originCountry;
    public String owner;
    public List<String> implementingInstitutions;
    public DateRange period;
    public List<String> sectors;
    public List<String> sdgTargets;
    public List<String> languages;
    public org.ksmodel.solution.SolutionStage stage;
    public List<CriterionAssessment> criteriaAssessments;
    public List<KnowledgeProduct> knowledgeProducts;
    public List<Adoption> adoptions;
  }

  public static final class Score {
    public BigDecimal value;
    public BigDecimal minimum;
    public BigDecimal maximum;
    public BigDecimal passMark;
  }

  public static final class CriterionAssessment {
    public Code criterion;
    public boolean mandatory;
    public Boolean met;
    public Score score;
    public String evidence;
    public String assessor;
    public String date;
  }

  public static final class KnowledgeProduct {
    public org.ksmodel.solution.KnowledgeProductType type;
    public LocalizedText title;
    public String language;
    public String format;
    public String link;
    public String licence;
    public String publicationDate;
  }

  public static final class Adoption {
    public String country;
    public String institution;
    public String partnership;
    public Integer year;
  }

  public static final class Partnership {
    public String id;
    public LocalizedText title;
    public LocalizedText description;
    public org.ksmodel.partnership.Modality modality;
    public org.ksmodel.partnership.PartnershipForm form;
    public String parent;
    public org.ksmodel.partnership.AgreementType agreement;
    public List<Participation> participations;
    public List<String> solutions;
    public Design design;
    public List<ExchangeActivity> activities;
    public org.ksmodel.partnership.PartnershipStatus status;
    public DateRange plannedPeriod;
    public DateRange actualPeriod;
    public List<String> sectors;
    public List<String> sdgTargets;
  }

  public static final class Participation {
    public String institution;
    public List<org.ksmodel.partnership.Role> roles;
  }

  public static final class ChangeObjective {
    public LocalizedText description;
    public org.ksmodel.partnership.CapacityArea capacityArea;
    public List<org.ksmodel.result.IntermediateOutcome> targetedOutcomes;
  }

  public static final class Design {
    public LocalizedText developmentGoal;
    public List<LocalizedText> institutionalChallenges;
    public List<ChangeObjective> changeObjectives;
  }

  public static final class Location {
    public String country;
    public String place;
  }

  public static final class ExchangeActivity {
    public LocalizedText title;
    public org.ksmodel.partnership.ExchangeInstrument instrument;
    public org.ksmodel.partnership.Delivery delivery;
    public DateRange period;
    public Location location;
    public Integer participantCount;
    public List<org.ksmodel.result.IntermediateOutcome> targetedOutcomes;
  }

  public static final class Funding {
    public String id;
    public String partnership;
    public String institution;
    public Money totalBudget;
    public List<Contribution> contributions;
    public List<Transaction> transactions;
  }

  public static final class Contribution {
    public String contributor;
    public org.ksmodel.funding.FundingSource source;
    public org.ksmodel.funding.ContributionKind kind;
    public Money committedAmount;
    public String note;
  }

  public static final class Transaction {
    public org.ksmodel.funding.TransactionType type;
    public String date;
    public Money amount;
    public String fromInstitution;
    public String toInstitution;
    public LocalizedText description;
  }

  public static final class ResultsFramework {
    public String id;
    public String partnership;
    public String solution;
    public String institution;
    public List<Result> results;
    public List<Evidence> evidence;
    public List<Evaluation> evaluations;
  }

  public static final class Result {
    public org.ksmodel.result.ResultLevel level;
    public org.ksmodel.result.IntermediateOutcome intermediateOutcome;
    public LocalizedText title;
    public LocalizedText description;
    public List<Indicator> indicators;
  }

  public static final class Indicator {
    public LocalizedText title;
    public LocalizedText description;
    public org.ksmodel.result.IndicatorMeasure measure;
    public boolean ascending;
    public Baseline baseline;
    public List<PeriodValue> targets;
    public List<PeriodValue> actuals;
    public String unit;
    public String meansOfVerification;
    public String sdgIndicator;
    public String missingActualsReason;
  }

  public static final class Baseline {
    public Object value;
    public String date;
    public String comment;
  }

  public static final class PeriodValue {
    public DateRange period;
    public Object value;
    public String comment;
  }

  public static final class Evidence {
    public org.ksmodel.result.EvidenceType type;
    public String link;
    public String date;
    public LocalizedText description;
  }

  public static final class Evaluation {
    public org.ksmodel.result.EvaluationType type;
    public org.ksmodel.result.Independence independence;
    public String date;
    public org.ksmodel.result.RatingScale ratingScale;
    public Map<org.ksmodel.result.DacCriterion, CriterionRating> ratings;
    public List<LocalizedText> findings;
    public List<LocalizedText> lessons;
  }

  public static final class CriterionRating {
    public Integer score;
    public String comment;
  }

  public static final class Dataset {
    public String ksmodel;
    public List<Institution> institutions;
    public List<Solution> solutions;
    public List<Partnership> partnerships;
    public List<Funding> fundings;
    public List<ResultsFramework> resultsFrameworks;
  }
}
