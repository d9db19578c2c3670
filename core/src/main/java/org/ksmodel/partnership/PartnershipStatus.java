package org.ksmodel.partnership;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a partnership stands in its life. Maps to the IATI ActivityStatus codelist ({@link
 * #iatiCode()}): PLANNED {@code 1 Pipeline/identification}, ACTIVE {@code 2 Implementation},
 * COMPLETED {@code 4 Closed}, CANCELLED {@code 5 Cancelled}, SUSPENDED {@code 6 Suspended}.
 *
 * <p>{@link #fromIatiCode(String)} also reads {@code 3 Finalisation} (the exchange is over, the
 * financial sign-off is pending) as COMPLETED: for knowledge sharing the exchange is what counts.
 * So {@code 3} comes back as {@code 4} after a round trip.
 */
public enum PartnershipStatus {
  /** Being identified, designed or negotiated; no exchange has taken place yet. */
  PLANNED("1"),
  /** Under way. */
  ACTIVE("2"),
  /** Over: the exchange activities took place. */
  COMPLETED("4"),
  /** Halted for a while, expected to resume. */
  SUSPENDED("6"),
  /** Stopped for good before completion. */
  CANCELLED("5");

  private final String iatiCode;

  PartnershipStatus(String iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** {@return the IATI ActivityStatus code of this status, e.g. {@code 2} for ACTIVE} */
  public String iatiCode() {
    return iatiCode;
  }

  /**
   * {@return the status for an IATI ActivityStatus code ({@code 1} to {@code 6}); empty for others}
   *
   * @param code the code, e.g. {@code 2}
   */
  public static Optional<PartnershipStatus> fromIatiCode(String code) {
    switch (Objects.requireNonNull(code, "code")) {
      case "1":
        return Optional.of(PLANNED);
      case "2":
        return Optional.of(ACTIVE);
      case "3":
      case "4":
        return Optional.of(COMPLETED);
      case "5":
        return Optional.of(CANCELLED);
      case "6":
        return Optional.of(SUSPENDED);
      default:
        return Optional.empty();
    }
  }
}
