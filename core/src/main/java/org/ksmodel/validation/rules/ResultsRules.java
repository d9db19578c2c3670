package org.ksmodel.validation.rules;

import java.util.List;
import org.ksmodel.validation.Rule;

/** The rules about resultss. */
final class ResultsRules {
  private ResultsRules() {}

  static List<Rule<?>> all() {
    return List.of();
  }
}
