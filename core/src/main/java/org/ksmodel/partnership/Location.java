package org.ksmodel.partnership;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.internal.KsStyle;

/** Where an exchange activity takes place: a country and, optionally, a place in it. */
@Value.Immutable
@KsStyle
public abstract class Location {
  // Package-private: only the generated implementation extends a value type.
  Location() {}

  /** The country. */
  public abstract CountryCode country();

  /** The city, site or venue, e.g. {@code Bogota} or {@code EMBRAPA Cerrados, Planaltina}. */
  public abstract Optional<String> place();

  /** A location in a country, without a place. */
  public static Location of(CountryCode country) {
    return builder().country(country).build();
  }

  /** A location at a place in a country. */
  public static Location of(CountryCode country, String place) {
    return builder().country(country).place(place).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}; {@code builder().from(l)} copies one. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}
