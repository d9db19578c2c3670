package org.ksmodel.common;

/** The kinds of aggregate a dataset holds; each has its own typed id. */
public enum EntityKind {
  INSTITUTION("institution", "institutions"),
  SOLUTION("solution", "solutions"),
  PARTNERSHIP("partnership", "partnerships"),
  FUNDING("funding", "fundings"),
  RESULTS_FRAMEWORK("resultsFramework", "resultsFrameworks");

  private final String wireName;
  private final String collectionName;

  EntityKind(String wireName, String collectionName) {
    this.wireName = wireName;
    this.collectionName = collectionName;
  }

  /** The name used for one entity of this kind, e.g. the {@code kind} member of an NDJSON line. */
  public String wireName() {
    return wireName;
  }

  /** The name of the collection in a dataset document, e.g. {@code partnerships}. */
  public String collectionName() {
    return collectionName;
  }
}
