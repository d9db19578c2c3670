package org.ksmodel.validation.rules;

import java.util.Collection;
import java.util.function.Predicate;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.EntityId;
import org.ksmodel.common.EntityKind;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.RuleContext;

/** Checks shared by rules of several subjects; each reports under the calling rule's code. */
final class Lookups {
  private Lookups() {}

  /**
   * Reports {@code id} at {@code path} when no entity of its kind has it, naming the kind it has
   * instead when it exists as another kind. Arguments: the kind wanted, the id, a hint.
   */
  static void requireResolves(RuleContext context, EntityId id, DataPath path, Findings findings) {
    Dataset dataset = context.dataset();
    if (dataset.contains(id)) {
      return;
    }
    String hint = "";
    for (EntityKind other : EntityKind.values()) {
      if (other != id.kind() && existsAs(dataset, other, id.value())) {
        hint = " (it is the id of " + article(other.wireName()) + ")";
        break;
      }
    }
    findings.report(path, id.kind().wireName(), id.value(), hint);
  }

  private static String article(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static boolean existsAs(Dataset dataset, EntityKind kind, String value) {
    switch (kind) {
      case INSTITUTION:
        return dataset.contains(org.ksmodel.common.InstitutionId.of(value));
      case SOLUTION:
        return dataset.contains(org.ksmodel.common.SolutionId.of(value));
      case PARTNERSHIP:
        return dataset.contains(org.ksmodel.common.PartnershipId.of(value));
      case FUNDING:
        return dataset.contains(org.ksmodel.common.FundingId.of(value));
      case RESULTS_FRAMEWORK:
        return dataset.contains(org.ksmodel.common.ResultsFrameworkId.of(value));
      case KNOWLEDGE_REQUEST:
        return dataset.contains(org.ksmodel.common.KnowledgeRequestId.of(value));
      default:
        return false;
    }
  }

  /**
   * Reports each element of {@code codes} that {@code known} rejects, at {@code path/index}, with
   * the code as the argument.
   */
  static <T> void requireKnown(
      Collection<T> codes, Predicate<T> known, DataPath path, Findings findings) {
    int index = 0;
    for (T code : codes) {
      if (!known.test(code)) {
        findings.report(path.index(index), code);
      }
      index++;
    }
  }
}
