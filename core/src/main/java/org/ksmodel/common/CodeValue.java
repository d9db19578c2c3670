package org.ksmodel.common;

/**
 * What the code values share: the text of the code, equality by type and text, and the text as
 * their string form. Each subclass checks its own form on construction.
 */
abstract class CodeValue {
  private final String value;

  CodeValue(String value) {
    this.value = value;
  }

  /** {@return the code as written, e.g. in IATI files and on the wire} */
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && value.equals(((CodeValue) other).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** {@return the code as written, as {@link #value()}} */
  @Override
  public final String toString() {
    return value;
  }
}
