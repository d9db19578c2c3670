package org.ksmodel.result;

/** When and how an evaluation looks at a partnership. */
public enum EvaluationType {
  /** The partners assess themselves. */
  SELF,
  /** Halfway through, to correct course. */
  MID_TERM,
  /** At the end. */
  FINAL,
  /** Some time after the end, to see what lasted; the validator expects it dated after the end. */
  EX_POST,
  /** Attributing long-term changes to the partnership, usually with a counterfactual. */
  IMPACT,
  /** Peers of the partners review it. */
  PEER_REVIEW
}
