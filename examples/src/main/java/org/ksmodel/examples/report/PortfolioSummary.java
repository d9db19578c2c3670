package org.ksmodel.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.FundingSource;
import org.ksmodel.institution.Institution;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.request.RequestStatus;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;

/**
 * A portfolio at a glance: partnerships by modality, solutions by stage, contributions by source
 * and currency (never converted), how far indicators got, the best connected institutions, and
 * knowledge requests by status.
 *
 * @param partnershipsByModality the number of partnerships of each modality
 * @param solutionsByStage the number of solutions at each stage
 * @param contributions committed contributions per source, then per currency
 * @param indicators how many indicators there are, how many have an achievement rate, and its mean
 * @param mostConnected institutions with the most partners, most first
 * @param requestsByStatus the number of knowledge requests at each status
 */
public record PortfolioSummary(
    Map<Modality, Integer> partnershipsByModality,
    Map<SolutionStage, Integer> solutionsByStage,
    Map<FundingSource, Map<CurrencyCode, Money>> contributions,
    IndicatorAchievement indicators,
    List<Connection> mostConnected,
    Map<RequestStatus, Integer> requestsByStatus) {

  /** Indicators counted, those with an achievement rate, and the mean rate (1 = on target). */
  public record IndicatorAchievement(int indicators, int measured, Optional<BigDecimal> meanRate) {}

  /** An institution, its name when the dataset has it, and its number of distinct partners. */
  public record Connection(InstitutionId institution, String name, int partners) {}

  /** Summarises a dataset; {@code top} bounds the list of best connected institutions. */
  public static PortfolioSummary of(Dataset dataset, int top) {
    Map<Modality, Integer> modalities = new EnumMap<>(Modality.class);
    for (Partnership partnership : dataset.partnerships()) {
      modalities.merge(partnership.modality(), 1, Integer::sum);
    }
    Map<SolutionStage, Integer> stages = new EnumMap<>(SolutionStage.class);
    for (Solution solution : dataset.solutions()) {
      stages.merge(solution.stage(), 1, Integer::sum);
    }
    List<Connection> connected = new ArrayList<>();
    for (InstitutionId id : dataset.network().mostConnected(top)) {
      String name =
          dataset.institution(id).map(Institution::displayName).orElse("(not in the dataset)");
      connected.add(new Connection(id, name, dataset.network().degree(id)));
    }
    Map<RequestStatus, Integer> requests = new EnumMap<>(RequestStatus.class);
    for (KnowledgeRequest request : dataset.knowledgeRequests()) {
      requests.merge(request.status(), 1, Integer::sum);
    }
    return new PortfolioSummary(
        modalities, stages, contributions(dataset), achievement(dataset), connected, requests);
  }

  private static Map<FundingSource, Map<CurrencyCode, Money>> contributions(Dataset dataset) {
    Map<FundingSource, Map<CurrencyCode, Money>> totals = new EnumMap<>(FundingSource.class);
    for (Funding funding : dataset.fundings()) {
      for (Contribution contribution : funding.contributions()) {
        Money amount = contribution.committedAmount();
        totals
            .computeIfAbsent(contribution.source(), s -> new TreeMap<>())
            .merge(amount.currency(), amount, Money::plus);
      }
    }
    return totals;
  }

  private static IndicatorAchievement achievement(Dataset dataset) {
    int indicators = 0;
    int measured = 0;
    BigDecimal sum = BigDecimal.ZERO;
    for (ResultsFramework framework : dataset.resultsFrameworks()) {
      for (Indicator indicator : framework.allIndicators()) {
        indicators++;
        Optional<BigDecimal> rate = indicator.achievementRate();
        if (rate.isPresent()) {
          measured++;
          sum = sum.add(rate.get());
        }
      }
    }
    Optional<BigDecimal> mean =
        measured == 0
            ? Optional.empty()
            : Optional.of(sum.divide(BigDecimal.valueOf(measured), 4, RoundingMode.HALF_EVEN));
    return new IndicatorAchievement(indicators, measured, mean);
  }
}
