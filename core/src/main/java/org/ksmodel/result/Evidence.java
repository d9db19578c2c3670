package org.ksmodel.result;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.KsStyle;

/**
 * A piece of evidence of results: a case study, a survey, a testimonial, ... Because both a shared
 * solution and the change it brings are intangible, such evidence is how knowledge hubs document
 * what an exchange achieved.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Evidence {
  // Package-private: only the generated implementation extends a value type.
  Evidence() {}

  /** {@return the kind of evidence} */
  public abstract EvidenceType type();

  /** {@return where to find it, e.g. a document or a recording} */
  public abstract Optional<URI> link();

  /** {@return the day it was produced or gathered} */
  public abstract LocalDate date();

  /** {@return what it shows} */
  public abstract Optional<LocalizedText> description();

  /** {@return an empty builder of {@link Evidence}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Evidence}; {@code builder().from(evidence)} copies one. Not thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the type or the
   * date is not set.
   */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
