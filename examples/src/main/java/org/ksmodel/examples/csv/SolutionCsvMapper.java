package org.ksmodel.examples.csv;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;

/**
 * How an integrator maps a spreadsheet of solutions onto the model: one row a solution, columns
 * {@code id, title, owner, country, stage, sectors, sdg_targets, challenge}, lists separated by
 * {@code ;}. A row that cannot be made into a solution is kept as a rejection with its row number
 * and reason, never dropped; what is merely wrong is left for the validator to report.
 */
public final class SolutionCsvMapper {
  /** A row that could not be mapped: its number (1 is the first row after the header) and why. */
  public record Rejection(int row, String reason) {}

  /** The solutions mapped, and the rows rejected. */
  public record Result(List<Solution> solutions, List<Rejection> rejections) {}

  private SolutionCsvMapper() {}

  public static Result read(Reader csv) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<Solution> solutions = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper().readerForMapOf(String.class).with(schema).readValues(csv)) {
      int row = 0;
      while (rows.hasNext()) {
        row++;
        Map<String, String> columns = rows.next();
        try {
          solutions.add(solution(columns));
        } catch (InvalidValueException e) {
          rejections.add(new Rejection(row, e.violation().message()));
        } catch (IllegalArgumentException | NullPointerException e) {
          rejections.add(new Rejection(row, String.valueOf(e.getMessage())));
        }
      }
    }
    return new Result(solutions, rejections);
  }

  private static Solution solution(Map<String, String> columns) {
    Solution.Builder builder =
        Solution.builder()
            .id(SolutionId.of(required(columns, "id")))
            .title(LocalizedText.of(required(columns, "title")))
            .owner(InstitutionId.of(required(columns, "owner")))
            // Spreadsheets often hold "co" for "CO": a harmless fix, so the row is kept.
            .originCountry(CountryCode.of(required(columns, "country").toUpperCase(Locale.ROOT)))
            .stage(SolutionStage.valueOf(required(columns, "stage")));
    for (String sector : list(columns.get("sectors"))) {
      builder.addSectors(SectorCode.of(sector));
    }
    for (String target : list(columns.get("sdg_targets"))) {
      builder.addSdgTargets(SdgTarget.of(target));
    }
    String challenge = columns.getOrDefault("challenge", "").strip();
    if (!challenge.isEmpty()) {
      builder.challenge(LocalizedText.of(challenge));
    }
    return builder.build();
  }

  private static String required(Map<String, String> columns, String column) {
    String value = columns.getOrDefault(column, "").strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("column '" + column + "' is empty");
    }
    return value;
  }

  private static List<String> list(String cell) {
    List<String> values = new ArrayList<>();
    if (cell != null) {
      for (String value : cell.split(";")) {
        if (!value.isBlank()) {
          values.add(value.strip());
        }
      }
    }
    return values;
  }
}
