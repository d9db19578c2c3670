package org.ksmodel.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written form checks of the code values accept exactly what the documented patterns
 * (WIRE-FORMAT.md, the JSON Schema) accept: every string of up to five characters over an alphabet
 * of the characters that matter, and some just around them.
 */
class CodeFormsMatchPatternsTest {
  private static final String ALPHABET = "019.aAzZ7b";

  static Stream<Arguments> codes() {
    return Stream.of(
        Arguments.of("[A-Z]{2}", (Predicate<String>) CountryCode::isWellFormed),
        Arguments.of("[A-Z]{3}", (Predicate<String>) CurrencyCode::isWellFormed),
        Arguments.of("[a-z]{2}", (Predicate<String>) LanguageCode::isWellFormed),
        Arguments.of("[0-9]{3}|[0-9]{5}", (Predicate<String>) SectorCode::isWellFormed),
        Arguments.of(
            "(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])", (Predicate<String>) SdgTarget::isWellFormed));
  }

  @ParameterizedTest
  @MethodSource("codes")
  void acceptsExactlyThePattern(String pattern, Predicate<String> isWellFormed) {
    Pattern form = Pattern.compile(pattern);
    List<String> candidates = strings(5);
    candidates.addAll(List.of("@A", "[Z", "`a", "{z", "/00", ":99", "18.1", "17.a", "9.99", " CO"));
    int accepted = 0;
    for (String candidate : candidates) {
      boolean expected = form.matcher(candidate).matches();
      assertThat(isWellFormed.test(candidate)).as("'%s'", candidate).isEqualTo(expected);
      accepted += expected ? 1 : 0;
    }
    assertThat(accepted).isPositive();
  }

  private static List<String> strings(int maxLength) {
    List<String> all = new ArrayList<>(List.of(""));
    List<String> previous = List.of("");
    for (int length = 1; length <= maxLength; length++) {
      List<String> next = new ArrayList<>();
      for (String prefix : previous) {
        for (char c : ALPHABET.toCharArray()) {
          next.add(prefix + c);
        }
      }
      all.addAll(next);
      previous = next;
    }
    return all;
  }
}
