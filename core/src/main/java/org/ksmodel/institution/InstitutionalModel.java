package org.ksmodel.institution;

/** How a knowledge hub is set up inside the state (or beside it). */
public enum InstitutionalModel {
  /** An agency with its own mandate for cooperation and knowledge sharing, e.g. APC Colombia. */
  DEDICATED_AGENCY,
  /** A unit or directorate inside a ministry, e.g. within a ministry of foreign affairs. */
  UNIT_WITHIN_MINISTRY,
  /**
   * A team that coordinates several ministries, e.g. Indonesia's National Coordination Team on
   * South-South and Triangular Cooperation.
   */
  INTERMINISTERIAL_TEAM,
  /** A sector institution that shares its own expertise, e.g. EMBRAPA or FIOCRUZ. */
  SECTOR_INSTITUTION,
  /** A network of institutions that share as peers, e.g. CABRI. */
  NETWORK,
  /** A company owned or backed by the state, e.g. Singapore Cooperation Enterprise. */
  PUBLIC_PRIVATE_ENTITY,
  /** Any other set-up. */
  OTHER
}
