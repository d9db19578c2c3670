package org.ksmodel.institution;

/** Whether a knowledge hub mainly shares its knowledge, mainly seeks others', or both. */
public enum HubStance {
  /** Mainly shares its own solutions with others. */
  PROVIDER,
  /** Mainly seeks and brings in solutions from others. */
  RECIPIENT,
  /** Both shares and seeks, as most hubs of middle-income countries do. */
  DUAL;

  /** {@return whether a hub of this stance shares its own solutions} */
  public boolean provides() {
    return this != RECIPIENT;
  }

  /** {@return whether a hub of this stance seeks solutions from others} */
  public boolean receives() {
    return this != PROVIDER;
  }
}
