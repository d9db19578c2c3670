package org.ksmodel.common;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.KsStyle;

/**
 * How a flow of aid is classified, as IATI publishes it for an activity (its defaults) or for one
 * transaction: collaboration, flow, finance, aid and tied types. Each is a {@link Code} of its IATI
 * vocabulary ({@code CollaborationType}, {@code FlowType}, {@code FinanceType}, {@code AidType} or
 * another aid-type vocabulary, {@code TiedStatus}), kept as published; whether a code exists is the
 * validator's question. None of them is turned into a modality or anything else.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Classifications {
  /** The IATI vocabulary of collaboration types. */
  public static final String COLLABORATION_TYPE = "CollaborationType";

  /** The IATI vocabulary of flow types. */
  public static final String FLOW_TYPE = "FlowType";

  /** The IATI vocabulary of finance types. */
  public static final String FINANCE_TYPE = "FinanceType";

  /** The IATI vocabulary of aid types (IATI's aid-type vocabulary 1, OECD DAC). */
  public static final String AID_TYPE = "AidType";

  /** The IATI vocabulary of tied statuses. */
  public static final String TIED_STATUS = "TiedStatus";

  // Package-private: only the generated implementation extends a value type.
  Classifications() {}

  /** {@return the collaboration type, e.g. {@code CollaborationType:1} (bilateral)} */
  public abstract Optional<Code> collaborationType();

  /** {@return the flow type, e.g. {@code FlowType:10} (ODA)} */
  public abstract Optional<Code> flowType();

  /** {@return the finance type, e.g. {@code FinanceType:110} (standard grant)} */
  public abstract Optional<Code> financeType();

  /** {@return the aid types, each of its vocabulary (IATI allows one per vocabulary)} */
  public abstract List<Code> aidTypes();

  /** {@return the tied status, e.g. {@code TiedStatus:5} (untied)} */
  public abstract Optional<Code> tiedStatus();

  /** {@return whether nothing is classified} */
  public boolean isEmpty() {
    return collaborationType().isEmpty()
        && flowType().isEmpty()
        && financeType().isEmpty()
        && aidTypes().isEmpty()
        && tiedStatus().isEmpty();
  }

  /** {@return an empty builder of {@link Classifications}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Classifications}; {@code builder().from(c)} copies them. Not thread-safe. */
  public static final class Builder extends ImmutableClassifications.Builder {
    Builder() {}
  }
}
