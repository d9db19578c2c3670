package org.ksmodel.validation.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ksmodel.common.DataPath;
import org.ksmodel.funding.Budget;
import org.ksmodel.funding.Funding;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.RuleContext;

/** The funding rules about budgets per period (format 1.1); see FundingRules. */
final class FundingBudgetRules {
  private FundingBudgetRules() {}

  static DataPath budget(int index) {
    return DataPath.of("budgets").index(index);
  }

  /**
   * IATI asks for budgets per year or quarter, for predictability: a period ending more than a year
   * after its start (its start plus one year is still allowed) is not what a budget is for.
   */
  static void periodAtMostAYear(Funding funding, RuleContext context, Findings findings) {
    List<Budget> budgets = funding.budgets();
    for (int i = 0; i < budgets.size(); i++) {
      LocalDate start = budgets.get(i).period().start();
      LocalDate end = budgets.get(i).period().end().orElseThrow();
      if (end.isAfter(start.plusYears(1))) {
        findings.report(budget(i).member("period"), budgets.get(i).period());
      }
    }
  }

  /**
   * Two budgets of the same type and status (each as published; an absent one is its own group)
   * whose periods share a day both claim to be the budget of that day: they contradict each other,
   * or their sum counts the day twice. An original and a revised budget of the same period, or an
   * indicative and a committed one, are two different statements and may overlap. Reported at the
   * later budget of each overlapping pair.
   */
  static void periodsDoNotOverlap(Funding funding, RuleContext context, Findings findings) {
    List<Budget> budgets = funding.budgets();
    for (int i = 1; i < budgets.size(); i++) {
      Budget later = budgets.get(i);
      for (int j = 0; j < i; j++) {
        Budget earlier = budgets.get(j);
        if (Objects.equals(earlier.type(), later.type())
            && Objects.equals(earlier.status(), later.status())
            && earlier.period().overlaps(later.period())) {
          findings.report(budget(i).member("period"), later.period(), earlier.period(), j);
          break;
        }
      }
    }
  }
}
