package org.ksmodel.examples.report;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.Money;
import org.ksmodel.funding.FundingSource;

/** Prints a portfolio summary as plain text for people. */
public final class SummaryPrinter {
  private SummaryPrinter() {}

  public static void print(PortfolioSummary summary, PrintStream out) {
    out.println("Partnerships by modality");
    summary.partnershipsByModality().forEach((modality, n) -> line(out, modality.name(), n));
    out.println("Solutions by stage");
    summary.solutionsByStage().forEach((stage, n) -> line(out, stage.name(), n));
    if (!summary.requestsByStatus().isEmpty()) {
      out.println("Knowledge requests by status");
      summary.requestsByStatus().forEach((status, n) -> line(out, status.name(), n));
    }
    out.println("Contributions committed, by source and currency");
    for (Map.Entry<FundingSource, Map<CurrencyCode, Money>> source :
        summary.contributions().entrySet()) {
      for (Money total : source.getValue().values()) {
        out.printf("  %-24s %,20.2f %s%n", source.getKey(), total.amount(), total.currency());
      }
    }
    PortfolioSummary.IndicatorAchievement indicators = summary.indicators();
    out.println("Indicators");
    line(out, "indicators", indicators.indicators());
    line(out, "with an achievement rate", indicators.measured());
    indicators
        .meanRate()
        .ifPresent(
            rate ->
                out.printf(
                    "  %-24s %19s%%%n",
                    "mean achievement",
                    rate.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN)));
    out.println("Most connected institutions");
    for (PortfolioSummary.Connection connection : summary.mostConnected()) {
      out.printf(
          "  %-24s %3d partners  %s%n",
          connection.institution(), connection.partners(), connection.name());
    }
  }

  private static void line(PrintStream out, String label, int count) {
    out.printf("  %-24s %20d%n", label, count);
  }
}
