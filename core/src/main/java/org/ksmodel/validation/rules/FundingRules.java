package org.ksmodel.validation.rules;

import java.util.List;
import org.ksmodel.validation.Rule;

/** The rules about fundings. */
final class FundingRules {
  private FundingRules() {}

  static List<Rule<?>> all() {
    return List.of();
  }
}
