package org.ksmodel.dataset;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ksmodel.common.EntityId;

/** The entities of one collection by id, and their positions; the first of duplicates wins. */
final class IdIndex<I extends EntityId, T> {
  private final List<T> entities;
  private final KeyTable<I> ids;
  private final int[] positions; // by the number of an id in the table

  IdIndex(List<T> entities, Function<T, I> idOf, Set<EntityId> duplicates) {
    this.entities = entities;
    this.ids = new KeyTable<>(entities.size());
    this.positions = new int[entities.size()];
    for (int position = 0; position < entities.size(); position++) {
      I id = idOf.apply(entities.get(position));
      int known = ids.size();
      int number = ids.add(id);
      if (number < known) {
        duplicates.add(id);
      } else {
        positions[number] = position;
      }
    }
  }

  Optional<T> find(I id) {
    return Optional.ofNullable(get(id));
  }

  /** The entity, or null: for hot loops that would otherwise allocate an Optional. */
  T get(I id) {
    int number = ids.numberOf(id);
    return number < 0 ? null : entities.get(positions[number]);
  }

  boolean contains(EntityId id) {
    return ids.numberOf(id) >= 0;
  }

  int position(EntityId id) {
    int number = ids.numberOf(id);
    return number < 0 ? -1 : positions[number];
  }
}
