package org.ksmodel.result;

/** Who carried out an evaluation, relative to the partners. */
public enum Independence {
  /** The partners themselves or people who report to them. */
  INTERNAL,
  /** Evaluators free of control by the partners, as the OECD-DAC norms ask. */
  INDEPENDENT
}
