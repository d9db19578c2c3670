package org.ksmodel.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Entities grouped by a key, each group in dataset order; groups come out unmodifiable. */
final class MultiIndex<K, T> {
  private final Map<K, List<T>> groups = new HashMap<>();

  void add(K key, T entity) {
    groups.computeIfAbsent(key, k -> new ArrayList<>(4)).add(entity);
  }

  /**
   * Adds unless the entity was the last one added under this key (an entity is added in one go).
   */
  void addOnce(K key, T entity) {
    List<T> group = groups.computeIfAbsent(key, k -> new ArrayList<>(4));
    if (group.isEmpty() || group.get(group.size() - 1) != entity) {
      group.add(entity);
    }
  }

  List<T> get(K key) {
    List<T> group = groups.get(key);
    return group == null ? List.of() : Collections.unmodifiableList(group);
  }
}
