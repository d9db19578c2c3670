package org.ksmodel.common;

/** The id of a development solution. */
public final class SolutionId extends EntityId {
  private SolutionId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if the text is blank or has surrounding whitespace
   */
  public static SolutionId of(String value) {
    return new SolutionId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.SOLUTION;
  }
}
