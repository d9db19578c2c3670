package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ksmodel.validation.Rule;

/**
 * The funding and results sections of core/VALIDATION.md and of the message bundle match the rules:
 * one row and one message per code, the same severity, dataset rules marked.
 */
class FundingAndResultsCatalogueTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `([^`]+)` \\| ([A-Z]+) \\| (.+) \\| (.+) \\|$");

  /** The rows of one section of VALIDATION.md: code to the whole row's cells. */
  static Map<String, Matcher> rows(String section) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("VALIDATION.md"), StandardCharsets.UTF_8);
    Map<String, Matcher> rows = new LinkedHashMap<>();
    boolean inside = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        inside = line.equals("## " + section);
      } else if (inside) {
        Matcher row = ROW.matcher(line);
        if (row.matches()) {
          rows.put(row.group(1), row);
        }
      }
    }
    return rows;
  }

  static List<Rule<?>> rules(String section) {
    return section.equals("Fundings") ? FundingRules.all() : ResultsRules.all();
  }

  @ParameterizedTest
  @CsvSource({"Fundings", "Results frameworks"})
  void everyRuleHasOneRowWithItsSeverityAndDatasetMark(String section) throws IOException {
    Map<String, Matcher> rows = rows(section);
    List<Rule<?>> rules = rules(section);
    assertThat(rows.keySet()).containsExactlyElementsOf(rules.stream().map(Rule::code).toList());
    for (Rule<?> rule : rules) {
      Matcher row = rows.get(rule.code());
      assertThat(row.group(2)).as(rule.code()).isEqualTo(rule.severity().name());
      assertThat(row.group(3).endsWith("*(dataset)*"))
          .as("dataset mark of %s", rule.code())
          .isEqualTo(rule.needsDataset());
    }
  }

  @ParameterizedTest
  @CsvSource({"Fundings", "Results frameworks"})
  void everyRuleHasAMessageThatFormats(String section) {
    ResourceBundle bundle =
        ResourceBundle.getBundle("org.ksmodel.validation.messages", Locale.ROOT);
    for (Rule<?> rule : rules(section)) {
      assertThat(bundle.containsKey(rule.code())).as("message of %s", rule.code()).isTrue();
      String message =
          new MessageFormat(bundle.getString(rule.code()), Locale.ROOT)
              .format(new Object[] {"a", "b", "c"});
      assertThat(message).as(rule.code()).doesNotContain("{").doesNotContain("''");
    }
  }
}
