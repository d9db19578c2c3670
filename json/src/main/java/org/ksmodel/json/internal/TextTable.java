package org.ksmodel.json.internal;

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
    Entry<T> entry = slots[index(text, offset, length)];
    if (entry == null || entry.text.length != length) {
      return null;
    }
    char[] known = entry.text;
    for (int i = 0; i < length; i++) {
      if (known[i] != text[offset + i]) {
        return null;
      }
    }
    return entry.value;
  }

  void put(String text, T value) {
    Entry<T> entry = new Entry<>(text, value);
    slots[index(entry.text, 0, entry.text.length)] = entry;
  }

  private int slot(String text) {
    return index(text.toCharArray(), 0, text.length());
  }

  /**
   * The slot of a text: by every character of a short one (a code), by its length and five of its
   * characters for a longer one (an enum constant's name), since hashing every character of those
   * costs more than the rest of the look-up and they differ in these anyway.
   */
  private int index(char[] text, int offset, int length) {
    int hash = length;
    if (length <= 6) {
      for (int i = offset; i < offset + length; i++) {
        hash = hash * 31 + text[i];
      }
    } else {
      int last = offset + length - 1;
      int middle = offset + length / 2;
      hash = (((hash * 31 + text[offset]) * 31 + text[offset + 1]) * 31 + text[middle]) * 31;
      hash = (hash + text[last - 1]) * 31 + text[last];
    }
    return (hash ^ (hash >>> 11)) & (slots.length - 1);
  }
}
