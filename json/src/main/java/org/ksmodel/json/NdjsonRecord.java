package org.ksmodel.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ksmodel.common.Entity;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.Violation;

/**
 * One line of an NDJSON file as read: its number, the entity when it could be read, the problems
 * (located by JSON Pointer within the line and by line and column in the file) and, for a line that
 * gave no entity, its raw text and {@link #quarantined() the record to quarantine}.
 *
 * <p>Instances are immutable and safe to share across threads.
 */
public final class NdjsonRecord {
  private final long lineNumber;
  private final EntityKind kind;
  private final Entity entity;
  private final List<Violation> problems;
  private final String rawText;
  private final Map<String, String> unboundMembers;
  private final QuarantinedRecord quarantined;

  NdjsonRecord(
      long lineNumber,
      EntityKind kind,
      Entity entity,
      List<Violation> problems,
      String rawText,
      Map<String, String> unboundMembers,
      QuarantinedRecord quarantined) {
    this.lineNumber = lineNumber;
    this.kind = kind;
    this.entity = entity;
    this.problems = List.copyOf(problems);
    this.rawText = rawText;
    this.unboundMembers = Map.copyOf(unboundMembers);
    this.quarantined = quarantined;
  }

  /**
   * {@return the line in the file, from 1} It is 0 for the one record that reports a file that
   * could not be opened.
   */
  public long lineNumber() {
    return lineNumber;
  }

  /** {@return the kind the line names, when it names a known one} */
  public Optional<EntityKind> kind() {
    return Optional.ofNullable(kind);
  }

  /**
   * {@return the entity, when the line gave one} It is an {@code Institution}, a {@code Solution},
   * a {@code Partnership}, a {@code Funding}, a {@code ResultsFramework} or a {@code
   * KnowledgeRequest}, as {@link #kind()} says.
   */
  public Optional<Entity> entity() {
    return Optional.ofNullable(entity);
  }

  /**
   * {@return the entity, when the line gave one of {@code type}}
   *
   * @param <T> the type asked for
   * @param type the type asked for, such as {@code Institution.class}
   */
  public <T extends Entity> Optional<T> entity(Class<T> type) {
    return type.isInstance(entity) ? Optional.of(type.cast(entity)) : Optional.empty();
  }

  /** {@return whether the line gave an entity} */
  public boolean isSuccess() {
    return entity != null;
  }

  /**
   * {@return the problems of the line, in the order found} Each is located by a JSON Pointer within
   * the line and by the line and column in the file ({@link
   * org.ksmodel.common.Violation#location()}). A line that gave no entity has at least one error or
   * fatal problem.
   */
  public List<Violation> problems() {
    return problems;
  }

  /**
   * {@return the text of the line, when it gave no entity} It is decoded as UTF-8, bad bytes
   * replaced; of a line longer than the document limit only the beginning is kept. Empty when the
   * input could not be opened or read.
   */
  public Optional<String> rawText() {
    return Optional.ofNullable(rawText);
  }

  /**
   * {@return the line as a quarantined record, when it gave no entity} The record has its raw text
   * (up to {@link JsonLimits#maxQuarantinedLength()}), its line, the byte offset where it starts in
   * the file, and its problems. Empty for a line that gave an entity, and when the input could not
   * be opened.
   */
  public Optional<QuarantinedRecord> quarantined() {
    return Optional.ofNullable(quarantined);
  }

  /**
   * {@return the raw JSON of what the line held but the entity does not, by JSON Pointer in the
   * line} These are unknown members, later duplicates of a member, unknown enum constants and the
   * parts left out because they are not valid, as in {@link ReadResult#unboundMembers()}.
   */
  public Map<String, String> unboundMembers() {
    return unboundMembers;
  }

  @Override
  public String toString() {
    return "NdjsonRecord{line="
        + lineNumber
        + ", kind="
        + (kind == null ? "-" : kind.wireName())
        + ", "
        + (entity == null ? "no entity" : "entity")
        + ", problems="
        + problems.size()
        + "}";
  }
}
