package org.ksmodel.partnership;

import org.immutables.value.Value;
import org.ksmodel.common.Code;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.internal.KsStyle;

/**
 * A link to another partnership as IATI's {@code related-activity} publishes it: the other
 * activity's identifier and how it relates ({@code 1} parent, {@code 2} child, {@code 3} sibling,
 * {@code 4} co-funded, {@code 5} third party). The other partnership may be outside the dataset, so
 * the id need not resolve.
 *
 * <p>{@link Partnership#parent()} is the knowledge-sharing programme a project belongs to, which
 * the validator checks (it resolves, it is a PROGRAMME, no cycle). A related partnership of type
 * {@code 1} says the same as published; an importer sets both when the parent is in the dataset.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class RelatedPartnership {
  /** The vocabulary of {@link #type()}: IATI's {@code RelatedActivityType} codelist. */
  public static final String TYPE_VOCABULARY = "RelatedActivityType";

  // Package-private: only the generated implementation extends a value type.
  RelatedPartnership() {}

  /** {@return the related partnership's id (its IATI activity identifier); it need not resolve} */
  public abstract PartnershipId partnership();

  /** {@return how it relates, a code of the {@value #TYPE_VOCABULARY} vocabulary} */
  public abstract Code type();

  /**
   * {@return a link to {@code partnership} of the type of {@code code}}
   *
   * @param partnership the related partnership's id
   * @param code the code of its {@value #TYPE_VOCABULARY}, e.g. {@code "3"} for a sibling
   */
  public static RelatedPartnership of(PartnershipId partnership, String code) {
    return builder().partnership(partnership).type(Code.of(TYPE_VOCABULARY, code)).build();
  }

  /** {@return an empty builder of {@link RelatedPartnership}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RelatedPartnership}. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the partnership
   * or the type is not set.
   */
  public static final class Builder extends ImmutableRelatedPartnership.Builder {
    Builder() {}
  }
}
