package org.ksmodel.examples.customrule;

import org.ksmodel.common.DataPath;
import org.ksmodel.common.Severity;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.examples.showcase.Showcase;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;
import org.ksmodel.validation.RuleSet;
import org.ksmodel.validation.Subject;
import org.ksmodel.validation.ValidationReport;
import org.ksmodel.validation.Validator;

/**
 * How an integrator adds a rule of their own, changes a severity and switches a rule off. The rule
 * here is a hub's house rule: a study tour should say how many people travel.
 */
public final class CustomRuleExample {
  /** The integrator's own code, under their own prefix so it never clashes with ksmodel's. */
  public static final String CODE = "acme.activity.participantCount";

  private CustomRuleExample() {}

  /** A study tour or expert visit without a number of participants. */
  public static final Rule<Partnership> PARTICIPANTS_COUNTED =
      Rule.of(CODE, Severity.WARNING, Subject.PARTNERSHIP, CustomRuleExample::participantsCounted)
          .withMessage("activity {0} of partnership {1} does not say how many people took part");

  private static void participantsCounted(
      Partnership partnership, RuleContext context, Findings findings) {
    for (int i = 0; i < partnership.activities().size(); i++) {
      ExchangeActivity activity = partnership.activities().get(i);
      if (activity.participantCount().isEmpty()) {
        findings.report(
            DataPath.of("activities").index(i).member("participantCount"), i, partnership.id());
      }
    }
  }

  /**
   * The default rules plus the house rule raised to ERROR, with the sector check off (the hub's
   * catalogue does not record sectors).
   */
  public static Validator houseValidator() {
    RuleSet rules =
        RuleSet.builder()
            .add(PARTICIPANTS_COUNTED)
            .severity(CODE, Severity.ERROR)
            .disable("partnership.sector.missing")
            .build();
    return Validator.builder().ruleSet(rules).build();
  }

  public static ValidationReport validateShowcase() {
    Dataset dataset = Showcase.dataset();
    return houseValidator().validate(dataset);
  }

  public static void main(String[] args) {
    System.out.println(validateShowcase());
  }
}
