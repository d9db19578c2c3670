package org.ksmodel.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of whole days from a start date to an optional end date. Both ends are inclusive (a
 * range from 1 January to 31 December covers the year); without an end the range is open and runs
 * on indefinitely.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class DateRange {
  private static final String OPEN = "..";

  private final LocalDate start;
  private final LocalDate end;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * The days from {@code start} to {@code end}, both included; a range of one day when they are
   * equal.
   *
   * @param start the first day
   * @param endInclusive the last day
   * @return the range
   * @throws InvalidValueException if the end is before the start
   */
  public static DateRange ofClosed(LocalDate start, LocalDate endInclusive) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endInclusive, "endInclusive");
    if (endInclusive.isBefore(start)) {
      throw new InvalidValueException(
          Violation.construction(
              "daterange.order",
              DataPath.of("end"),
              "end " + endInclusive + " is before start " + start));
    }
    return new DateRange(start, endInclusive);
  }

  /**
   * The days from {@code start} up to, not including, {@code endExclusive}: {@code
   * ofHalfOpen(2024-01-01, 2025-01-01)} is the year 2024, and equals {@code ofClosed(2024-01-01,
   * 2024-12-31)}. A range always holds at least one day, so the end must be after the start.
   *
   * @param start the first day
   * @param endExclusive the day after the last day
   * @return the range
   * @throws InvalidValueException if the end is not after the start
   */
  public static DateRange ofHalfOpen(LocalDate start, LocalDate endExclusive) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (!endExclusive.isAfter(start)) {
      throw new InvalidValueException(
          Violation.construction(
              "daterange.order",
              DataPath.of("end"),
              "exclusive end " + endExclusive + " is not after start " + start));
    }
    return new DateRange(start, endExclusive.minusDays(1));
  }

  /**
   * The open-ended range starting on a day.
   *
   * @param start the first day
   * @return the range from {@code start}, with no end
   */
  public static DateRange startingOn(LocalDate start) {
    return new DateRange(Objects.requireNonNull(start, "start"), null);
  }

  /**
   * The range from a day to a last day that may be unknown, as {@link #ofClosed(LocalDate,
   * LocalDate)} or {@link #startingOn}.
   *
   * @param start the first day
   * @param endInclusive the last day, or empty for an open-ended range
   * @return the range
   * @throws InvalidValueException if the end is before the start
   */
  public static DateRange ofClosed(LocalDate start, Optional<LocalDate> endInclusive) {
    Objects.requireNonNull(endInclusive, "endInclusive");
    return endInclusive.isPresent() ? ofClosed(start, endInclusive.get()) : startingOn(start);
  }

  /**
   * Reads {@code 2020-01-01/2021-12-31}, or {@code 2020-01-01/..} for an open end (ISO 8601): the
   * form {@link #toString()} writes.
   *
   * @param text the range as written
   * @return the range
   * @throws InvalidValueException if the text is not of that form or the end is before the start
   */
  public static DateRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String value = text.toString();
    int slash = value.indexOf('/');
    try {
      if (slash < 0) {
        throw new DateTimeParseException("no '/' between start and end", value, 0);
      }
      LocalDate start = LocalDate.parse(value.substring(0, slash));
      String end = value.substring(slash + 1);
      return end.equals(OPEN) ? startingOn(start) : ofClosed(start, LocalDate.parse(end));
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          Violation.construction(
              "daterange.form",
              DataPath.root(),
              "expected start/end such as 2020-01-01/2021-12-31 or 2020-01-01/.., got '"
                  + value
                  + "'"));
    }
  }

  /** {@return the first day} */
  public LocalDate start() {
    return start;
  }

  /** {@return the last day, or empty for an open-ended range} */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /** {@return whether the range has no end} */
  public boolean isOpenEnded() {
    return end == null;
  }

  /**
   * Tells whether a day falls within the range.
   *
   * @param date the day
   * @return whether {@code date} is on or after the start and, unless the range is open-ended, on
   *     or before the end
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && (end == null || !date.isAfter(end));
  }

  /**
   * Tells whether this range covers all of another; an open-ended range is only enclosed by an
   * open-ended one.
   *
   * @param other the other range
   * @return whether every day of {@code other} falls within this range
   */
  public boolean encloses(DateRange other) {
    if (other.start.isBefore(start)) {
      return false;
    }
    if (end == null) {
      return true;
    }
    return other.end != null && !other.end.isAfter(end);
  }

  /**
   * Tells whether two ranges have a day in common.
   *
   * @param other the other range
   * @return whether the two ranges share at least one day
   */
  public boolean overlaps(DateRange other) {
    boolean startsBeforeOtherEnds = other.end == null || !start.isAfter(other.end);
    boolean otherStartsBeforeThisEnds = end == null || !other.start.isAfter(end);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DateRange
        && start.equals(((DateRange) other).start)
        && Objects.equals(end, ((DateRange) other).end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /**
   * {@return the ISO 8601 form that {@link #parse} reads, e.g. {@code 2020-01-01/2021-12-31} or
   * {@code 2020-01-01/..}}
   */
  @Override
  public String toString() {
    return start + "/" + (end == null ? OPEN : end.toString());
  }
}
