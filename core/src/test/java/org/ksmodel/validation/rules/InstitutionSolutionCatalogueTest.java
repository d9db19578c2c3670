package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ksmodel.validation.Rule;

/**
 * The institution and solution codes are catalogued: each rule has a row in its section of
 * core/VALIDATION.md with its severity (and "(dataset)" exactly when it needs a dataset) and a
 * message; each row of those sections has a rule.
 */
class InstitutionSolutionCatalogueTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `([^`]+)` \\| (\\w+) \\| (.*) \\| (.*) \\|$");

  private static final ResourceBundle MESSAGES =
      ResourceBundle.getBundle("org.ksmodel.validation.messages", Locale.ROOT);

  /** The rows of one section, by code: severity and the "checks" cell. */
  private static Map<String, String[]> rows(String section) throws IOException {
    Path file = Path.of("VALIDATION.md");
    if (!Files.exists(file)) {
      file = Path.of("core", "VALIDATION.md");
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int start = lines.indexOf("## " + section);
    assertThat(start).as("section %s", section).isNotNegative();
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
      Matcher row = ROW.matcher(lines.get(i));
      if (row.matches()) {
        rows.put(row.group(1), new String[] {row.group(2), row.group(3), row.group(4)});
      }
    }
    return rows;
  }

  @ParameterizedTest
  @ValueSource(strings = {"Institutions", "Solutions"})
  void everyRuleIsDocumentedWithItsSeverityAndMessage(String section) throws IOException {
    List<Rule<?>> rules =
        section.equals("Institutions") ? InstitutionRules.all() : SolutionRules.all();
    Map<String, String[]> rows = rows(section);
    for (Rule<?> rule : rules) {
      assertThat(rows).as("row of %s", rule.code()).containsKey(rule.code());
      String[] row = rows.get(rule.code());
      assertThat(row[0]).as("severity of %s", rule.code()).isEqualTo(rule.severity().name());
      assertThat(row[1].endsWith("(dataset)"))
          .as("'(dataset)' at the end of the row of %s", rule.code())
          .isEqualTo(rule.needsDataset());
      assertThat(row[2]).as("source of %s", rule.code()).isNotBlank();
      assertThat(MESSAGES.containsKey(rule.code())).as("message of %s", rule.code()).isTrue();
      assertThat(rule.code())
          .startsWith(section.equals("Institutions") ? "institution." : "solution.");
    }
    assertThat(rows.keySet())
        .as("documented codes without a rule")
        .containsExactlyInAnyOrderElementsOf(rules.stream().map(Rule::code).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "institution.iatiOrganisationType.vocabulary",
        "institution.parent.self",
        "institution.ksBudget.empty",
        "institution.ksBudget.year",
        "institution.assessment.level",
        "solution.adoption.year",
        "solution.score.scale",
        "solution.score.range",
        "solution.score.passMark"
      })
  void constructionCodesOfTheInstitutionAndSolutionPackagesAreDocumented(String code)
      throws IOException {
    assertThat(rows("Construction codes")).containsKey(code);
    assertThat(rows("Construction codes").get(code)[0]).isEqualTo("FATAL");
  }
}
