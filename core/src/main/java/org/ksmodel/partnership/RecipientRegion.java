package org.ksmodel.partnership;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.Code;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.KsStyle;
import org.ksmodel.reference.ReferenceData;

/**
 * A region a partnership benefits, with the share of the partnership it gets (IATI's
 * recipient-region).
 *
 * <p>The region is a {@link Code} whose vocabulary names the region vocabulary: {@value #OECD_DAC}
 * for IATI's region vocabulary 1 (the OECD DAC regions of IATI's Region codelist, bundled as {@link
 * ReferenceData#regions()}), {@value #UN_M49} for vocabulary 2 (UN M49 regions), and for any other
 * vocabulary its IATI vocabulary code (such as {@code 99}, the publisher's own) as published. The
 * vocabulary URI of a publisher's own vocabulary is not part of the code.
 *
 * <p>The percentage is kept as published; its range and the total with the recipient countries are
 * the validator's rules.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class RecipientRegion {
  /** The vocabulary of the OECD DAC regions, IATI region vocabulary 1. */
  public static final String OECD_DAC = ReferenceData.REGION_VOCABULARY;

  /** The vocabulary of the UN M49 regions, IATI region vocabulary 2. */
  public static final String UN_M49 = "UN-M49";

  // Package-private: only the generated implementation extends a value type.
  RecipientRegion() {}

  /** {@return the region, e.g. {@code Region:289} (South of Sahara, regional)} */
  public abstract Code region();

  /** {@return the share of the partnership going to the region, in percent} */
  public abstract Optional<BigDecimal> percentage();

  /** {@return the publisher's own words about the region, if any} */
  public abstract Optional<LocalizedText> narrative();

  /**
   * {@return the vocabulary name of this model for an IATI region vocabulary code: {@value
   * #OECD_DAC} for {@code 1}, {@value #UN_M49} for {@code 2}, any other as given}
   *
   * @param iatiVocabulary the IATI RegionVocabulary code as published
   */
  public static String vocabularyOf(String iatiVocabulary) {
    switch (iatiVocabulary) {
      case "1":
        return OECD_DAC;
      case "2":
        return UN_M49;
      default:
        return iatiVocabulary;
    }
  }

  /**
   * {@return a recipient region without a percentage}
   *
   * @param region the region
   */
  public static RecipientRegion of(Code region) {
    return builder().region(region).build();
  }

  /** {@return an empty builder of {@link RecipientRegion}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RecipientRegion}; {@code builder().from(region)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the region is not
   * set.
   */
  public static final class Builder extends ImmutableRecipientRegion.Builder {
    Builder() {}
  }
}
