package org.ksmodel.common;

import java.util.Objects;
import java.util.regex.Pattern;

/** Shared checks of the form of code values; each code type states its own pattern. */
final class CodeValues {
  private CodeValues() {}

  static String requireForm(String value, Pattern form, String what, String expected) {
    Objects.requireNonNull(value, what);
    if (!form.matcher(value).matches()) {
      throw new InvalidValueException(
          Violation.construction(
              "value.form", Path.root(), what + " must be " + expected + ", got '" + value + "'"));
    }
    return value;
  }
}
