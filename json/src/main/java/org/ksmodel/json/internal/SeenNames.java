package org.ksmodel.json.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The member names met in one object, for finding duplicates: most such objects have one or two
 * members (the texts of a {@code LocalizedText}), so a short array is scanned, and a hash set takes
 * over beyond a few names so that a hostile object cannot make the scan quadratic.
 */
final class SeenNames {
  private static final int FEW = 8;

  private String first;
  private String[] few;
  private int count;
  private Set<String> many;

  /** Adds the name; false when it was there already. */
  boolean add(String name) {
    if (first == null) {
      first = name; // the usual single member needs no array
      return true;
    }
    if (first.equals(name)) {
      return false;
    }
    if (many != null) {
      return many.add(name);
    }
    if (few == null) {
      few = new String[FEW];
    }
    for (int i = 0; i < count; i++) {
      if (few[i].equals(name)) {
        return false;
      }
    }
    if (count == FEW) {
      many = new HashSet<>(Arrays.asList(few));
      return many.add(name);
    }
    few[count++] = name;
    return true;
  }
}
