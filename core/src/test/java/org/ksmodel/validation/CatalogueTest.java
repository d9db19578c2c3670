package org.ksmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Severity;

/** The rule catalogue (core/VALIDATION.md), the rules and the messages agree. */
class CatalogueTest {
  private static final Pattern ROW =
      Pattern.compile("^\\| `([^`]+)` \\| ([A-Z]+) \\|", Pattern.MULTILINE);
  private static final Pattern CONSTRUCTION_CODE =
      Pattern.compile(
          "(?:Checks\\.require\\([^;]*?|(?:construction|invalid)\\(\\s*)\"([a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)+)\"",
          Pattern.DOTALL);

  private static Map<String, Severity> documented() throws IOException {
    String text = Files.readString(Path.of("VALIDATION.md"), StandardCharsets.UTF_8);
    Map<String, Severity> codes = new LinkedHashMap<>();
    Matcher row = ROW.matcher(text);
    while (row.find()) {
      assertThat(codes.put(row.group(1), Severity.valueOf(row.group(2))))
          .as("%s is documented twice", row.group(1))
          .isNull();
    }
    return codes;
  }

  @Test
  void everyRuleIsDocumentedWithItsSeverity() throws IOException {
    Map<String, Severity> documented = documented();
    for (Rule<?> rule : RuleSet.defaults().rules()) {
      assertThat(documented).as("VALIDATION.md documents %s", rule.code()).containsKey(rule.code());
      assertThat(documented.get(rule.code()))
          .as("severity of %s", rule.code())
          .isEqualTo(rule.severity());
    }
  }

  @Test
  void everyDocumentedCodeHasARuleOrAConstructionCheck() throws IOException {
    Set<String> known = new TreeSet<>(RuleSet.defaults().codes());
    known.add(Validator.RULE_FAILED);
    known.addAll(constructionCodes());
    assertThat(known).containsAll(documented().keySet());
  }

  @Test
  void everyConstructionCodeIsDocumentedAsFatal() throws IOException {
    Map<String, Severity> documented = documented();
    for (String code : constructionCodes()) {
      assertThat(documented)
          .as("VALIDATION.md documents construction code %s", code)
          .containsEntry(code, Severity.FATAL);
    }
  }

  @Test
  void everyRuleHasAMessage() {
    ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE);
    for (String code : RuleSet.defaults().codes()) {
      assertThat(bundle.containsKey(code)).as("message for %s", code).isTrue();
    }
    assertThat(bundle.containsKey(Validator.RULE_FAILED)).isTrue();
  }

  /** The codes of construction checks, read from the sources of core. */
  private static Set<String> constructionCodes() throws IOException {
    Set<String> codes = new TreeSet<>(Set.of("value.required"));
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (file.toString().contains("validation")) {
          continue;
        }
        Matcher code = CONSTRUCTION_CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (code.find()) {
          codes.add(code.group(1));
        }
      }
    }
    return codes;
  }
}
