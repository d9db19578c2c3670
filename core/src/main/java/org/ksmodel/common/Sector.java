package org.ksmodel.common;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * A sector of a sector vocabulary, with the share it takes (IATI's {@code sector}): a sector a
 * partnership works in, with its share of the partnership, or a sector of one transaction.
 *
 * <p>The vocabulary is the IATI SectorVocabulary code: {@value #DAC} (the default) for the OECD DAC
 * 5-digit purpose codes, {@value #DAC_CATEGORY} for the DAC 3-digit categories, any other (such as
 * {@code 7} for SDG goals or {@code 99} for a publisher's own) as published. A code of the two DAC
 * vocabularies must have their form ({@code 15110}, {@code 151}); whether it exists, and that
 * percentages add up to 100 per vocabulary, are the validator's rules.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Sector {
  /** The IATI sector vocabulary of the OECD DAC 5-digit purpose codes. */
  public static final String DAC = "1";

  /** The IATI sector vocabulary of the OECD DAC 3-digit sector categories. */
  public static final String DAC_CATEGORY = "2";

  // Package-private: only the generated implementation extends a value type.
  Sector() {}

  /** {@return the code as published, e.g. {@code 15110}} */
  public abstract String code();

  /** {@return the IATI SectorVocabulary code; {@value #DAC} unless set} */
  @Value.Default
  public String vocabulary() {
    return DAC;
  }

  /** {@return the share of the partnership in this sector, in percent} */
  public abstract Optional<BigDecimal> percentage();

  /**
   * {@return the DAC sector code when the vocabulary is {@value #DAC} or {@value #DAC_CATEGORY};
   * empty for other vocabularies}
   */
  public Optional<SectorCode> dacCode() {
    return isDac() ? Optional.of(SectorCode.of(code())) : Optional.empty();
  }

  private boolean isDac() {
    return vocabulary().equals(DAC) || vocabulary().equals(DAC_CATEGORY);
  }

  /**
   * Rejects a code of a DAC vocabulary that does not have its form (five digits for {@value #DAC},
   * three for {@value #DAC_CATEGORY}); checked on {@code build()}, not meant to be called directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if the code does not fit its DAC vocabulary,
   *     or the code or vocabulary is blank or padded
   */
  @Value.Check
  protected void check() {
    Checks.require(
        !code().isBlank() && code().strip().equals(code()),
        "sector.code.form",
        "code",
        () -> "sector code '" + code() + "' is blank or padded");
    Checks.require(
        !vocabulary().isBlank() && vocabulary().strip().equals(vocabulary()),
        "sector.code.form",
        "vocabulary",
        () -> "sector vocabulary '" + vocabulary() + "' is blank or padded");
    int digits = vocabulary().equals(DAC) ? 5 : vocabulary().equals(DAC_CATEGORY) ? 3 : 0;
    Checks.require(
        digits == 0 || (code().length() == digits && SectorCode.isWellFormed(code())),
        "sector.code.form",
        "code",
        () ->
            "sector code "
                + code()
                + " of vocabulary "
                + vocabulary()
                + " is not "
                + digits
                + " digits");
  }

  /**
   * {@return the sector of a DAC code, without a percentage: vocabulary {@value #DAC} for a 5-digit
   * code, {@value #DAC_CATEGORY} for a 3-digit category}
   *
   * @param code the DAC code
   */
  public static Sector of(SectorCode code) {
    return builder().code(code.value()).vocabulary(code.isCategory() ? DAC_CATEGORY : DAC).build();
  }

  /** {@return an empty builder of {@link Sector}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Sector}; {@code builder().from(sector)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the code is not
   * set or does not fit its DAC vocabulary.
   */
  public static final class Builder extends ImmutableSector.Builder {
    Builder() {}
  }
}
