package org.ksmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;
import org.ksmodel.testkit.RealData;
import org.ksmodel.validation.ValidationReport;
import org.ksmodel.validation.Validator;

/**
 * The default rules measured on the repository's real IATI samples: per file, the number of
 * activities and, per rule code, on how many activities it fires (a finding on an institution
 * counts on the institutions line instead). Checks that the importer invents no country and that no
 * default ERROR rule fires on more than a third of a file's activities.
 */
class RealDataRulesTest {
  private static final Pattern COUNTRY_IN_SOURCE =
      Pattern.compile(
          "(?:<recipient-country[^>]*\\bcode=\"|\\bref=\"|<organisation-identifier>\\s*)"
              + "([A-Z]{2})\\b");

  static Stream<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(RealData.dir().resolve("iati"))) {
      List<Path> xml = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
      assertThat(xml).isNotEmpty();
      return xml.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void defaultRulesFitRealData(Path file) throws IOException {
    String source = Files.readString(file, StandardCharsets.UTF_8);
    IatiImport imported = IatiImporter.importFile(file);
    Dataset dataset = imported.dataset();
    ValidationReport report = Validator.standard().validate(dataset);

    Map<String, Set<String>> activitiesByRule = new TreeMap<>();
    Map<String, Severity> severities = new TreeMap<>();
    for (Violation v : report.violations()) {
      severities.merge(v.code(), v.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      activitiesByRule
          .computeIfAbsent(v.code(), c -> new HashSet<>())
          .add(subjectOf(dataset, v.path()));
    }
    int activities = dataset.partnerships().size();
    int third = activities / 3;
    System.out.println(
        file.getFileName()
            + ": "
            + activities
            + " activities, "
            + dataset.institutions().size()
            + " institutions");
    activitiesByRule.forEach(
        (code, subjects) -> {
          long onActivities = subjects.stream().filter(s -> s.startsWith("p:")).count();
          long onInstitutions = subjects.stream().filter(s -> s.startsWith("i:")).count();
          System.out.println(
              "  "
                  + code
                  + " ("
                  + severities.get(code)
                  + ") activities="
                  + onActivities
                  + (onInstitutions > 0 ? " institutions=" + onInstitutions : ""));
        });

    // No invented country: none is "XX", and each one appears in the file (a recipient country,
    // or the prefix of an organisation identifier).
    Set<String> inSource = new HashSet<>();
    Matcher matcher = COUNTRY_IN_SOURCE.matcher(source);
    while (matcher.find()) {
      inSource.add(matcher.group(1));
    }
    for (Institution institution : dataset.institutions()) {
      Optional<CountryCode> country = institution.country();
      country.ifPresent(
          c -> {
            assertThat(c.value()).as("country of %s", institution.id()).isNotEqualTo("XX");
            assertThat(inSource).as("country of %s", institution.id()).contains(c.value());
          });
    }

    Map<String, Long> exceeding = new TreeMap<>();
    activitiesByRule.forEach(
        (code, subjects) -> {
          long onActivities = subjects.stream().filter(s -> s.startsWith("p:")).count();
          if (severities.get(code).compareTo(Severity.ERROR) <= 0 && onActivities > third) {
            exceeding.put(code, onActivities);
          }
        });
    System.out.println("  ERROR rules on more than a third of the activities: " + exceeding);
    assertThat(exceeding)
        .as("default ERROR rules on more than a third of the activities")
        .isEmpty();
    // A finding on an institution: "institution.country.unknown" must not cry wolf either.
    long unknownCountries =
        activitiesByRule.getOrDefault("institution.country.unknown", Set.of()).size();
    assertThat(unknownCountries).isLessThanOrEqualTo(dataset.institutions().size() / 3);
  }

  /** {@code p:} and the partnership a finding concerns, or {@code i:} and the institution. */
  private static String subjectOf(Dataset dataset, DataPath path) {
    List<DataPath.Segment> segments = path.segments();
    if (segments.size() < 2
        || !(segments.get(0) instanceof DataPath.Member member)
        || !(segments.get(1) instanceof DataPath.Index index)) {
      return "?:" + path;
    }
    int i = index.position();
    return switch (member.name()) {
      case "partnerships" -> "p:" + dataset.partnerships().get(i).id();
      case "fundings" ->
          dataset.fundings().get(i).partnership().map(id -> "p:" + id).orElse("i:" + i);
      case "resultsFrameworks" ->
          dataset.resultsFrameworks().get(i).partnership().map(id -> "p:" + id).orElse("?:" + i);
      case "institutions" -> "i:" + dataset.institutions().get(i).id();
      default -> "?:" + path;
    };
  }
}
