package org.ksmodel.funding;

/** Whether a contribution is money or goods and services valued in money. */
public enum ContributionKind {
  /** Money. */
  CASH,
  /**
   * Staff time, venues, travel, materials and the like, recorded at an estimated value (in-kind
   * contributions are a large part of South-South cooperation).
   */
  IN_KIND
}
