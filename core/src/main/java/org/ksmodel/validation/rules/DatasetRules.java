package org.ksmodel.validation.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.EntityId;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.Severity;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;
import org.ksmodel.validation.Subject;

/** Rules about the dataset as a whole. */
final class DatasetRules {
  private DatasetRules() {}

  static List<Rule<?>> all() {
    return List.of(
        Rule.of("dataset.id.duplicate", Severity.ERROR, Subject.DATASET, DatasetRules::uniqueIds));
  }

  private static void uniqueIds(Dataset dataset, RuleContext context, Findings findings) {
    if (dataset.duplicateIds().isEmpty()) {
      return;
    }
    repeated(dataset.institutions(), i -> i.id(), EntityKind.INSTITUTION, findings);
    repeated(dataset.solutions(), s -> s.id(), EntityKind.SOLUTION, findings);
    repeated(dataset.partnerships(), p -> p.id(), EntityKind.PARTNERSHIP, findings);
    repeated(dataset.fundings(), f -> f.id(), EntityKind.FUNDING, findings);
    repeated(dataset.resultsFrameworks(), r -> r.id(), EntityKind.RESULTS_FRAMEWORK, findings);
    repeated(dataset.knowledgeRequests(), r -> r.id(), EntityKind.KNOWLEDGE_REQUEST, findings);
  }

  /** Reports every occurrence of an id after its first, at the repeated entity's id. */
  private static <T> void repeated(
      List<T> entities, Function<T, EntityId> idOf, EntityKind kind, Findings findings) {
    Set<EntityId> seen = new HashSet<>();
    for (int i = 0; i < entities.size(); i++) {
      EntityId id = idOf.apply(entities.get(i));
      if (!seen.add(id)) {
        findings.report(
            DataPath.of(kind.collectionName()).index(i).member("id"), kind.wireName(), id);
      }
    }
  }
}
