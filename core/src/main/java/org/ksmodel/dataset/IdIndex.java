package org.ksmodel.dataset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ksmodel.common.EntityId;

/**
 * The entities of one collection by id; the first of duplicates wins. Positions are only needed for
 * reports, so their map is built on first use.
 */
final class IdIndex<I extends EntityId, T> {
  private final List<T> entities;
  private final Function<T, I> idOf;
  private final Map<I, T> byId;
  private volatile Map<EntityId, Integer> positions;

  IdIndex(List<T> entities, Function<T, I> idOf, Set<EntityId> duplicates) {
    this.entities = entities;
    this.idOf = idOf;
    this.byId = new HashMap<>(Math.max(16, entities.size() * 4 / 3 + 1));
    for (T entity : entities) {
      I id = idOf.apply(entity);
      if (byId.putIfAbsent(id, entity) != null) {
        duplicates.add(id);
      }
    }
  }

  Optional<T> find(I id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The entity, or null: for hot loops that would otherwise allocate an Optional. */
  T get(I id) {
    return byId.get(id);
  }

  boolean contains(EntityId id) {
    return byId.containsKey(id);
  }

  int position(EntityId id) {
    Map<EntityId, Integer> built = positions;
    if (built == null) {
      built = new HashMap<>(Math.max(16, entities.size() * 4 / 3 + 1));
      for (int i = entities.size() - 1; i >= 0; i--) {
        built.put(idOf.apply(entities.get(i)), i);
      }
      positions = built;
    }
    Integer position = built.get(id);
    return position == null ? -1 : position;
  }
}
