package org.ksmodel.common;

/** The id of the funding of a partnership or of an institution's knowledge-sharing programme. */
public final class FundingId extends EntityId {
  private FundingId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if the text is blank or has surrounding whitespace
   */
  public static FundingId of(String value) {
    return new FundingId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.FUNDING;
  }
}
