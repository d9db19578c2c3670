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
 */
@Value.Immutable
@KsStyle
public abstract class Adoption {
  // Package-private: only the generated implementation extends a value type.
  Adoption() {}

  /** The earliest year that makes sense for an adoption. */
  public static final int FIRST_YEAR = 1900;

  /** The latest year that makes sense for an adoption (a later one is a typing error). */
  public static final int LAST_YEAR = 2100;

  /** The country where the solution was adopted. */
  public abstract CountryCode country();

  /** The institution that adopted it, when known. */
  public abstract Optional<InstitutionId> institution();

  /** The partnership through which it was shared, when there was one. */
  public abstract Optional<PartnershipId> partnership();

  /** The year of adoption. */
  public abstract Year year();

  @Value.Check
  protected void check() {
    Checks.require(
        year().getValue() >= FIRST_YEAR && year().getValue() <= LAST_YEAR,
        "solution.adoption.year",
        "year",
        () -> "year of adoption must be between 1900 and 2100, got " + year());
  }

  /** An empty builder of {@link Adoption}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An adoption in a country in a year, with no institution or partnership stated.
   *
   * @throws org.ksmodel.common.InvalidValueException if the year is before 1900 or after 2100
   */
  public static Adoption of(CountryCode country, Year year) {
    return builder().country(country).year(year).build();
  }

  /** Builds an {@link Adoption}; {@code builder().from(adoption)} copies one. */
  public static final class Builder extends ImmutableAdoption.Builder {
    Builder() {}

    /** Sets the year of adoption, e.g. {@code 2019}. */
    public Builder year(int year) {
      return year(Year.of(year));
    }
  }
}
