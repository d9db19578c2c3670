package org.ksmodel.request;

/**
 * Where a knowledge request stands. A request is OPEN until a hub finds an answer (MATCHED), is
 * SERVED once the knowledge was exchanged, and may be WITHDRAWN by the requester at any point.
 */
public enum RequestStatus {
  /** Asked, with no answer found yet. */
  OPEN,
  /** A partnership or solution that can answer it has been found. */
  MATCHED,
  /** The knowledge was exchanged: a partnership answered it. */
  SERVED,
  /** The requester no longer wants it; answers found before are kept. */
  WITHDRAWN;

  /** {@return whether the status says an answer was found (MATCHED or SERVED)} */
  public boolean isAnswered() {
    return this == MATCHED || this == SERVED;
  }
}
