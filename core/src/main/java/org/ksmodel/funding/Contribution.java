package org.ksmodel.funding;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.common.internal.KsStyle;

/**
 * What one institution commits to the funding: from which source, in cash or in kind, and how much.
 * Co-financing by every partner is read as a sign of ownership.
 */
@Value.Immutable
@KsStyle
public abstract class Contribution {
  // Package-private: only the generated implementation extends a value type.
  Contribution() {}

  /** The contributing institution. */
  public abstract InstitutionId contributor();

  /** Where the money comes from. */
  public abstract FundingSource source();

  /** Cash or in kind. */
  public abstract ContributionKind kind();

  /** The amount committed; for an in-kind contribution, its estimated value. */
  public abstract Money committedAmount();

  /** A remark, e.g. how an in-kind value was estimated. */
  public abstract Optional<String> note();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contribution}; {@code builder().from(c)} copies one. */
  public static final class Builder extends ImmutableContribution.Builder {
    Builder() {}
  }
}
