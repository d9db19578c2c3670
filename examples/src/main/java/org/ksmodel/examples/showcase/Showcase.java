package org.ksmodel.examples.showcase;

import java.time.LocalDate;
import java.util.Map;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Money;
import org.ksmodel.dataset.Dataset;

/**
 * The showcase dataset: the knowledge hubs and exchanges that the field's source documents describe
 * (APC Colombia's catalogue of solutions, Mexico's Oportunidades, Korea's Knowledge Sharing
 * Program, Indonesia's disaster-management hub and its coordination team, the IsDB's Reverse
 * Linkage, Brazil's ABC, EMBRAPA and FIOCRUZ, Singapore Cooperation Enterprise, CABRI, the World
 * Bank's South-South facility, and others), written out as a worked example of the model.
 *
 * <p>Read it by theme: {@code HubsAndInstitutions} (who), {@code SolutionCatalogue} (what is
 * shared), {@code Partnerships} (through which exchanges, one per modality), {@code Fundings} (with
 * whose money), {@code ResultsFrameworks} (to what effect) and {@code KnowledgeRequests} (what
 * partner countries asked for, and what answered it).
 *
 * <p>The institutions, programmes and exchanges are real and described as their own publications
 * describe them; figures (amounts, participant counts, indicator values, maturity levels, dates of
 * single events) are illustrative, kept modest, and marked so in comments. Ids are readable codes
 * such as {@code CO-APC} rather than IATI organisation identifiers, since the showcase asserts no
 * registration numbers.
 */
public final class Showcase {
  private Showcase() {}

  /** The showcase dataset; it validates with no ERROR or FATAL under the default rules. */
  public static Dataset dataset() {
    return Dataset.builder()
        .institutions(HubsAndInstitutions.all())
        .solutions(SolutionCatalogue.all())
        .partnerships(Partnerships.all())
        .fundings(Fundings.all())
        .resultsFrameworks(ResultsFrameworks.all())
        // The demand side (format 1.1), with the requesters no other theme holds.
        .addAllInstitutions(KnowledgeRequests.requesters())
        .knowledgeRequests(KnowledgeRequests.all())
        .build();
  }

  // Small helpers that keep the theme files readable.

  static LocalizedText en(String text) {
    return LocalizedText.of(text);
  }

  /** Text in the original language (the default) with an English translation. */
  static LocalizedText text(String language, String original, String english) {
    return LocalizedText.of(
        LanguageCode.of(language),
        Map.of(LanguageCode.of(language), original, LanguageCode.of("en"), english));
  }

  static CountryCode country(String code) {
    return CountryCode.of(code);
  }

  static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  static DateRange period(LocalDate start, LocalDate end) {
    return DateRange.ofClosed(start, end);
  }

  static Money usd(String amount) {
    return Money.of(amount, "USD");
  }
}
