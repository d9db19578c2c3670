package org.ksmodel.json.internal;

import java.io.IOException;

/** Thrown by the reader's own counters when the input breaks a limit; ends the read. */
public final class LimitExceeded extends IOException {
  private static final long serialVersionUID = 1L;

  private final String code;

  public LimitExceeded(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
