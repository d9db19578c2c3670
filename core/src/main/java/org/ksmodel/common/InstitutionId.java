package org.ksmodel.common;

/** The id of an institution; often an IATI organisation identifier such as {@code XM-DAC-41114}. */
public final class InstitutionId extends EntityId {
  private InstitutionId(String value) {
    super(value);
  }

  /**
   * Returns the id with the given text.
   *
   * @throws InvalidValueException if the text is blank or has surrounding whitespace
   */
  public static InstitutionId of(String value) {
    return new InstitutionId(value);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.INSTITUTION;
  }
}
