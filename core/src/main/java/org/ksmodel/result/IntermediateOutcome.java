package org.ksmodel.result;

/**
 * The five intermediate outcomes of a knowledge exchange in the World Bank's <i>Art of Knowledge
 * Exchange</i>: the changes in people and groups through which an exchange contributes to
 * institutional change. A partnership's design and exchange activities target them; results at the
 * {@link ResultLevel#INTERMEDIATE_OUTCOME} level name which one they report.
 */
public enum IntermediateOutcome {
  /** Participants know something they did not know before (awareness, understanding). */
  NEW_KNOWLEDGE,
  /** Participants can do something better than before (technical or soft skills). */
  ENHANCED_SKILLS,
  /** Stakeholders agree more on the problem and on what to do (shared vision, coalitions). */
  IMPROVED_CONSENSUS,
  /** New or stronger relationships among peers, practitioners and networks. */
  ENHANCED_CONNECTIVITY,
  /** Participants start or improve actions: plans, policies, procedures, pilots. */
  NEW_AND_IMPROVED_ACTIONS
}
