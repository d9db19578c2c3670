package org.ksmodel.common;

/** The id of a development solution. Immutable and safe to share between threads. */
public final class SolutionId extends EntityId {
  private SolutionId(String value) {
    super(value);
  }

  /**
   * Returns the solution id with the given text.
   *
   * @param value the id as written, e.g. on the wire
   * @return the id
   * @throws InvalidValueException if the text is blank or starts or ends with whitespace
   */
  public static SolutionId of(String value) {
    return new SolutionId(value);
  }

  /** {@return {@link EntityKind#SOLUTION}} */
  @Override
  public EntityKind kind() {
    return EntityKind.SOLUTION;
  }
}
