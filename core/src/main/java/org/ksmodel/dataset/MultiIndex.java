package org.ksmodel.dataset;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Entities grouped by a key, each group in dataset order. The groups are ranges of one array of
 * positions in the entity list (sorted by counting), not a list per key, so an index over 100,000
 * partnerships is a handful of arrays; a group comes out as an unmodifiable view.
 */
final class MultiIndex<K, T> {
  private final List<T> entities;
  private final KeyTable<K> keys;
  private final int[]
      starts; // by key number; the group of key k is positions[starts[k]..starts[k+1])
  private final int[] positions;

  private MultiIndex(List<T> entities, KeyTable<K> keys, int[] starts, int[] positions) {
    this.entities = entities;
    this.keys = keys;
    this.starts = starts;
    this.positions = positions;
  }

  static <K, T> Builder<K, T> builder(List<T> entities, int expectedKeys) {
    return new Builder<>(entities, expectedKeys);
  }

  List<T> get(K key) {
    int number = keys.numberOf(key);
    if (number < 0) {
      return List.of();
    }
    return new Group<>(entities, positions, starts[number], starts[number + 1]);
  }

  /** Collects (key, position) pairs in one pass, then sorts them into groups. */
  static final class Builder<K, T> {
    private final List<T> entities;
    private final KeyTable<K> keys;
    private int[] pairKeys = new int[16];
    private int[] pairPositions = new int[16];
    private int pairs;
    private int[] lastPosition = new int[16]; // by key number, for addOnce

    private Builder(List<T> entities, int expectedKeys) {
      this.entities = entities;
      this.keys = new KeyTable<>(expectedKeys);
    }

    void add(K key, int position) {
      append(keys.add(key), position);
    }

    /** Adds unless the entity at {@code position} is already the last one under this key. */
    void addOnce(K key, int position) {
      int known = keys.size();
      int number = keys.add(key);
      if (number >= known || lastPosition[number] != position) {
        append(number, position);
      }
    }

    /**
     * The number of a key, added now if it is new: with {@link #addOnceByNumber}, a key looked up
     * once can serve many entities.
     */
    int numberOf(K key) {
      int known = keys.size();
      int number = keys.add(key);
      if (number >= known) {
        ensureLast(number);
        lastPosition[number] = -1;
      }
      return number;
    }

    /** Like {@link #addOnce(Object, int)}, for the key of a number from {@link #numberOf}. */
    void addOnceByNumber(int number, int position) {
      if (lastPosition[number] != position) {
        append(number, position);
      }
    }

    private void append(int number, int position) {
      if (pairs == pairKeys.length) {
        pairKeys = Arrays.copyOf(pairKeys, pairs * 2);
        pairPositions = Arrays.copyOf(pairPositions, pairs * 2);
      }
      ensureLast(number);
      pairKeys[pairs] = number;
      pairPositions[pairs] = position;
      pairs++;
      lastPosition[number] = position;
    }

    private void ensureLast(int number) {
      if (number >= lastPosition.length) {
        lastPosition = Arrays.copyOf(lastPosition, Math.max(number + 1, lastPosition.length * 2));
      }
    }

    MultiIndex<K, T> build() {
      int[] starts = new int[keys.size() + 1];
      for (int pair = 0; pair < pairs; pair++) {
        starts[pairKeys[pair] + 1]++;
      }
      for (int number = 0; number < keys.size(); number++) {
        starts[number + 1] += starts[number];
      }
      int[] next = Arrays.copyOf(starts, keys.size());
      int[] positions = new int[pairs];
      for (int pair = 0; pair < pairs; pair++) {
        positions[next[pairKeys[pair]]++] = pairPositions[pair];
      }
      return new MultiIndex<>(entities, keys, starts, positions);
    }
  }

  private static final class Group<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> entities;
    private final int[] positions;
    private final int from;
    private final int to;

    Group(List<T> entities, int[] positions, int from, int to) {
      this.entities = entities;
      this.positions = positions;
      this.from = from;
      this.to = to;
    }

    @Override
    public T get(int index) {
      Objects.checkIndex(index, to - from);
      return entities.get(positions[from + index]);
    }

    @Override
    public int size() {
      return to - from;
    }
  }
}
