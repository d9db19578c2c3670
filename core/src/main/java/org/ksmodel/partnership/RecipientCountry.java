package org.ksmodel.partnership;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.KsStyle;

/**
 * A country a partnership benefits, with the share of the partnership it gets (IATI's
 * recipient-country). A recipient country is a recipient even when no institution of it takes part.
 *
 * <p>The percentage is kept as published; that it lies within 0-100 and that the shares of the
 * recipient countries and regions add up to 100 are the validator's rules.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class RecipientCountry {
  // Package-private: only the generated implementation extends a value type.
  RecipientCountry() {}

  /** {@return the country} */
  public abstract CountryCode country();

  /** {@return the share of the partnership going to the country, in percent} */
  public abstract Optional<BigDecimal> percentage();

  /** {@return the publisher's own words about the country, if any} */
  public abstract Optional<LocalizedText> narrative();

  /**
   * {@return a recipient country without a percentage}
   *
   * @param country the country
   */
  public static RecipientCountry of(CountryCode country) {
    return builder().country(country).build();
  }

  /** {@return an empty builder of {@link RecipientCountry}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RecipientCountry}; {@code builder().from(country)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the country is
   * not set.
   */
  public static final class Builder extends ImmutableRecipientCountry.Builder {
    Builder() {}
  }
}
