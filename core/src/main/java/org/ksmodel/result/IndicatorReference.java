package org.ksmodel.result;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * A code for an indicator in a published vocabulary of indicators, as IATI's indicator {@code
 * reference} records it: the vocabulary (a code of IATI's {@code IndicatorVocabulary}, e.g. {@link
 * #SDG_INDICATORS} or {@link #REPORTING_ORGANISATION}), the code within it, and where the indicator
 * is defined. Vocabulary and code are kept as published: a code of the SDG vocabulary need not be
 * of the form {@code 17.9.1}.
 *
 * <p>How it relates to {@link Indicator#sdgIndicator()}: that member (format 1.0) is the one SDG
 * indicator a KS record tracks, in the checked form goal.target.number; references are what a
 * publisher gave, in any vocabulary. An importer keeps every published reference here and leaves
 * {@code sdgIndicator} alone; {@link Indicator#sdgIndicators()} gathers both.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class IndicatorReference {
  // Package-private: only the generated implementation extends a value type.
  IndicatorReference() {}

  /** IATI IndicatorVocabulary {@code 1}: the WHO Registry. */
  public static final String WHO_REGISTRY = "1";

  /** IATI IndicatorVocabulary {@code 9}: the UN Sustainable Development Goals indicators. */
  public static final String SDG_INDICATORS = "9";

  /** IATI IndicatorVocabulary {@code 99}: the reporting organisation's own indicators. */
  public static final String REPORTING_ORGANISATION = "99";

  /** {@return the vocabulary, an IATI IndicatorVocabulary code as published, e.g. {@code 9}} */
  public abstract String vocabulary();

  /** {@return the indicator's code within the vocabulary, as published, e.g. {@code 17.9.1}} */
  public abstract String code();

  /** {@return where the indicator is defined (IATI's {@code indicator-uri}), as published} */
  public abstract Optional<String> indicatorUri();

  /**
   * {@return a reference without an address}
   *
   * @param vocabulary the vocabulary, e.g. {@code 9}
   * @param code the code, e.g. {@code 17.9.1}
   */
  public static IndicatorReference of(String vocabulary, String code) {
    return builder().vocabulary(vocabulary).code(code).build();
  }

  /**
   * Rejects a blank vocabulary or code; checked on {@code build()}, not meant to be called
   * directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if the vocabulary or the code is blank
   */
  @Value.Check
  protected void check() {
    Checks.require(
        !vocabulary().isBlank(), "value.blank", "vocabulary", "a reference needs a vocabulary");
    Checks.require(!code().isBlank(), "value.blank", "code", "a reference needs a code");
  }

  /** {@return an empty builder of {@link IndicatorReference}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link IndicatorReference}; {@code builder().from(reference)} copies one. Not
   * thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the vocabulary or
   * the code is not set or blank.
   */
  public static final class Builder extends ImmutableIndicatorReference.Builder {
    Builder() {}
  }
}
