package org.ksmodel.partnership;

/**
 * The three institutional characteristics that a change objective targets, after the World Bank's
 * <i>Capacity Development Results Framework</i>.
 */
public enum CapacityArea {
  /** The commitment of stakeholders and leaders to the development goal. */
  STAKEHOLDER_OWNERSHIP,
  /** The laws, policies, regulations and standards that guide action towards the goal. */
  POLICY_INSTRUMENTS,
  /** The systems, processes and resources of the organisations that pursue the goal. */
  ORGANISATIONAL_ARRANGEMENTS
}
