package org.ksmodel.validation.rules;

import java.util.List;
import org.ksmodel.validation.Rule;

/** The rules about partnerships. */
final class PartnershipRules {
  private PartnershipRules() {}

  static List<Rule<?>> all() {
    return List.of();
  }
}
