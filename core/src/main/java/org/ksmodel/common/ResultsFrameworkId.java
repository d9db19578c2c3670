package org.ksmodel.common;

/** The id of a results framework. */
public final class ResultsFrameworkId extends EntityId {
  private ResultsFrameworkId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if the text is blank or has surrounding whitespace
   */
  public static ResultsFrameworkId of(String value) {
    return new ResultsFrameworkId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.RESULTS_FRAMEWORK;
  }
}
