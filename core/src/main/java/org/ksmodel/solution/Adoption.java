package org.ksmodel.solution;

import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * A place where a solution was adapted and taken up: a country, the institution that adopted it,
 * the partnership through which it travelled, and the year.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Adoption {
  // Package-private: only the generated implementation extends a value type.
  Adoption() {}

  /** The earliest year of adoption accepted. */
  public static final int FIRST_YEAR = 1900;

  /** The latest year of adoption accepted (a later one is a typing error). */
  public static final int LAST_YEAR = 2100;

  /** {@return the country where the solution was adopted} */
  public abstract CountryCode country();

  /** {@return the institution that adopted it, when known} */
  public abstract Optional<InstitutionId> institution();

  /** {@return the partnership through which it was shared, when there was one} */
  public abstract Optional<PartnershipId> partnership();

  /** {@return the year of adoption} */
  public abstract Year year();

  /**
   * Rejects a year out of range; checked on {@code build()}, not meant to be called directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if the year is before {@value #FIRST_YEAR} or
   *     after {@value #LAST_YEAR}
   */
  @Value.Check
  protected void check() {
    Checks.require(
        year().getValue() >= FIRST_YEAR && year().getValue() <= LAST_YEAR,
        "solution.adoption.year",
        "year",
        () -> "year of adoption must be between 1900 and 2100, got " + year());
  }

  /** {@return an empty builder of {@link Adoption}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return an adoption in a country in a year, with no institution or partnership stated}
   *
   * @param country the country where the solution was adopted
   * @param year the year of adoption
   * @throws org.ksmodel.common.InvalidValueException if the year is before 1900 or after 2100
   */
  public static Adoption of(CountryCode country, Year year) {
    return builder().country(country).year(year).build();
  }

  /**
   * Builds an {@link Adoption}; {@code builder().from(adoption)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the country or
   * the year is not set, or the year is before {@value Adoption#FIRST_YEAR} or after {@value
   * Adoption#LAST_YEAR}.
   */
  public static final class Builder extends ImmutableAdoption.Builder {
    Builder() {}

    /**
     * Sets the year of adoption; {@code build()} checks its range.
     *
     * @param year the year of adoption, e.g. {@code 2019}
     * @return this builder
     * @throws org.ksmodel.common.InvalidValueException if the year is before {@value #FIRST_YEAR}
     *     or after {@value #LAST_YEAR}, as {@code build()} would
     */
    public Builder year(int year) {
      // Checked here too: a year beyond java.time's range would otherwise fail as Year.of does.
      Checks.require(
          year >= FIRST_YEAR && year <= LAST_YEAR,
          "solution.adoption.year",
          "year",
          () -> "year of adoption must be between 1900 and 2100, got " + year);
      return year(Year.of(year));
    }
  }
}
