package org.ksmodel.partnership;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.Code;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * Another identifier of a partnership (IATI's {@code other-identifier}): a publisher's internal
 * reference, a CRS project number, a previous IATI identifier, with the organisation that owns it.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class OtherIdentifier {
  /** The vocabulary of {@link #type()}: IATI's {@code OtherIdentifierType} codelist. */
  public static final String TYPE_VOCABULARY = "OtherIdentifierType";

  // Package-private: only the generated implementation extends a value type.
  OtherIdentifier() {}

  /** {@return the identifier, as published} */
  public abstract String ref();

  /**
   * {@return what kind of identifier it is, a code of the {@value #TYPE_VOCABULARY} vocabulary
   * (e.g. {@code A1} reporting organisation's internal activity identifier, {@code B1} previous
   * activity identifier)}
   */
  public abstract Code type();

  /** {@return the identifier of the organisation that owns the identifier, as published} */
  public abstract Optional<String> ownerRef();

  /** {@return the name of the organisation that owns the identifier} */
  public abstract Optional<LocalizedText> ownerName();

  /** Rejects a blank identifier; checked on {@code build()}, not meant to be called directly. */
  @Value.Check
  protected void check() {
    Checks.require(!ref().isBlank(), "value.blank", "ref", "an other identifier needs a ref");
  }

  /**
   * {@return an identifier of a type, with no owner}
   *
   * @param ref the identifier, as published
   * @param type the code of its {@value #TYPE_VOCABULARY}, e.g. {@code A1}
   */
  public static OtherIdentifier of(String ref, String type) {
    return builder().ref(ref).type(Code.of(TYPE_VOCABULARY, type)).build();
  }

  /** {@return an empty builder of {@link OtherIdentifier}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link OtherIdentifier}. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the ref or the
   * type is not set, or the ref is blank.
   */
  public static final class Builder extends ImmutableOtherIdentifier.Builder {
    Builder() {}
  }
}
