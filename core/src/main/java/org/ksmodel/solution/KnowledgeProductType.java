package org.ksmodel.solution;

/** The kind of a knowledge product: how a solution is packaged for others to learn from it. */
public enum KnowledgeProductType {
  /** A written account of the solution: the challenge, what was done, the results, the lessons. */
  CASE_STUDY,
  /** Material for a course or workshop, face to face. */
  TRAINING_MODULE,
  /** A short practical note on how to apply the solution. */
  HOW_TO_NOTE,
  /** A set of tools, templates and guides to implement the solution. */
  TOOLKIT,
  /** A short paper for decision makers. */
  POLICY_BRIEF,
  /** A video. */
  VIDEO,
  /** A course to take online at one's own pace. */
  E_LEARNING_COURSE,
  /** A short story of the change the solution brought, told by the people concerned. */
  RESULTS_STORY
}
