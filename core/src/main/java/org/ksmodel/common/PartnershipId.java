package org.ksmodel.common;

/**
 * The id of a partnership; for data imported from IATI, the IATI activity identifier. Immutable and
 * safe to share between threads.
 */
public final class PartnershipId extends EntityId {
  private PartnershipId(String value) {
    super(value);
  }

  /**
   * Returns the partnership id with the given text.
   *
   * @param value the id as written, e.g. on the wire
   * @return the id
   * @throws InvalidValueException if the text is blank or starts or ends with whitespace
   */
  public static PartnershipId of(String value) {
    return new PartnershipId(value);
  }

  /** {@return {@link EntityKind#PARTNERSHIP}} */
  @Override
  public EntityKind kind() {
    return EntityKind.PARTNERSHIP;
  }
}
