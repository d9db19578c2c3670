package org.ksmodel.dataset;

import java.util.Arrays;

/**
 * Distinct keys numbered 0, 1, 2, ... in the order they were first added, found by hash.
 *
 * <p>Open addressing over primitive arrays instead of a {@code HashMap}: a table of 100,000 keys is
 * three arrays rather than 100,000 entry objects, so building an index allocates little, gives the
 * garbage collector nothing to copy entry by entry, and a lookup reads one slot pair before it
 * compares a key. That keeps the cost per key the same at 10,000 keys as at 1,000,000.
 */
final class KeyTable<K> {
  private static final int MIN_SLOTS = 8;

  private Object[] keys;
  private int[] slots; // pairs: the mixed hash, and the key's number + 1 (0: a free slot)
  private int size;

  /** A table presized for {@code expected} keys, so filling it never grows it. */
  KeyTable(int expected) {
    keys = new Object[Math.max(expected, 1)];
    slots = new int[2 * slotsFor(expected)];
  }

  /** The number of distinct keys. */
  int size() {
    return size;
  }

  /** The number of {@code key}, or -1 when it was never added. */
  int numberOf(Object key) {
    int hash = mix(key.hashCode());
    int mask = slots.length / 2 - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int number = slots[2 * slot + 1];
      if (number == 0) {
        return -1;
      }
      if (slots[2 * slot] == hash && keys[number - 1].equals(key)) {
        return number - 1;
      }
    }
  }

  /** The number of {@code key}: a new one, {@link #size()} - 1 afterwards, when it is new. */
  int add(K key) {
    int hash = mix(key.hashCode());
    int mask = slots.length / 2 - 1;
    int slot = hash & mask;
    for (int number = slots[2 * slot + 1]; number != 0; number = slots[2 * slot + 1]) {
      if (slots[2 * slot] == hash && keys[number - 1].equals(key)) {
        return number - 1;
      }
      slot = (slot + 1) & mask;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
    }
    keys[size] = key;
    size++;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = size;
    if (size > slots.length / 4) {
      rehash(slots.length * 2);
    }
    return size - 1;
  }

  @SuppressWarnings("unchecked")
  K key(int number) {
    return (K) keys[number];
  }

  /** At most half the slots in use, so probe sequences stay short. */
  private static int slotsFor(int keys) {
    return Integer.highestOneBit(Math.max(MIN_SLOTS, 2 * keys) - 1) << 1;
  }

  private void rehash(int length) {
    int[] old = slots;
    slots = new int[length];
    int mask = length / 2 - 1;
    for (int pair = 0; pair < old.length; pair += 2) {
      if (old[pair + 1] != 0) {
        int slot = old[pair] & mask;
        while (slots[2 * slot + 1] != 0) {
          slot = (slot + 1) & mask;
        }
        slots[2 * slot] = old[pair];
        slots[2 * slot + 1] = old[pair + 1];
      }
    }
  }

  /**
   * The finalizer of MurmurHash3: ids such as {@code P-000123} differ in few bits of their {@code
   * String} hash, and linear probing needs every bit of the hash to reach the low ones.
   */
  private static int mix(int hash) {
    int h = hash;
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
