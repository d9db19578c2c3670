package org.ksmodel.common;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Shared checks of the form of code values; each code type states its own form. The forms are
 * checked by hand rather than by regular expressions: codes are built by the million when data is
 * read, and a matcher per code costs more than the rest of the construction.
 */
final class CodeValues {
  private CodeValues() {}

  static String requireForm(String value, Predicate<String> form, String what, String expected) {
    Objects.requireNonNull(value, what);
    if (!form.test(value)) {
      throw new InvalidValueException(
          Violation.construction(
              "value.form",
              DataPath.root(),
              what + " must be " + expected + ", got '" + value + "'"));
    }
    return value;
  }

  /** Whether the value is {@code length} characters, each from {@code first} to {@code last}. */
  static boolean isRun(String value, int length, char first, char last) {
    if (value.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (!isIn(value.charAt(i), first, last)) {
        return false;
      }
    }
    return true;
  }

  static boolean isIn(char c, char first, char last) {
    return c >= first && c <= last;
  }
}
