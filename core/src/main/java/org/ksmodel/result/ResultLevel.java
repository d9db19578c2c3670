package org.ksmodel.result;

import java.util.Objects;
import java.util.Optional;

/**
 * The level of a result in the results chain of a knowledge exchange. Maps to the IATI ResultType
 * codelist ({@link #iatiCode()}): OUTPUT {@code 1}, INTERMEDIATE_OUTCOME and OUTCOME {@code 2
 * Outcome}, IMPACT {@code 3}. {@link #fromIatiCode(String)} reads {@code 2} as OUTCOME, and {@code
 * 9 Other} as nothing.
 */
public enum ResultLevel {
  /** What the exchange delivered directly, e.g. officials trained, a toolkit published. */
  OUTPUT("1"),
  /**
   * A change in people and groups that the exchange brought about: one of the five {@link
   * IntermediateOutcome}s of the <i>Art of Knowledge Exchange</i>.
   */
  INTERMEDIATE_OUTCOME("2"),
  /** A change in the recipient's institutions, e.g. a policy adopted, a process reformed. */
  OUTCOME("2"),
  /** The long-term development change the outcomes contribute to. */
  IMPACT("3");

  private final String iatiCode;

  ResultLevel(String iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** {@return the IATI ResultType code, e.g. {@code 1} for an output} */
  public String iatiCode() {
    return iatiCode;
  }

  /**
   * {@return the level for an IATI ResultType code: {@code 1}, {@code 2}, {@code 3}; empty for
   * others} {@code 2} gives OUTCOME, never INTERMEDIATE_OUTCOME.
   *
   * @param code the code, e.g. {@code 1}
   */
  public static Optional<ResultLevel> fromIatiCode(String code) {
    switch (Objects.requireNonNull(code, "code")) {
      case "1":
        return Optional.of(OUTPUT);
      case "2":
        return Optional.of(OUTCOME);
      case "3":
        return Optional.of(IMPACT);
      default:
        return Optional.empty();
    }
  }
}
