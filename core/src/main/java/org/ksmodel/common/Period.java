package org.ksmodel.common;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of whole days of which the start, the end or both are known, as IATI publishes an
 * activity's planned and actual dates: an end may be given without a start. Both ends are
 * inclusive. When both are given the end is not before the start.
 *
 * <p>Unlike a {@link DateRange}, which always has a start, a period says nothing about the days
 * before its end when its start is unknown; {@link #range()} gives the range when the start is
 * known.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Period {
  private final LocalDate start;
  private final LocalDate end;

  private Period(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * The period with the ends given; at least one must be.
   *
   * @param start the first day, or empty when unknown
   * @param endInclusive the last day, or empty when unknown or open
   * @return the period
   * @throws InvalidValueException if neither end is given, or the end is before the start
   */
  public static Period of(Optional<LocalDate> start, Optional<LocalDate> endInclusive) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endInclusive, "endInclusive");
    if (start.isEmpty() && endInclusive.isEmpty()) {
      throw new InvalidValueException(
          Violation.construction(
              "period.empty", DataPath.root(), "a period needs a start, an end or both"));
    }
    if (start.isPresent() && endInclusive.isPresent() && endInclusive.get().isBefore(start.get())) {
      throw new InvalidValueException(
          Violation.construction(
              "daterange.order",
              DataPath.of("end"),
              "end " + endInclusive.get() + " is before start " + start.get()));
    }
    return new Period(start.orElse(null), endInclusive.orElse(null));
  }

  /**
   * The period of a range: its start and, unless it is open-ended, its end.
   *
   * @param range the range
   * @return the period
   */
  public static Period of(DateRange range) {
    return new Period(range.start(), range.end().orElse(null));
  }

  /**
   * The days from {@code start} to {@code end}, both included.
   *
   * @param start the first day
   * @param endInclusive the last day
   * @return the period
   * @throws InvalidValueException if the end is before the start
   */
  public static Period ofClosed(LocalDate start, LocalDate endInclusive) {
    return of(DateRange.ofClosed(start, endInclusive));
  }

  /**
   * The period from a day, with no end known.
   *
   * @param start the first day
   * @return the period
   */
  public static Period startingOn(LocalDate start) {
    return new Period(Objects.requireNonNull(start, "start"), null);
  }

  /**
   * The period ending on a day, with no start known.
   *
   * @param endInclusive the last day
   * @return the period
   */
  public static Period endingOn(LocalDate endInclusive) {
    return new Period(null, Objects.requireNonNull(endInclusive, "endInclusive"));
  }

  /** {@return the first day, or empty when it is not known} */
  public Optional<LocalDate> start() {
    return Optional.ofNullable(start);
  }

  /** {@return the last day, or empty when it is not known (or the period is open)} */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * {@return the range from the start to the end (open-ended without an end); empty when the start
   * is not known}
   */
  public Optional<DateRange> range() {
    return start == null ? Optional.empty() : Optional.of(DateRange.ofClosed(start, end()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Period
        && Objects.equals(start, ((Period) other).start)
        && Objects.equals(end, ((Period) other).end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /**
   * {@return the ISO 8601 form, {@code ..} for an unknown end: e.g. {@code 2020-01-01/2021-12-31},
   * {@code 2020-01-01/..} or {@code ../2021-12-31}}
   */
  @Override
  public String toString() {
    return (start == null ? ".." : start.toString()) + "/" + (end == null ? ".." : end.toString());
  }
}
