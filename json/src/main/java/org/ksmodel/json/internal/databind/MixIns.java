package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.databind.Module.SetupContext;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.Transaction;
import org.ksmodel.institution.CapacityAssessment;
import org.ksmodel.institution.HubProfile;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.KsBudget;
import org.ksmodel.institution.PillarScore;
import org.ksmodel.partnership.ChangeObjective;
import org.ksmodel.partnership.Design;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.Location;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.result.Baseline;
import org.ksmodel.result.CriterionRating;
import org.ksmodel.result.Evaluation;
import org.ksmodel.result.Evidence;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.PeriodValue;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Adoption;
import org.ksmodel.solution.CriterionAssessment;
import org.ksmodel.solution.KnowledgeProduct;
import org.ksmodel.solution.Score;
import org.ksmodel.solution.Solution;

/** Registers the mix-ins of every Immutables type of core and of its builder. */
public final class MixIns {
  private MixIns() {}

  public static void register(SetupContext context) {
    context.setMixInAnnotations(Institution.class, InstitutionMixIn.class);
    context.setMixInAnnotations(Institution.Builder.class, InstitutionMixIn.Builder.class);
    context.setMixInAnnotations(HubProfile.class, HubProfileMixIn.class);
    context.setMixInAnnotations(HubProfile.Builder.class, HubProfileMixIn.Builder.class);
    context.setMixInAnnotations(KsBudget.class, KsBudgetMixIn.class);
    context.setMixInAnnotations(KsBudget.Builder.class, KsBudgetMixIn.Builder.class);
    context.setMixInAnnotations(PillarScore.class, PillarScoreMixIn.class);
    context.setMixInAnnotations(PillarScore.Builder.class, PillarScoreMixIn.Builder.class);
    context.setMixInAnnotations(CapacityAssessment.class, CapacityAssessmentMixIn.class);
    context.setMixInAnnotations(
        CapacityAssessment.Builder.class, CapacityAssessmentMixIn.Builder.class);
    context.setMixInAnnotations(Solution.class, SolutionMixIn.class);
    context.setMixInAnnotations(Solution.Builder.class, SolutionMixIn.Builder.class);
    context.setMixInAnnotations(Score.class, ScoreMixIn.class);
    context.setMixInAnnotations(Score.Builder.class, ScoreMixIn.Builder.class);
    context.setMixInAnnotations(CriterionAssessment.class, CriterionAssessmentMixIn.class);
    context.setMixInAnnotations(
        CriterionAssessment.Builder.class, CriterionAssessmentMixIn.Builder.class);
    context.setMixInAnnotations(KnowledgeProduct.class, KnowledgeProductMixIn.class);
    context.setMixInAnnotations(
        KnowledgeProduct.Builder.class, KnowledgeProductMixIn.Builder.class);
    context.setMixInAnnotations(Adoption.class, AdoptionMixIn.class);
    context.setMixInAnnotations(Adoption.Builder.class, AdoptionMixIn.Builder.class);
    context.setMixInAnnotations(Partnership.class, PartnershipMixIn.class);
    context.setMixInAnnotations(Partnership.Builder.class, PartnershipMixIn.Builder.class);
    context.setMixInAnnotations(Participation.class, ParticipationMixIn.class);
    context.setMixInAnnotations(Participation.Builder.class, ParticipationMixIn.Builder.class);
    context.setMixInAnnotations(ChangeObjective.class, ChangeObjectiveMixIn.class);
    context.setMixInAnnotations(ChangeObjective.Builder.class, ChangeObjectiveMixIn.Builder.class);
    context.setMixInAnnotations(Design.class, DesignMixIn.class);
    context.setMixInAnnotations(Design.Builder.class, DesignMixIn.Builder.class);
    context.setMixInAnnotations(Location.class, LocationMixIn.class);
    context.setMixInAnnotations(Location.Builder.class, LocationMixIn.Builder.class);
    context.setMixInAnnotations(ExchangeActivity.class, ExchangeActivityMixIn.class);
    context.setMixInAnnotations(
        ExchangeActivity.Builder.class, ExchangeActivityMixIn.Builder.class);
    context.setMixInAnnotations(Funding.class, FundingMixIn.class);
    context.setMixInAnnotations(Funding.Builder.class, FundingMixIn.Builder.class);
    context.setMixInAnnotations(Contribution.class, ContributionMixIn.class);
    context.setMixInAnnotations(Contribution.Builder.class, ContributionMixIn.Builder.class);
    context.setMixInAnnotations(Transaction.class, TransactionMixIn.class);
    context.setMixInAnnotations(Transaction.Builder.class, TransactionMixIn.Builder.class);
    context.setMixInAnnotations(ResultsFramework.class, ResultsFrameworkMixIn.class);
    context.setMixInAnnotations(
        ResultsFramework.Builder.class, ResultsFrameworkMixIn.Builder.class);
    context.setMixInAnnotations(Result.class, ResultMixIn.class);
    context.setMixInAnnotations(Result.Builder.class, ResultMixIn.Builder.class);
    context.setMixInAnnotations(Indicator.class, IndicatorMixIn.class);
    context.setMixInAnnotations(Indicator.Builder.class, IndicatorMixIn.Builder.class);
    context.setMixInAnnotations(Baseline.class, BaselineMixIn.class);
    context.setMixInAnnotations(Baseline.Builder.class, BaselineMixIn.Builder.class);
    context.setMixInAnnotations(PeriodValue.class, PeriodValueMixIn.class);
    context.setMixInAnnotations(PeriodValue.Builder.class, PeriodValueMixIn.Builder.class);
    context.setMixInAnnotations(Evidence.class, EvidenceMixIn.class);
    context.setMixInAnnotations(Evidence.Builder.class, EvidenceMixIn.Builder.class);
    context.setMixInAnnotations(Evaluation.class, EvaluationMixIn.class);
    context.setMixInAnnotations(Evaluation.Builder.class, EvaluationMixIn.Builder.class);
    context.setMixInAnnotations(CriterionRating.class, CriterionRatingMixIn.class);
    context.setMixInAnnotations(CriterionRating.Builder.class, CriterionRatingMixIn.Builder.class);
    context.setMixInAnnotations(Dataset.class, DatasetMixIn.class);
    context.setMixInAnnotations(Dataset.Builder.class, DatasetMixIn.Builder.class);
  }
}
