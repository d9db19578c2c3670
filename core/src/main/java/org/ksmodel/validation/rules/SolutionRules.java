package org.ksmodel.validation.rules;

import java.util.List;
import org.ksmodel.validation.Rule;

/** The rules about solutions. */
final class SolutionRules {
  private SolutionRules() {}

  static List<Rule<?>> all() {
    return List.of();
  }
}
