package org.ksmodel.common;

/** The id of a partnership; for data imported from IATI, the IATI activity identifier. */
public final class PartnershipId extends EntityId {
  private PartnershipId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if the text is blank or has surrounding whitespace
   */
  public static PartnershipId of(String value) {
    return new PartnershipId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.PARTNERSHIP;
  }
}
