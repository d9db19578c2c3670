package org.ksmodel.solution;

import java.util.Optional;
import org.ksmodel.common.Code;

/**
 * The default criteria against which a solution is validated, as codes of the {@value #VOCABULARY}
 * vocabulary. A {@link CriterionAssessment} names its criterion as a {@link Code}, so a catalogue
 * with criteria of its own (APC Colombia's, SEGIB's, ...) uses codes of its own vocabulary, e.g.
 * {@code Code.of("APC-Colombia", "pertinencia")}.
 */
public enum Criterion {
  /** The solution answers a real development challenge that others share. */
  RELEVANCE,
  /** The solution has results backed by evidence. */
  PROVEN_RESULTS,
  /** The results last beyond the initial funding. */
  SUSTAINABILITY,
  /** The solution can be adapted and applied elsewhere. */
  REPLICABILITY,
  /** The solution does something new for its context. */
  INNOVATION,
  /** The results justify the resources spent. */
  EFFICIENCY,
  /** The people and institutions concerned own and lead the solution. */
  OWNERSHIP,
  /** The solution can be shared among peers as equals, the South-South principle. */
  HORIZONTALITY;

  /** The vocabulary of the default criteria's codes. */
  public static final String VOCABULARY = "Criterion";

  /** {@return this criterion as a code, e.g. {@code Criterion:RELEVANCE}} */
  public Code code() {
    return Code.of(VOCABULARY, name());
  }

  /**
   * {@return the default criterion a code names; empty for a code of another vocabulary or an
   * unknown code}
   *
   * @param code a code of any vocabulary
   */
  public static Optional<Criterion> fromCode(Code code) {
    if (!VOCABULARY.equals(code.vocabulary())) {
      return Optional.empty();
    }
    for (Criterion criterion : values()) {
      if (criterion.name().equals(code.code())) {
        return Optional.of(criterion);
      }
    }
    return Optional.empty();
  }
}
