package org.ksmodel.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.json.KsJson;
import org.ksmodel.json.ReadResult;

/** Reads a dataset file for a command: JSON, or NDJSON for {@code .ndjson} and {@code .jsonl}. */
final class DatasetFiles {
  private DatasetFiles() {}

  static boolean isNdjson(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".ndjson") || name.endsWith(".jsonl");
  }

  /**
   * Reads the file; problems that still let a dataset be read come back in the result.
   *
   * @throws InputException when the file is missing or cannot be read as a dataset, with the first
   *     problem as the reason
   */
  static ReadResult<Dataset> read(Path file, KsJson json) throws InputException {
    if (!Files.isRegularFile(file)) {
      throw new InputException("no such file: " + file);
    }
    ReadResult<Dataset> result = isNdjson(file) ? json.readNdjson(file) : json.readDataset(file);
    if (result.value().isEmpty()) {
      throw new InputException(file + ": " + reason(result));
    }
    return result;
  }

  private static String reason(ReadResult<Dataset> result) {
    for (Violation problem : result.problems()) {
      if (problem.severity() == Severity.FATAL || problem.severity() == Severity.ERROR) {
        return oneLine(problem);
      }
    }
    return result.problems().isEmpty()
        ? "not a ksmodel dataset"
        : oneLine(result.problems().get(0));
  }

  static String oneLine(Violation problem) {
    String where = problem.path().isRoot() ? "" : " at " + problem.path();
    String line =
        problem
            .location()
            .map(at -> " (line " + at.line() + ", column " + at.column() + ")")
            .orElse("");
    return problem.code() + where + line + ": " + problem.message().replace('\n', ' ');
  }
}
