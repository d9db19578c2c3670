package org.ksmodel.partnership;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.internal.KsStyle;

/**
 * Where an exchange activity takes place: a country and, optionally, a place in it.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Location {
  // Package-private: only the generated implementation extends a value type.
  Location() {}

  /** {@return the country} */
  public abstract CountryCode country();

  /**
   * {@return the city, site or venue, e.g. {@code Bogota} or {@code EMBRAPA Cerrados, Planaltina}}
   */
  public abstract Optional<String> place();

  /**
   * {@return a location in a country, without a place}
   *
   * @param country the country
   */
  public static Location of(CountryCode country) {
    return builder().country(country).build();
  }

  /**
   * {@return a location at a place in a country}
   *
   * @param country the country
   * @param place the city, site or venue
   */
  public static Location of(CountryCode country, String place) {
    return builder().country(country).place(place).build();
  }

  /** {@return an empty builder of {@link Location}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Location}; {@code builder().from(location)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the country is
   * not set.
   */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}
