package org.ksmodel.result;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * A code for a result in a published vocabulary, as IATI's result {@code reference} records it: the
 * vocabulary (a code of IATI's {@code ResultVocabulary}, e.g. {@code 99} for the reporting
 * organisation's own), the code within it, and where the vocabulary is defined. Kept as published.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class ResultReference {
  // Package-private: only the generated implementation extends a value type.
  ResultReference() {}

  /** {@return the vocabulary, an IATI ResultVocabulary code as published, e.g. {@code 99}} */
  public abstract String vocabulary();

  /** {@return the result's code within the vocabulary, as published} */
  public abstract String code();

  /** {@return where the vocabulary is defined (IATI's {@code vocabulary-uri}), as published} */
  public abstract Optional<String> vocabularyUri();

  /**
   * {@return a reference without an address}
   *
   * @param vocabulary the vocabulary, e.g. {@code 99}
   * @param code the code
   */
  public static ResultReference of(String vocabulary, String code) {
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

  /** {@return an empty builder of {@link ResultReference}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ResultReference}; {@code builder().from(reference)} copies one. Not
   * thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the vocabulary or
   * the code is not set or blank.
   */
  public static final class Builder extends ImmutableResultReference.Builder {
    Builder() {}
  }
}
