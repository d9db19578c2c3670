package org.ksmodel.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ksmodel.common.EntityId;

/** Positions of the entities of one collection by id; the first of duplicates wins. */
final class IdIndex<I extends EntityId, T> {
  private final List<T> entities;
  private final Map<I, Integer> positions;

  IdIndex(List<T> entities, Function<T, I> idOf, Set<EntityId> duplicates) {
    this.entities = entities;
    this.positions = new HashMap<>(Math.max(16, entities.size() * 4 / 3 + 1));
    for (int i = 0; i < entities.size(); i++) {
      I id = idOf.apply(entities.get(i));
      if (positions.putIfAbsent(id, i) != null) {
        duplicates.add(id);
      }
    }
  }

  Optional<T> find(I id) {
    Integer position = positions.get(id);
    return position == null ? Optional.empty() : Optional.of(entities.get(position));
  }

  boolean contains(EntityId id) {
    return positions.containsKey(id);
  }

  int position(EntityId id) {
    Integer position = positions.get(id);
    return position == null ? -1 : position;
  }
}
