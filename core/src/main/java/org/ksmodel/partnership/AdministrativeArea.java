package org.ksmodel.partnership;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * An administrative area a {@link Site} lies in (IATI's {@code location/administrative}): a code of
 * a geographic vocabulary (IATI's {@code GeographicVocabulary}, e.g. {@code G1} GeoNames, {@code
 * A4} ISO 3166-2) and the level of the area (1 for the first subdivision of a country, ...).
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class AdministrativeArea {
  // Package-private: only the generated implementation extends a value type.
  AdministrativeArea() {}

  /** {@return the code of the geographic vocabulary, as published, e.g. {@code G1}} */
  public abstract String vocabulary();

  /** {@return the level of the area in its country's hierarchy, 0 or more} */
  public abstract Optional<Integer> level();

  /** {@return the area's code in the vocabulary, as published} */
  public abstract String code();

  /** Rejects a negative level; checked on {@code build()}, not meant to be called directly. */
  @Value.Check
  protected void check() {
    Checks.require(
        level().orElse(0) >= 0,
        "site.administrativeArea.level",
        "level",
        () -> "an administrative level is 0 or more, got " + level().orElseThrow());
  }

  /** {@return an empty builder of {@link AdministrativeArea}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AdministrativeArea}. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the vocabulary or
   * the code is not set, or the level is negative.
   */
  public static final class Builder extends ImmutableAdministrativeArea.Builder {
    Builder() {}
  }
}
