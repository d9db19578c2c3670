package org.ksmodel.institution;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.Money;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * The money an institution sets aside for knowledge sharing: a fixed share of its annual budget (as
 * several hubs do by law or policy), an annual amount, or both, for a fiscal year when stated.
 *
 * <p>A share outside 0-100 % can be built and is reported by the validator. Equality compares the
 * share by value, so {@code 0.5} equals {@code 0.50}.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class KsBudget {
  // Package-private: only the generated implementation extends a value type.
  KsBudget() {}

  /** The earliest fiscal year accepted. */
  public static final int FIRST_YEAR = 1900;

  /** The latest fiscal year accepted. */
  public static final int LAST_YEAR = 2100;

  /**
   * {@return the share of the institution's annual budget, in percent (e.g. {@code 0.5} for half a
   * %)}
   */
  public abstract Optional<BigDecimal> sharePercent();

  /** {@return the amount set aside per year, when stated} */
  public abstract Optional<Money> annualAmount();

  /** {@return the fiscal year the figures are for, when stated} */
  public abstract Optional<Year> fiscalYear();

  /**
   * Rejects an empty budget and a fiscal year out of range; checked on {@code build()}, not meant
   * to be called directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if neither a share nor an annual amount is
   *     given, or the fiscal year is before {@value #FIRST_YEAR} or after {@value #LAST_YEAR}
   */
  @Value.Check
  protected void check() {
    Checks.require(
        sharePercent().isPresent() || annualAmount().isPresent(),
        "institution.ksBudget.empty",
        "sharePercent",
        "a KS budget states a share of the annual budget, an annual amount, or both");
    fiscalYear()
        .ifPresent(
            year ->
                Checks.require(
                    year.getValue() >= FIRST_YEAR && year.getValue() <= LAST_YEAR,
                    "institution.ksBudget.year",
                    "fiscalYear",
                    () -> "fiscal year must be between 1900 and 2100, got " + year));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof KsBudget)) {
      return false;
    }
    KsBudget that = (KsBudget) other;
    return sameNumber(sharePercent(), that.sharePercent())
        && annualAmount().equals(that.annualAmount())
        && fiscalYear().equals(that.fiscalYear());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        sharePercent().map(BigDecimal::stripTrailingZeros), annualAmount(), fiscalYear());
  }

  @Override
  public String toString() {
    return "KsBudget{sharePercent="
        + sharePercent().map(BigDecimal::toPlainString).orElse("-")
        + ", annualAmount="
        + annualAmount().map(Money::toString).orElse("-")
        + ", fiscalYear="
        + fiscalYear().map(Year::toString).orElse("-")
        + "}";
  }

  private static boolean sameNumber(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }

  /** {@return an empty builder of {@link KsBudget}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a budget that is a share of the annual budget, with no year stated}
   *
   * @param percent the share in percent, e.g. {@code 0.5} for half a %
   */
  public static KsBudget ofShare(BigDecimal percent) {
    return builder().sharePercent(percent).build();
  }

  /**
   * {@return a budget that is an amount per year, with no year stated}
   *
   * @param annualAmount the amount set aside per year
   */
  public static KsBudget ofAmount(Money annualAmount) {
    return builder().annualAmount(annualAmount).build();
  }

  /**
   * Builds a {@link KsBudget}; {@code builder().from(budget)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if neither a share
   * nor an annual amount is set, or the fiscal year is before {@value KsBudget#FIRST_YEAR} or after
   * {@value KsBudget#LAST_YEAR}.
   */
  public static final class Builder extends ImmutableKsBudget.Builder {
    Builder() {}

    /**
     * Sets the fiscal year; {@code build()} checks its range.
     *
     * @param year the fiscal year, e.g. {@code 2024}
     * @return this builder
     * @throws org.ksmodel.common.InvalidValueException if the year is before {@value #FIRST_YEAR}
     *     or after {@value #LAST_YEAR}, as {@code build()} would
     */
    public Builder fiscalYear(int year) {
      // Checked here too: a year beyond java.time's range would otherwise fail as Year.of does.
      Checks.require(
          year >= FIRST_YEAR && year <= LAST_YEAR,
          "institution.ksBudget.year",
          "fiscalYear",
          () -> "fiscal year must be between 1900 and 2100, got " + year);
      return fiscalYear(Year.of(year));
    }
  }
}
