package org.ksmodel.funding;

/** Where the money of a contribution comes from. */
public enum FundingSource {
  /** The contributor's own national budget, e.g. a hub's fixed share of the annual budget. */
  STATE_BUDGET,
  /** Money a partner puts in beside the main provider, as a sign of ownership. */
  CO_FINANCING,
  /**
   * A facility of a multilateral organisation, e.g. a South-South facility of a development bank.
   */
  MULTILATERAL_FACILITY,
  /** A bilateral donor agency, typically in triangular cooperation. */
  BILATERAL_DONOR,
  /** A trust fund, single- or multi-donor. */
  TRUST_FUND,
  /** A philanthropic foundation. */
  FOUNDATION,
  /** A private company. */
  PRIVATE_SECTOR,
  /** Fees paid by the recipient for the knowledge it receives. */
  COST_RECOVERY
}
