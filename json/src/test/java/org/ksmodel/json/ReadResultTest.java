package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;

/** A read's result on its own: value, problems by severity, line and column, the exception. */
class ReadResultTest {
  private static Violation problem(Severity severity, String code, String... arguments) {
    return Violation.builder()
        .code(code)
        .severity(severity)
        .path(DataPath.root())
        .message(code + " happened")
        .addArguments(arguments)
        .build();
  }

  @Test
  void warningsAndNotesAreNotErrors() {
    ReadResult<String> result =
        new ReadResult<>(
            "v",
            List.of(problem(Severity.WARNING, "a", "1", "2"), problem(Severity.INFO, "b")),
            Map.of(),
            List.of());
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.isSuccess()).isTrue();
    assertThat(result.value()).contains("v");
    assertThat(result.orElseThrow()).isEqualTo("v");
    assertThat(result.problems(Severity.WARNING)).extracting(Violation::code).containsExactly("a");
    assertThat(result.problems(Severity.INFO)).extracting(Violation::code).containsExactly("b");
    assertThat(result.problems(Severity.ERROR)).isEmpty();
    assertThat(result.toString()).startsWith("ReadResult{value, problems=[WARNING a: a happened");
  }

  @Test
  void anErrorOrAFatalIsAnError() {
    for (Severity severity : new Severity[] {Severity.ERROR, Severity.FATAL}) {
      ReadResult<String> result =
          new ReadResult<>(null, List.of(problem(severity, "x")), Map.of("/x", "1"), List.of());
      assertThat(result.hasErrors()).isTrue();
      assertThat(result.isSuccess()).isFalse();
      assertThat(result.value()).isEmpty();
      assertThat(result.unboundMembers()).containsExactly(Map.entry("/x", "1"));
      assertThat(result.toString()).startsWith("ReadResult{no value, problems=[");
    }
  }

  @Test
  void aReadProblemIsLocatedWhereItsValueStartsAndNothingElseIs() {
    String document = "{\"ksmodel\": \"1.0\",\n \"institutions\": [{\"id\": 7}]}";
    Violation problem = KsJson.lenient().readDataset(document).problems().get(0);
    assertThat(problem.location())
        .hasValueSatisfying(
            at -> {
              assertThat(at.line()).isEqualTo(2);
              assertThat(at.column()).isEqualTo(26);
              assertThat(at.offset()).hasValue(document.indexOf("7"));
            });
    assertThat(problem.arguments()).doesNotContain("2", "26");
    assertThat(problem.message()).doesNotContain("line");
    assertThat(problem(Severity.ERROR, "c", "150").location()).isEmpty();
  }

  @Test
  void theExceptionListsTheFirstTenErrorsAndCarriesEveryProblem() {
    List<Violation> problems = new ArrayList<>();
    problems.add(problem(Severity.WARNING, "warn"));
    for (int i = 0; i < 12; i++) {
      problems.add(problem(Severity.ERROR, "error" + i));
    }
    ReadResult<String> result = new ReadResult<>(null, problems, Map.of(), List.of());
    assertThatThrownBy(result::orElseThrow)
        .isInstanceOfSatisfying(
            JsonReadException.class,
            e -> {
              assertThat(e.problems()).isEqualTo(problems);
              String[] lines = e.getMessage().split(System.lineSeparator());
              assertThat(lines).hasSize(11);
              assertThat(lines[0]).isEqualTo("the JSON input could not be read");
              assertThat(lines[1]).isEqualTo("ERROR error0: error0 happened");
              assertThat(lines[10]).isEqualTo("ERROR error9: error9 happened");
            });
  }

  @Test
  void theProblemsAndMembersAreCopies() {
    List<Violation> problems = new ArrayList<>(List.of(problem(Severity.INFO, "i")));
    ReadResult<String> result = new ReadResult<>("v", problems, Map.of(), List.of());
    problems.clear();
    assertThat(result.problems()).hasSize(1);
  }
}
