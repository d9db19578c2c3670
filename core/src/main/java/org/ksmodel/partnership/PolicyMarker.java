package org.ksmodel.partnership;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.Code;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.KsStyle;

/**
 * A policy objective a partnership addresses and how much (IATI's policy-marker): the OECD DAC
 * markers (gender equality, environment, disaster risk reduction, ...) or a publisher's own.
 *
 * <p>The marker is a {@link Code} whose vocabulary is {@value #DAC} for IATI's policy marker
 * vocabulary 1 (the OECD DAC CRS markers) and otherwise the IATI vocabulary code as published (such
 * as {@code 99}); the significance is a code of {@value #SIGNIFICANCE}.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class PolicyMarker {
  /** The vocabulary of the OECD DAC CRS policy markers, IATI policy marker vocabulary 1. */
  public static final String DAC = "PolicyMarker";

  /** The vocabulary of the significance: IATI's PolicySignificance codelist. */
  public static final String SIGNIFICANCE = "PolicySignificance";

  // Package-private: only the generated implementation extends a value type.
  PolicyMarker() {}

  /** {@return the marker, e.g. {@code PolicyMarker:1} (gender equality)} */
  public abstract Code marker();

  /**
   * {@return how significant the objective is, e.g. {@code PolicySignificance:2} (principal
   * objective)}
   */
  public abstract Optional<Code> significance();

  /** {@return the publisher's own words about the marker, if any} */
  public abstract Optional<LocalizedText> narrative();

  /** {@return an empty builder of {@link PolicyMarker}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PolicyMarker}; {@code builder().from(marker)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the marker is not
   * set.
   */
  public static final class Builder extends ImmutablePolicyMarker.Builder {
    Builder() {}
  }
}
