package org.ksmodel.common;

/** The kinds of aggregate a dataset holds; each has its own typed id. */
public enum EntityKind {
  /** An institution, named by an {@link InstitutionId}. */
  INSTITUTION("institution", "institutions"),
  /** A development solution, named by a {@link SolutionId}. */
  SOLUTION("solution", "solutions"),
  /** A partnership, named by a {@link PartnershipId}. */
  PARTNERSHIP("partnership", "partnerships"),
  /** A funding, named by a {@link FundingId}. */
  FUNDING("funding", "fundings"),
  /** A results framework, named by a {@link ResultsFrameworkId}. */
  RESULTS_FRAMEWORK("resultsFramework", "resultsFrameworks"),
  /** A knowledge request (added in format 1.1), named by a {@link KnowledgeRequestId}. */
  KNOWLEDGE_REQUEST("knowledgeRequest", "knowledgeRequests");

  private final String wireName;
  private final String collectionName;

  EntityKind(String wireName, String collectionName) {
    this.wireName = wireName;
    this.collectionName = collectionName;
  }

  /**
   * {@return the name of one entity of this kind, e.g. {@code resultsFramework}} It is the {@code
   * kind} member of an NDJSON line.
   */
  public String wireName() {
    return wireName;
  }

  /** {@return the name of the collection in a dataset document, e.g. {@code partnerships}} */
  public String collectionName() {
    return collectionName;
  }
}
