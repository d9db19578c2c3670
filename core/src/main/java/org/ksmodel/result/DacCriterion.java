package org.ksmodel.result;

/** The six OECD-DAC evaluation criteria (revised 2019). */
public enum DacCriterion {
  /** Is the partnership doing the right things? */
  RELEVANCE,
  /** How well does it fit with other interventions? */
  COHERENCE,
  /** Is it achieving its objectives? */
  EFFECTIVENESS,
  /** How well are resources being used? */
  EFFICIENCY,
  /** What difference does it make? */
  IMPACT,
  /** Will the benefits last? */
  SUSTAINABILITY
}
