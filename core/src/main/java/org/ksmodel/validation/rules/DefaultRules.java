package org.ksmodel.validation.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ksmodel.validation.Rule;

/** Every rule of ksmodel, in the order they run; the catalogue is core/VALIDATION.md. */
public final class DefaultRules {
  private static final List<Rule<?>> ALL = collect();

  private DefaultRules() {}

  /** {@return every rule of ksmodel, in the order they run; unmodifiable} */
  public static List<Rule<?>> all() {
    return ALL;
  }

  private static List<Rule<?>> collect() {
    List<Rule<?>> rules = new ArrayList<>();
    rules.addAll(InstitutionRules.all());
    rules.addAll(SolutionRules.all());
    rules.addAll(PartnershipRules.all());
    rules.addAll(FundingRules.all());
    rules.addAll(ResultsRules.all());
    rules.addAll(RequestRules.all());
    rules.addAll(DatasetRules.all());
    return Collections.unmodifiableList(rules);
  }
}
