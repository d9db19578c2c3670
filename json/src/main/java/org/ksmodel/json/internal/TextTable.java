package org.ksmodel.json.internal;

import java.util.Arrays;

/**
 * Values found by their text straight from the parser's character buffer, without making a String:
 * the constants of an enum, or a cache of code values read (a country or a language repeats all
 * over a document). A slot holds one entry, so the table is bounded; a later entry for the same
 * slot replaces the earlier one. Entries are immutable, so threads sharing a table at worst miss.
 *
 * @param <T> the values
 */
final class TextTable<T> {
  private static final int CACHE_SLOTS = 1024;
  private static final int MAX_SLOTS = 1 << 12;

  private static final class Entry<T> {
    final char[] text;
    final T value;

    Entry(String text, T value) {
      this.text = text.toCharArray();
      this.value = value;
    }
  }

  private final Entry<T>[] slots;

  @SuppressWarnings("unchecked")
  private TextTable(int size) {
    slots = (Entry<T>[]) new Entry<?>[size];
  }

  /** A bounded cache of values read. */
  static <T> TextTable<T> cache() {
    return new TextTable<>(CACHE_SLOTS);
  }

  /** The constants of an enum by name, in a table large enough for each to have its own slot. */
  static <E extends Enum<E>> TextTable<E> of(E[] constants) {
    for (int size = Integer.highestOneBit(Math.max(1, constants.length * 4)) * 2; ; size *= 2) {
      TextTable<E> table = new TextTable<>(size);
      boolean distinct = true;
      for (E constant : constants) {
        distinct &= table.slots[table.slot(constant.name())] == null || size >= MAX_SLOTS;
        table.put(constant.name(), constant);
      }
      if (distinct) {
        return table;
      }
    }
  }

  /** The value whose text is the characters, or null. */
  T get(char[] text, int offset, int length) {
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + text[i];
    }
    Entry<T> entry = slots[index(hash)];
    return entry != null
            && Arrays.equals(entry.text, 0, entry.text.length, text, offset, offset + length)
        ? entry.value
        : null;
  }

  void put(String text, T value) {
    slots[slot(text)] = new Entry<>(text, value);
  }

  private int slot(String text) {
    return index(text.hashCode()); // the same hash as get's: String.hashCode is specified so
  }

  private int index(int hash) {
    return (hash ^ (hash >>> 16)) & (slots.length - 1);
  }
}
