package org.ksmodel.common;

/** The id of a results framework. Immutable and safe to share between threads. */
public final class ResultsFrameworkId extends EntityId {
  private ResultsFrameworkId(String value) {
    super(value);
  }

  /**
   * Returns the results framework id with the given text.
   *
   * @param value the id as written, e.g. on the wire
   * @return the id
   * @throws InvalidValueException if the text is blank or starts or ends with whitespace
   */
  public static ResultsFrameworkId of(String value) {
    return new ResultsFrameworkId(value);
  }

  /** {@return {@link EntityKind#RESULTS_FRAMEWORK}} */
  @Override
  public EntityKind kind() {
    return EntityKind.RESULTS_FRAMEWORK;
  }
}
