package org.ksmodel.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private final Object entity;
  private final List<Violation> problems;
  private final String rawText;
  private final Map<String, String> unboundMembers;
  private final QuarantinedRecord quarantined;

  NdjsonRecord(
      long lineNumber,
      EntityKind kind,
      Object entity,
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

  /** The line in the file, from 1. */
  public long lineNumber() {
    return lineNumber;
  }

  /** The kind the line names, when it names a known one. */
  public Optional<EntityKind> kind() {
    return Optional.ofNullable(kind);
  }

  /** The entity: an Institution, Solution, Partnership, Funding or ResultsFramework. */
  public Optional<Object> entity() {
    return Optional.ofNullable(entity);
  }

  /** The entity, when the line holds one of {@code type}. */
  public <T> Optional<T> entity(Class<T> type) {
    return type.isInstance(entity) ? Optional.of(type.cast(entity)) : Optional.empty();
  }

  /** Whether the line gave an entity. */
  public boolean isSuccess() {
    return entity != null;
  }

  public List<Violation> problems() {
    return problems;
  }

  /** The text of the line, when it gave no entity (decoded as UTF-8, bad bytes replaced). */
  public Optional<String> rawText() {
    return Optional.ofNullable(rawText);
  }

  /**
   * The line as a quarantined record, when it gave no entity: its raw text (up to {@link
   * JsonLimits#maxQuarantinedLength()}), its line, the byte offset where it starts in the file, and
   * its problems. Empty for a line that gave an entity, and when the input could not be opened.
   */
  public Optional<QuarantinedRecord> quarantined() {
    return Optional.ofNullable(quarantined);
  }

  /** The raw JSON of what the line held but the entity does not, by JSON Pointer in the line. */
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
