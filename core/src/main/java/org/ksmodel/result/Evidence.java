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
 */
@Value.Immutable
@KsStyle
public abstract class Evidence {
  // Package-private: only the generated implementation extends a value type.
  Evidence() {}

  /** The kind of evidence. */
  public abstract EvidenceType type();

  /** Where to find it, e.g. a document or a recording. */
  public abstract Optional<URI> link();

  /** The day it was produced or gathered. */
  public abstract LocalDate date();

  /** What it shows. */
  public abstract Optional<LocalizedText> description();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Evidence}; {@code builder().from(e)} copies one. */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
