package org.ksmodel.partnership;

/**
 * The form of a partnership in SEGIB's terms (programa, proyecto, accion): a programme holds
 * projects and actions, which name it as their parent.
 */
public enum PartnershipForm {
  /** A set of projects and actions under a shared goal (SEGIB's programa). */
  PROGRAMME,
  /** A set of activities with a goal, a budget and a period of its own (SEGIB's proyecto). */
  PROJECT,
  /** A one-off exchange such as a single study tour or seminar (SEGIB's accion). */
  ACTION
}
