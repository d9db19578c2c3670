package org.ksmodel.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.json.KsJson;
import org.ksmodel.json.ReadResult;

/**
 * The input of a command: a file, or standard input for {@code -}; and reading a dataset from it,
 * JSON or NDJSON ({@code .ndjson} and {@code .jsonl} files, or when asked for).
 */
final class DatasetFiles {
  /** The FILE argument that stands for standard input. */
  static final String STDIN = "-";

  /** How standard input is named in messages. */
  static final String STDIN_NAME = "<stdin>";

  private DatasetFiles() {}

  static boolean isStdin(String file) {
    return file.equals(STDIN);
  }

  /** The name of the input in messages. */
  static String name(String file) {
    return isStdin(file) ? STDIN_NAME : file;
  }

  static boolean isNdjson(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".ndjson") || name.endsWith(".jsonl");
  }

  /**
   * The file named {@code file}, which exists and is not a directory.
   *
   * @throws InputException when it does not exist or is a directory
   */
  static Path existing(String file) throws InputException {
    Path path = Path.of(file);
    if (Files.isDirectory(path)) {
      throw new InputException(file + ": is a directory");
    }
    if (!Files.exists(path)) {
      throw new InputException(file + ": no such file");
    }
    return path;
  }

  /**
   * Reads a dataset from {@code file} or, for {@code -}, from the console's standard input: NDJSON
   * when {@code ndjson} or the file's name says so, a JSON document otherwise. Problems come back
   * in the result, which has no value when the input cannot be read as a dataset.
   *
   * @throws InputException when the file is missing or is a directory
   */
  static ReadResult<Dataset> read(String file, boolean ndjson, KsJson json, Console console)
      throws InputException {
    if (isStdin(file)) {
      return ndjson ? json.readNdjson(console.in()) : json.readDataset(console.in());
    }
    Path path = existing(file);
    return ndjson || isNdjson(path) ? json.readNdjson(path) : json.readDataset(path);
  }

  /**
   * The whole input: the file's bytes, or standard input's for {@code -}.
   *
   * @throws InputException when the file is missing, is a directory or cannot be read
   */
  static byte[] bytes(String file, Console console) throws InputException {
    try {
      return isStdin(file) ? console.in().readAllBytes() : Files.readAllBytes(existing(file));
    } catch (IOException e) {
      throw new InputException(name(file) + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** Reads a dataset from bytes already read: NDJSON when {@code ndjson}, else a document. */
  static ReadResult<Dataset> read(byte[] input, boolean ndjson, KsJson json) {
    return ndjson ? json.readNdjson(input) : json.readDataset(input);
  }

  /**
   * Reads a dataset as {@link #read} does.
   *
   * @throws InputException when the file is missing or cannot be read as a dataset, with the first
   *     problem as the reason
   */
  static Dataset readValue(String file, boolean ndjson, KsJson json, Console console)
      throws InputException {
    ReadResult<Dataset> result = read(file, ndjson, json, console);
    if (result.value().isEmpty()) {
      throw new InputException(name(file) + ": " + reason(result));
    }
    return result.value().get();
  }

  static String reason(ReadResult<Dataset> result) {
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
