package org.ksmodel.solution;

import java.util.List;
import java.util.Optional;

/**
 * Where a solution stands in a catalogue's life cycle. The main line runs IDENTIFIED, DOCUMENTED,
 * VALIDATED, PACKAGED, SHARED; NEEDS_REVISION, REJECTED and RETIRED are side states off that line.
 */
public enum SolutionStage {
  /** Spotted as a promising practice, e.g. in a call for experiences. */
  IDENTIFIED,
  /** Described: the challenge, what was done, the results. */
  DOCUMENTED,
  /** Checked against the catalogue's criteria, every mandatory one met. */
  VALIDATED,
  /** Turned into knowledge products that others can learn from. */
  PACKAGED,
  /** Shared with, and taken up by, others. */
  SHARED,
  /** Sent back for more documentation or evidence before validation. */
  NEEDS_REVISION,
  /** Found not to meet the criteria. */
  REJECTED,
  /** Withdrawn from the catalogue, e.g. because it is outdated. */
  RETIRED;

  private static final List<SolutionStage> MAIN_LINE =
      List.of(IDENTIFIED, DOCUMENTED, VALIDATED, PACKAGED, SHARED);

  /** {@return the stages of the main line, in order; unmodifiable} */
  public static List<SolutionStage> mainLine() {
    return MAIN_LINE;
  }

  /** {@return whether this stage is off the main line (NEEDS_REVISION, REJECTED, RETIRED)} */
  public boolean isSideState() {
    return !MAIN_LINE.contains(this);
  }

  /**
   * {@return whether this stage has reached {@code other}} For two stages of the main line, whether
   * this one is at or after {@code other}; when either is a side state, whether they are the same
   * stage.
   *
   * @param other the stage to compare with
   */
  public boolean isAtLeast(SolutionStage other) {
    if (other.isSideState() || isSideState()) {
      return this == other;
    }
    return compareTo(other) >= 0;
  }

  /** {@return the next stage on the main line; empty for SHARED and for the side states} */
  public Optional<SolutionStage> next() {
    int position = MAIN_LINE.indexOf(this);
    return position < 0 || position == MAIN_LINE.size() - 1
        ? Optional.empty()
        : Optional.of(MAIN_LINE.get(position + 1));
  }
}
