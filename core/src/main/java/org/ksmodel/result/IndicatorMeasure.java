package org.ksmodel.result;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * How an indicator is measured. Maps one to one to the IATI IndicatorMeasure codelist ({@link
 * #iatiCode()}): UNIT {@code 1}, PERCENTAGE {@code 2}, NOMINAL {@code 3}, ORDINAL {@code 4},
 * QUALITATIVE {@code 5}.
 */
public enum IndicatorMeasure {
  /** A count or quantity in units, e.g. officials trained. */
  UNIT("1"),
  /** A percentage, 0 to 100. */
  PERCENTAGE("2"),
  /** A number that names a category; numbers carry no order. */
  NOMINAL("3"),
  /** A number on an ordered scale, e.g. a maturity level from 1 to 4. */
  ORDINAL("4"),
  /** A description in words rather than a number. */
  QUALITATIVE("5");

  private final String iatiCode;

  IndicatorMeasure(String iatiCode) {
    this.iatiCode = iatiCode;
  }

  /** {@return the IATI IndicatorMeasure code, e.g. {@code 2} for a percentage} */
  public String iatiCode() {
    return iatiCode;
  }

  /**
   * {@return the measure for an IATI IndicatorMeasure code {@code 1} to {@code 5}; empty for
   * others}
   *
   * @param code the code, e.g. {@code 2}
   */
  public static Optional<IndicatorMeasure> fromIatiCode(String code) {
    Objects.requireNonNull(code, "code");
    return Arrays.stream(values()).filter(m -> m.iatiCode.equals(code)).findFirst();
  }

  /** {@return whether values of this measure are numbers (every measure but QUALITATIVE)} */
  public boolean isNumeric() {
    return this != QUALITATIVE;
  }

  /**
   * {@return whether values can be compared and progress towards a target measured: UNIT,
   * PERCENTAGE and ORDINAL (not NOMINAL, whose numbers are names, nor QUALITATIVE)}
   */
  public boolean isOrdered() {
    return this == UNIT || this == PERCENTAGE || this == ORDINAL;
  }
}
