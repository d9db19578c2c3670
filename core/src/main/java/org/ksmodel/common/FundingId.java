package org.ksmodel.common;

/**
 * The id of the funding of a partnership or of an institution's knowledge-sharing programme.
 * Immutable and safe to share between threads.
 */
public final class FundingId extends EntityId {
  private FundingId(String value) {
    super(value);
  }

  /**
   * Returns the funding id with the given text.
   *
   * @param value the id as written, e.g. on the wire
   * @return the id
   * @throws InvalidValueException if the text is blank or starts or ends with whitespace
   */
  public static FundingId of(String value) {
    return new FundingId(value);
  }

  /** {@return {@link EntityKind#FUNDING}} */
  @Override
  public EntityKind kind() {
    return EntityKind.FUNDING;
  }
}
