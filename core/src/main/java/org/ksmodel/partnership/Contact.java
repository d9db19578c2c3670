package org.ksmodel.partnership;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.ksmodel.common.Code;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.internal.KsStyle;

/**
 * Whom to contact about a partnership (IATI's {@code contact-info}). Addresses, telephone numbers
 * and web sites are kept as published.
 *
 * <p>The person's name, job title, telephone numbers, e-mail addresses and mailing addresses may be
 * personal data: the JSON writer leaves them out when asked to ({@code
 * KsJson.builder().omitPersonalData(true)}); the type, organisation, department and web sites stay.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
public abstract class Contact {
  /** The vocabulary of {@link #type()}: IATI's {@code ContactType} codelist. */
  public static final String TYPE_VOCABULARY = "ContactType";

  // Package-private: only the generated implementation extends a value type.
  Contact() {}

  /**
   * {@return the kind of contact, a code of the {@value #TYPE_VOCABULARY} vocabulary ({@code 1}
   * general enquiries, {@code 2} project management, {@code 3} financial management, {@code 4}
   * communications)}
   */
  public abstract Optional<Code> type();

  /** {@return the organisation to contact} */
  public abstract Optional<LocalizedText> organisation();

  /** {@return the department of the organisation} */
  public abstract Optional<LocalizedText> department();

  /** {@return the person to contact (personal data)} */
  public abstract Optional<LocalizedText> personName();

  /** {@return the person's job title (personal data)} */
  public abstract Optional<LocalizedText> jobTitle();

  /** {@return the telephone numbers, as published (personal data)} */
  public abstract List<String> telephones();

  /** {@return the e-mail addresses, as published (personal data)} */
  public abstract List<String> emails();

  /** {@return the web sites, as published} */
  public abstract List<String> websites();

  /** {@return the mailing addresses (personal data)} */
  public abstract List<LocalizedText> mailingAddresses();

  /** {@return an empty builder of {@link Contact}} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Contact}; every attribute is optional. Not thread-safe. */
  public static final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }
}
