package org.ksmodel.common;

/** How bad a problem is, from worst to mildest; the order of the constants is that ladder. */
public enum Severity {
  /** The data cannot be used at all (unreadable, or a value is meaningless). */
  FATAL,
  /** The data breaks a rule; a report with an error is not valid. */
  ERROR,
  /** Probably wrong, or weak; the data is still valid. */
  WARNING,
  /** Worth knowing; nothing to fix. */
  INFO;

  /** {@return whether a report holding a problem of this severity is invalid: FATAL and ERROR} */
  public boolean invalidates() {
    return this == FATAL || this == ERROR;
  }
}
