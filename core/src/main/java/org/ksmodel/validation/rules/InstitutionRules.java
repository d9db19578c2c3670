package org.ksmodel.validation.rules;

import java.util.List;
import org.ksmodel.validation.Rule;

/** The rules about institutions. */
final class InstitutionRules {
  private InstitutionRules() {}

  static List<Rule<?>> all() {
    return List.of();
  }
}
