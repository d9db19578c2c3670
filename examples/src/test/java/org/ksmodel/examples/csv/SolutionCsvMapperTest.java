package org.ksmodel.examples.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.solution.Solution;
import org.ksmodel.validation.ValidationReport;
import org.ksmodel.validation.Validator;

class SolutionCsvMapperTest {
  private static SolutionCsvMapper.Result sample() throws IOException {
    try (Reader csv =
        new InputStreamReader(
            SolutionCsvMapperTest.class.getResourceAsStream("/examples/solutions.csv"),
            StandardCharsets.UTF_8)) {
      return SolutionCsvMapper.read(csv);
    }
  }

  @Test
  void mapsEveryRowOfTheSample() throws IOException {
    SolutionCsvMapper.Result result = sample();
    assertThat(result.rejections()).isEmpty();
    assertThat(result.solutions()).hasSize(5);
    Solution first = result.solutions().get(0);
    assertThat(first.title().text()).startsWith("Más Familias en Acción");
    assertThat(first.sdgTargets()).containsExactly(SdgTarget.of("1.3"), SdgTarget.of("10.2"));
    assertThat(result.solutions().get(4).originCountry()).isEqualTo(CountryCode.of("CO"));
  }

  @Test
  void theValidatorReportsWhatTheSpreadsheetLacks() throws IOException {
    Dataset dataset = Dataset.builder().addAllSolutions(sample().solutions()).build();
    ValidationReport report = Validator.standard().validate(dataset);
    // A VALIDATED or SHARED solution needs criteria assessments: the sheet has none.
    assertThat(report.violations("solution.stage.validated.criteria"))
        .extracting(Violation::subjectId)
        .extracting(id -> id.orElseThrow())
        .containsExactly("CO-SOL-001", "CO-SOL-002");
    // The owners are not in the dataset.
    assertThat(report.violations("solution.reference.unresolved")).hasSize(5);
  }

  @Test
  void rowsThatCannotBeMappedAreRejectedWithTheirNumber() throws IOException {
    String csv =
        "id,title,owner,country,stage,sectors,sdg_targets,challenge\n"
            + "A,Good,OWNER,CO,IDENTIFIED,15110,17.9,\n"
            + ",No id,OWNER,CO,IDENTIFIED,,,\n"
            + "C,Bad stage,OWNER,CO,SOMEWHERE,,,\n"
            + "D,Bad sector,OWNER,CO,IDENTIFIED,15-110,,\n";
    SolutionCsvMapper.Result result = SolutionCsvMapper.read(new StringReader(csv));
    assertThat(result.solutions()).hasSize(1);
    assertThat(result.rejections())
        .extracting(SolutionCsvMapper.Rejection::row)
        .containsExactly(2, 3, 4);
    assertThat(result.rejections().get(0).reason()).contains("'id' is empty");
    assertThat(result.rejections().get(2).reason()).contains("15-110");
    assertThat(result.solutions().size() + result.rejections().size()).isEqualTo(4);
    assertThat(result.rejections().get(1).reason()).contains("SOMEWHERE");
  }
}
