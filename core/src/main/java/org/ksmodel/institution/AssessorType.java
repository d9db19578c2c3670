package org.ksmodel.institution;

/** Who assessed an institution's knowledge-sharing capacity. */
public enum AssessorType {
  /** The institution itself. */
  SELF,
  /** A peer institution, e.g. another knowledge hub. */
  PEER,
  /** An outside party, e.g. a multilateral bank or a consultant. */
  EXTERNAL
}
