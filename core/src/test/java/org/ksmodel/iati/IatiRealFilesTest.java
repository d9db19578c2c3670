package org.ksmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.testkit.RealData;
import org.ksmodel.validation.ValidationReport;
import org.ksmodel.validation.Validator;

/**
 * Every real IATI file of the repository (RealData) imports, accounts for every record and
 * validates.
 */
class IatiRealFilesTest {
  private static final Pattern ACTIVITY = Pattern.compile("<iati-activity[\\s>/]");
  private static final Pattern ORGANISATION = Pattern.compile("<iati-organisation[\\s>/]");

  static Stream<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(RealData.dir().resolve("iati"))) {
      List<Path> xml = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
      assertThat(xml).isNotEmpty();
      return xml.stream();
    }
  }

  private static int count(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyRecordIsImportedOrRejected(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    IatiImport result = IatiImporter.importFile(file);
    System.out.println(result);
    result.rejections().forEach(r -> System.out.println("  rejected " + r));
    result.warnings().forEach(w -> System.out.println("  warning " + w));

    assertThat(result.activities()).isEqualTo(count(ACTIVITY, text));
    assertThat(result.organisations()).isEqualTo(count(ORGANISATION, text));
    assertThat(result.imported() + result.rejected())
        .isEqualTo(result.activities() + result.organisations());
    assertThat(result.dataset().partnerships()).hasSize(result.activities() - result.rejected());
    // The real files are valid IATI: nothing in them should need rejecting, least of all
    // because of a mapping bug ("could not be mapped").
    assertThat(result.rejections()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("files")
  void importedDatasetValidatesWithoutFatal(Path file) {
    IatiImport result = IatiImporter.importFile(file);
    ValidationReport report = Validator.standard().validate(result.dataset());
    System.out.println(
        file.getFileName() + ": " + report.countsBySeverity() + " " + report.countsByCode());
    report.violations().stream()
        .filter(v -> v.severity() == Severity.ERROR)
        .forEach(v -> System.out.println("  " + v));
    assertThat(report.violations()).extracting(Violation::severity).doesNotContain(Severity.FATAL);
  }
}
