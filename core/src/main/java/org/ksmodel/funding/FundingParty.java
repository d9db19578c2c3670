package org.ksmodel.funding;

import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.Code;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.KsStyle;

/**
 * The provider or receiver of a transaction or a planned disbursement as the source published it
 * (IATI's provider-org and receiver-org): the name it was published under there, its organisation
 * type, and the activity of that organisation the money comes from or goes to. The institution
 * itself, when known, is the transaction's {@code fromInstitution} or {@code toInstitution}; this
 * value keeps what the source said beside it, so nothing is lost when the name or type published
 * differs from the institution's record.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class FundingParty {
  // Package-private: only the generated implementation extends a value type.
  FundingParty() {}

  /** {@return the name as published (IATI narrative), when given} */
  public abstract Optional<LocalizedText> name();

  /**
   * {@return the organisation type as published, e.g. {@code OrganisationType 10} (IATI
   * {@code @type}), when given}
   */
  public abstract Optional<Code> organisationType();

  /**
   * {@return the IATI identifier of the organisation's own activity the money comes from or goes to
   * (IATI {@code @provider-activity-id} or {@code @receiver-activity-id}), as published}
   */
  public abstract Optional<String> activityId();

  /** {@return an empty builder of {@link FundingParty}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FundingParty}; {@code builder().from(party)} copies one. Not thread-safe. Every
   * attribute is optional.
   */
  public static final class Builder extends ImmutableFundingParty.Builder {
    Builder() {}
  }
}
