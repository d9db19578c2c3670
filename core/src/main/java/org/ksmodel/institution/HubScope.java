package org.ksmodel.institution;

/** The reach of a knowledge hub: whom and what it serves. */
public enum HubScope {
  /** Shares the solutions of its own country, across sectors. */
  NATIONAL,
  /** Shares the know-how of one or a few themes (sectors); it declares them as its sectors. */
  THEMATIC,
  /** Serves a region, e.g. a regional network or centre of excellence. */
  REGIONAL,
  /** Serves countries worldwide, e.g. a multilateral knowledge platform. */
  GLOBAL
}
