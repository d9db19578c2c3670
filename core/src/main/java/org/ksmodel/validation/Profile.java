package org.ksmodel.validation;

/** How demanding a rule set is; see {@link RuleSet#strict()}. */
public enum Profile {
  /** Each rule at its documented severity. */
  DEFAULT,
  /**
   * Every WARNING becomes an ERROR, for data that is to be published: the weak spots a catalogue
   * can live with must be fixed before exchange. Explicit per-code overrides still win.
   */
  STRICT
}
