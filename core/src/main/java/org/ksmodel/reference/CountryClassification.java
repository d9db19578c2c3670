package org.ksmodel.reference;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ksmodel.common.CountryCode;

/**
 * Decides which countries count as developing, "the South", for the rules on South-South and
 * North-South cooperation. There is no single answer: the default follows the OECD DAC List of ODA
 * Recipients; the UN's former M49 designation is offered as an alternative; integrators with their
 * own policy (a national list, a regional grouping) substitute theirs, as a lambda or with {@link
 * #of(String, Set)}.
 *
 * <p>The classifications given here are immutable and safe to share across threads; one of an
 * integrator must be too, and keep no state between calls, as a shared validator asks it from
 * several threads at once.
 */
@FunctionalInterface
public interface CountryClassification {
  /**
   * Tells whether a country counts as developing, the South.
   *
   * @param country the country
   * @return whether the country counts as developing; {@code false} for a country the basis does
   *     not know
   */
  boolean isDeveloping(CountryCode country);

  /**
   * Gives a country's category on the DAC List of ODA Recipients. The default method knows none.
   *
   * @param country the country
   * @return the country's category, when this classification knows it; empty for a country that is
   *     not a recipient and for classifications not based on the DAC list
   */
  default Optional<OdaRecipientCategory> odaCategory(CountryCode country) {
    Objects.requireNonNull(country, "country");
    return Optional.empty();
  }

  /**
   * {@return what the classification is based on, in a few words, for reports and messages} The
   * default method answers {@code custom country classification}.
   */
  default String description() {
    return "custom country classification";
  }

  /**
   * The default: developing means on the OECD DAC List of ODA Recipients for 2024 and 2025 flows
   * (LDC, other low income, lower and upper middle income), with each country's category.
   *
   * @return the classification after the DAC list; one shared instance, loaded on first use
   */
  static CountryClassification dacOdaRecipients() {
    return DacOdaRecipients.INSTANCE;
  }

  /**
   * The UN Statistics Division's M49 "developing" designation, as last published in 2020 (the UN no
   * longer publishes it). It differs from the DAC list: it counts, for instance, Korea, Singapore
   * and the Gulf states as developing, and Ukraine and the Western Balkans as developed.
   *
   * @return the classification after M49; one shared instance, loaded on first use
   */
  static CountryClassification unM49Developing2020() {
    return CountrySetClassification.UnM49.INSTANCE;
  }

  /**
   * A classification in which exactly the given countries are developing, described as {@code
   * custom country classification}.
   *
   * @param developing the developing countries; the set is copied
   * @return the classification
   */
  static CountryClassification of(Set<CountryCode> developing) {
    return of("custom country classification", developing);
  }

  /**
   * A classification in which exactly the given countries are developing, with its basis.
   *
   * @param description what the classification is based on, e.g. {@code national list 2025}
   * @param developing the developing countries; the set is copied
   * @return the classification
   */
  static CountryClassification of(String description, Set<CountryCode> developing) {
    return new CountrySetClassification(description, developing);
  }
}
