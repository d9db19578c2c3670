package org.ksmodel.common;

/** The id of a knowledge request. Immutable and safe to share between threads. */
public final class KnowledgeRequestId extends EntityId {
  private KnowledgeRequestId(String value) {
    super(value);
  }

  /**
   * Returns the knowledge request id with the given text.
   *
   * @param value the id as written, e.g. on the wire
   * @return the id
   * @throws InvalidValueException if the text is blank or starts or ends with whitespace
   */
  public static KnowledgeRequestId of(String value) {
    return new KnowledgeRequestId(value);
  }

  /** {@return {@link EntityKind#KNOWLEDGE_REQUEST}} */
  @Override
  public EntityKind kind() {
    return EntityKind.KNOWLEDGE_REQUEST;
  }
}
