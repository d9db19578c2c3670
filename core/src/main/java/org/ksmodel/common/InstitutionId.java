package org.ksmodel.common;

/**
 * The id of an institution; often an IATI organisation identifier such as {@code XM-DAC-41114}.
 * Immutable and safe to share between threads.
 */
public final class InstitutionId extends EntityId {
  private InstitutionId(String value) {
    super(value);
  }

  /**
   * Returns the institution id with the given text.
   *
   * @param value the id as written, e.g. on the wire
   * @return the id
   * @throws InvalidValueException if the text is blank or starts or ends with whitespace
   */
  public static InstitutionId of(String value) {
    return new InstitutionId(value);
  }

  /** {@return {@link EntityKind#INSTITUTION}} */
  @Override
  public EntityKind kind() {
    return EntityKind.INSTITUTION;
  }
}
