package org.ksmodel.result;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.DocumentLink;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * Where an indicator stood before the partnership: a value, when it was measured (a year, or an
 * exact day, or both), a remark.
 *
 * <p>IATI's {@code baseline} gives a {@code year} (required) and an optional {@code iso-date}; a
 * baseline read from IATI keeps the year as published and the date only when there is one (no day
 * is made up from a year). One of {@link #year()} and {@link #date()} is required; when both are
 * given the date falls in the year. The value is optional, as in IATI (a baseline may be only a
 * year and a comment).
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Baseline {
  // Package-private: only the generated implementation extends a value type.
  Baseline() {}

  /** {@return the value measured; none when the publisher gave only when it was measured} */
  public abstract Optional<IndicatorValue> value();

  /** {@return the day it was measured; the validator expects it before the first target period} */
  public abstract Optional<LocalDate> date();

  /** {@return a remark, e.g. the source of the measurement} */
  public abstract Optional<String> comment();

  // Added in format 1.1.

  /** {@return the year it was measured, as published (IATI's {@code year})} */
  public abstract Optional<Year> year();

  /** {@return the categories the value is for, e.g. {@code sex} {@code female}; none for all} */
  public abstract List<Dimension> dimensions();

  /**
   * {@return the locations the value is for: the {@code ref}s of the partnership's locations, as
   * published}
   */
  public abstract List<String> locationRefs();

  /** {@return the documents published about the baseline} */
  public abstract List<DocumentLink> documentLinks();

  /** {@return the year it was measured: {@link #year()}, else the year of {@link #date()}} */
  public Year yearMeasured() {
    return year().orElseGet(() -> Year.from(date().orElseThrow()));
  }

  /**
   * {@return whether this baseline is of the same year and day, for the same categories and
   * locations, as {@code other}} Two such baselines of one indicator leave it open which one
   * counts.
   *
   * @param other the other baseline
   */
  public boolean sameSlice(Baseline other) {
    return yearMeasured().equals(other.yearMeasured())
        && date().equals(other.date())
        && PeriodValue.sameElements(dimensions(), other.dimensions())
        && PeriodValue.sameElements(locationRefs(), other.locationRefs());
  }

  /**
   * {@return a baseline measured on a day, without a remark}
   *
   * @param value the value measured
   * @param date the day it was measured
   */
  public static Baseline of(IndicatorValue value, LocalDate date) {
    return builder().value(value).date(date).build();
  }

  /**
   * {@return a baseline measured in a year, without a remark}
   *
   * @param value the value measured
   * @param year the year it was measured
   */
  public static Baseline of(IndicatorValue value, Year year) {
    return builder().value(value).year(year).build();
  }

  /**
   * Rejects a baseline without year and date, and a date outside the year; checked on {@code
   * build()}, not meant to be called directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if neither a year nor a date is given, or both
   *     are and the date is in another year
   */
  @Value.Check
  protected void check() {
    Checks.require(
        year().isPresent() || date().isPresent(),
        "baseline.when.missing",
        "year",
        "a baseline needs the year or the day it was measured");
    Checks.require(
        year().isEmpty() || date().isEmpty() || year().get().getValue() == date().get().getYear(),
        "baseline.year.date",
        "date",
        () -> "a baseline of " + year().get() + " cannot be dated " + date().get());
  }

  /** {@return an empty builder of {@link Baseline}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Baseline}; {@code builder().from(baseline)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if neither the year
   * nor the date is set, or both are and the date is in another year.
   */
  public static final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }
}
