package org.ksmodel.partnership;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.KsStyle;

/**
 * A point on the earth (IATI's {@code location/point}): its position as published, latitude then
 * longitude separated by a space ({@code "31.616944 65.716944"}), in the reference system named by
 * {@link #srsName()} (IATI: WGS 84, {@code http://www.opengis.net/def/crs/EPSG/0/4326}). The text
 * is kept as published, so a malformed position is kept too; {@link #latitude()} and {@link
 * #longitude()} read it.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class GeoPoint {
  // Package-private: only the generated implementation extends a value type.
  GeoPoint() {}

  /** {@return the name of the spatial reference system, as published} */
  public abstract Optional<String> srsName();

  /** {@return the position, latitude and longitude separated by a space, as published} */
  public abstract String pos();

  /** {@return the latitude, when the position is two decimal numbers} */
  public Optional<BigDecimal> latitude() {
    return part(0);
  }

  /** {@return the longitude, when the position is two decimal numbers} */
  public Optional<BigDecimal> longitude() {
    return part(1);
  }

  private Optional<BigDecimal> part(int index) {
    String[] parts = pos().trim().split("\\s+");
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      new BigDecimal(parts[1 - index]);
      return Optional.of(new BigDecimal(parts[index]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * {@return a point at a position, in no named reference system}
   *
   * @param pos latitude and longitude separated by a space, as published
   */
  public static GeoPoint of(String pos) {
    return builder().pos(pos).build();
  }

  /** {@return an empty builder of {@link GeoPoint}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GeoPoint}. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the position is
   * not set.
   */
  public static final class Builder extends ImmutableGeoPoint.Builder {
    Builder() {}
  }
}
