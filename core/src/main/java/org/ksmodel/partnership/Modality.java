package org.ksmodel.partnership;

/**
 * How a partnership connects countries, in SEGIB's and the Art of Knowledge Exchange's terms.
 * Whether the participants' countries fit the modality depends on the institutions' countries, so
 * the validator checks it, not construction.
 */
public enum Modality {
  /** Between developing countries (SEGIB's bilateral South-South cooperation). */
  SOUTH_SOUTH,
  /** A provider in a developed country shares with a recipient in a developing country. */
  NORTH_SOUTH,
  /** A provider in a developing country shares with a recipient in a developed country. */
  SOUTH_NORTH,
  /**
   * A first provider and a recipient, supported by a second provider or broker (the {@link
   * Role#FACILITATOR}), often a developed country or a multilateral bank.
   */
  TRIANGULAR,
  /** Among at least three countries of a region, usually through a shared mechanism. */
  REGIONAL,
  /** Run by or through a multilateral organisation for several member countries. */
  MULTILATERAL,
  /** Between institutions of one country, e.g. a hub sharing with subnational governments. */
  DOMESTIC
}
