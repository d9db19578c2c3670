package org.ksmodel.funding;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Money;
import org.ksmodel.common.internal.KsStyle;

/**
 * What one institution commits to the funding: from which source, in cash or in kind, and how much.
 * Co-financing by every partner is read as a sign of ownership.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Contribution {
  // Package-private: only the generated implementation extends a value type.
  Contribution() {}

  /** {@return the contributing institution} */
  public abstract InstitutionId contributor();

  /** {@return where the money comes from} */
  public abstract FundingSource source();

  /** {@return whether the contribution is in cash or in kind} */
  public abstract ContributionKind kind();

  /** {@return the amount committed; for an in-kind contribution, its estimated value} */
  public abstract Money committedAmount();

  /** {@return a remark, e.g. how an in-kind value was estimated} */
  public abstract Optional<String> note();

  /** {@return an empty builder of {@link Contribution}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Contribution}; {@code builder().from(contribution)} copies one. Not
   * thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the contributor,
   * source, kind or committed amount is not set.
   */
  public static final class Builder extends ImmutableContribution.Builder {
    Builder() {}
  }
}
