package org.ksmodel.common;

import java.util.Comparator;
import java.util.Objects;

/**
 * A Sustainable Development Goal target such as {@code 17.9} or {@code 6.a}: the goal (1 to 17), a
 * dot, and a number or a lower-case letter.
 *
 * <p>Only the form is checked here; whether the target exists is a reference-data question that the
 * validator answers.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class SdgTarget extends CodeValue implements Comparable<SdgTarget> {
  private static final Comparator<SdgTarget> ORDER =
      Comparator.comparingInt(SdgTarget::goal)
          .thenComparingInt(t -> t.suffix().chars().allMatch(Character::isDigit) ? 0 : 1)
          .thenComparingInt(t -> t.suffix().length())
          .thenComparing(SdgTarget::suffix);

  private SdgTarget(String value) {
    super(value);
  }

  /**
   * Returns the target for a value of the right form.
   *
   * @param value the target as written, e.g. {@code 17.9} or {@code 6.a}
   * @return the target
   * @throws InvalidValueException if the value is not a goal from 1 to 17, a dot, and a number from
   *     1 to 99 or a lower-case letter
   */
  public static SdgTarget of(String value) {
    return new SdgTarget(
        CodeValues.requireForm(
            value, SdgTarget::hasForm, "SDG target", "goal.target such as 17.9 or 6.a"));
  }

  /**
   * Tells whether text has the form of an SDG target, without creating it or throwing.
   *
   * @param value the text to test
   * @return whether {@link #of} would accept {@code value}
   */
  public static boolean isWellFormed(String value) {
    return hasForm(Objects.requireNonNull(value, "value"));
  }

  /** {@return the goal this target belongs to, 1 to 17} */
  public int goal() {
    return Integer.parseInt(value().substring(0, value().indexOf('.')));
  }

  private String suffix() {
    return value().substring(value().indexOf('.') + 1);
  }

  /**
   * Orders by goal, then numbered targets before lettered ones, numbers by value ({@code 1.9}
   * before {@code 1.10}), as the UN lists them.
   */
  @Override
  public int compareTo(SdgTarget other) {
    return ORDER.compare(this, other);
  }

  /** {@code (1[0-7]|[1-9])\.([1-9][0-9]?|[a-z])}. */
  private static boolean hasForm(String value) {
    int dot = value.indexOf('.');
    boolean goal =
        dot == 1
            ? CodeValues.isIn(value.charAt(0), '1', '9')
            : dot == 2 && value.charAt(0) == '1' && CodeValues.isIn(value.charAt(1), '0', '7');
    if (!goal) {
      return false;
    }
    int rest = value.length() - dot - 1;
    char first = rest > 0 ? value.charAt(dot + 1) : 0;
    if (rest == 1) {
      return CodeValues.isIn(first, '1', '9') || CodeValues.isIn(first, 'a', 'z');
    }
    return rest == 2
        && CodeValues.isIn(first, '1', '9')
        && CodeValues.isIn(value.charAt(dot + 2), '0', '9');
  }
}
