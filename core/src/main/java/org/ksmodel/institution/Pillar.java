package org.ksmodel.institution;

/**
 * The eight pillars of a knowledge-sharing organisation, against which a {@link CapacityAssessment}
 * scores an institution's maturity.
 */
public enum Pillar {
  /** Leaders champion knowledge sharing and the culture rewards it. */
  LEADERSHIP_AND_CULTURE,
  /** A mandate, a strategy, roles and procedures for knowledge sharing. */
  GOVERNANCE,
  /** Steady money for knowledge sharing, e.g. a fixed share of the annual budget. */
  BUDGETS_AND_FINANCING,
  /** Lasting partners at home and abroad. */
  PARTNERSHIPS,
  /** Identifying proven solutions and validating them against explicit criteria. */
  CAPTURING_AND_VALIDATING_KNOWLEDGE,
  /** Using what was learnt to improve and scale up programmes. */
  USING_KNOWLEDGE_FOR_LEARNING_AND_SCALE_UP,
  /** Delivering exchanges: study tours, expert visits, twinning and the rest. */
  DELIVERY,
  /** Tracking and evaluating the results of knowledge sharing. */
  MONITORING_AND_EVALUATION
}
