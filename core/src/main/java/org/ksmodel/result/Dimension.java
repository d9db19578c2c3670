package org.ksmodel.result;

import org.immutables.value.Value;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * A category that a baseline, target or actual value is disaggregated by, as IATI's {@code
 * dimension} publishes it: a name and a value, e.g. {@code sex} {@code female}, {@code age} {@code
 * 15-24}. Both are kept as published; no vocabulary is imposed.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Dimension {
  // Package-private: only the generated implementation extends a value type.
  Dimension() {}

  /** {@return what is disaggregated by, e.g. {@code sex}} */
  public abstract String name();

  /** {@return the category the value is for, e.g. {@code female}} */
  public abstract String value();

  /**
   * {@return a dimension}
   *
   * @param name what is disaggregated by, e.g. {@code sex}
   * @param value the category, e.g. {@code female}
   */
  public static Dimension of(String name, String value) {
    return builder().name(name).value(value).build();
  }

  /**
   * Rejects a blank name or value; checked on {@code build()}, not meant to be called directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if the name or the value is blank
   */
  @Value.Check
  protected void check() {
    Checks.require(!name().isBlank(), "value.blank", "name", "a dimension needs a name");
    Checks.require(!value().isBlank(), "value.blank", "value", "a dimension needs a value");
  }

  /** {@return an empty builder of {@link Dimension}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Dimension}; {@code builder().from(dimension)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the name or the
   * value is not set or blank.
   */
  public static final class Builder extends ImmutableDimension.Builder {
    Builder() {}
  }
}
