package org.ksmodel.common;

import java.util.Objects;

/** Checks shared by identifiers and free-text codes. */
final class Identifiers {
  private Identifiers() {}

  static String requireTrimmed(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new InvalidValueException(
          Violation.construction("value.blank", DataPath.root(), what + " must not be blank"));
    }
    if (!value.strip().equals(value)) {
      throw new InvalidValueException(
          Violation.construction(
              "value.whitespace",
              DataPath.root(),
              what + " must not start or end with whitespace, got '" + value + "'"));
    }
    return value;
  }
}
