package org.ksmodel.partnership;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.Code;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.KsStyle;

/**
 * A place where a partnership works or whose people it benefits, as IATI's {@code location}
 * publishes it: a reference, gazetteer ids, a name and descriptions, the administrative areas, a
 * point, and IATI's codes for how exact the point is, what kind of place it is and whom it reaches.
 * Codes are kept as published, each with the IATI vocabulary it belongs to. (An exchange activity's
 * venue is a {@link Location}, a country and a place.)
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Site {
  // Package-private: only the generated implementation extends a value type.
  Site() {}

  /** {@return the publisher's own reference for the place} */
  public abstract Optional<String> ref();

  /**
   * {@return the place's ids in gazetteers (IATI's {@code location-id}): each a code whose
   * vocabulary is the {@code GeographicVocabulary} code, e.g. {@code G1} for GeoNames}
   */
  public abstract List<Code> locationIds();

  /** {@return the place's name} */
  public abstract Optional<LocalizedText> name();

  /** {@return a description of the place} */
  public abstract Optional<LocalizedText> description();

  /** {@return what the partnership does there} */
  public abstract Optional<LocalizedText> activityDescription();

  /** {@return the administrative areas it lies in} */
  public abstract List<AdministrativeArea> administrativeAreas();

  /** {@return the point it is at} */
  public abstract Optional<GeoPoint> point();

  /** {@return whether the point is exact or approximate, a code of {@code GeographicExactness}} */
  public abstract Optional<Code> exactness();

  /** {@return the kind of place, a code of {@code GeographicLocationClass}} */
  public abstract Optional<Code> locationClass();

  /** {@return the feature it is, a code of {@code LocationType} (e.g. {@code PPL})} */
  public abstract Optional<Code> featureDesignation();

  /**
   * {@return whether the partnership works there or its beneficiaries live there, a code of {@code
   * GeographicLocationReach}}
   */
  public abstract Optional<Code> reach();

  /** {@return an empty builder of {@link Site}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Site}; every attribute is optional. Not thread-safe. */
  public static final class Builder extends ImmutableSite.Builder {
    Builder() {}
  }
}
