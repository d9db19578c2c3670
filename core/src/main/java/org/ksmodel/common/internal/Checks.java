package org.ksmodel.common.internal;

import java.util.function.Supplier;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.Violation;

/** Construction checks of the value types; every failure is an {@link InvalidValueException}. */
public final class Checks {
  private Checks() {}

  /** Throws when {@code condition} is false, naming the code and the attribute path. */
  public static void require(boolean condition, String code, DataPath path, String message) {
    if (!condition) {
      throw new InvalidValueException(Violation.construction(code, path, message));
    }
  }

  /** Like {@link #require(boolean, String, DataPath, String)} for an attribute of the value. */
  public static void require(boolean condition, String code, String attribute, String message) {
    // Values are built by the million when data is read: the path is only made for a failure.
    if (!condition) {
      throw new InvalidValueException(
          Violation.construction(code, DataPath.of(attribute), message));
    }
  }

  /**
   * Like {@link #require(boolean, String, String, String)} with a message made only on failure, for
   * messages that quote the value: a check that passes then costs no string building.
   */
  public static void require(
      boolean condition, String code, String attribute, Supplier<String> message) {
    if (!condition) {
      throw new InvalidValueException(
          Violation.construction(code, DataPath.of(attribute), message.get()));
    }
  }
}
