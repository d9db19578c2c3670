package org.ksmodel.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.json.KsJson;
import org.ksmodel.json.ReadResult;

/**
 * The input of a command: a file, or standard input for {@code -}; and reading a dataset from it,
 * JSON or NDJSON ({@code .ndjson} and {@code .jsonl} files, standard input whose content is NDJSON,
 * or when asked for).
 */
final class DatasetFiles {
  /** The FILE argument that stands for standard input. */
  static final String STDIN = "-";

  /** How standard input is named in messages. */
  static final String STDIN_NAME = "<stdin>";

  /** How much of standard input is looked at to tell a JSON document from NDJSON. */
  static final int SNIFF_BYTES = 64 * 1024;

  /** The members of a dataset document; an NDJSON line has {@code kind} instead. */
  private static final Set<String> DOCUMENT_MEMBERS =
      Set.of(
          "ksmodel",
          "institutions",
          "solutions",
          "partnerships",
          "fundings",
          "resultsFrameworks",
          "knowledgeRequests");

  private static final JsonFactory SNIFFER = new JsonFactory();

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
   * Whether the input that starts with {@code head} is NDJSON rather than a JSON document: its
   * first object has a {@code kind} member before any member of a dataset document ({@code
   * ksmodel}, {@code institutions}, ...), or, with neither, another value follows it. Anything
   * else, input that is not JSON included, is taken for a document (whose reader then says what is
   * wrong). {@code head} may be only the start of the input.
   */
  static boolean looksLikeNdjson(byte[] head) {
    try (JsonParser parser = SNIFFER.createParser(head)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      JsonToken token = parser.nextToken();
      for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
        String name = parser.currentName();
        if (name.equals("kind")) {
          return true;
        }
        if (DOCUMENT_MEMBERS.contains(name)) {
          return false;
        }
        parser.nextToken();
        parser.skipChildren();
      }
      if (token != JsonToken.END_OBJECT) {
        return false;
      }
      try {
        return parser.nextToken() != null;
      } catch (JsonProcessingException e) {
        return true; // something follows the first object, if not well-formed: a bad line
      }
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads a dataset from {@code file} or, for {@code -}, from the console's standard input: NDJSON
   * when {@code ndjson}, the file's name or (for standard input) its content says so, a JSON
   * document otherwise. Problems come back in the result, which has no value when the input cannot
   * be read as a dataset.
   *
   * @throws InputException when the file is missing, is a directory or cannot be read
   */
  static ReadResult<Dataset> read(String file, boolean ndjson, KsJson json, Console console)
      throws InputException {
    if (isStdin(file)) {
      if (ndjson) {
        return json.readNdjson(console.in());
      }
      byte[] head;
      try {
        head = console.in().readNBytes(SNIFF_BYTES);
      } catch (IOException e) {
        throw new InputException(STDIN_NAME + ": cannot be read: " + e.getMessage(), e);
      }
      InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), console.in());
      return looksLikeNdjson(head) ? json.readNdjson(whole) : json.readDataset(whole);
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

  /**
   * Whether {@code file}, whose content is {@code input}, is read as NDJSON: when {@code ndjson},
   * when its name says so, or for standard input when its content does.
   */
  static boolean isNdjson(String file, byte[] input, boolean ndjson) {
    return ndjson || (isStdin(file) ? looksLikeNdjson(input) : isNdjson(Path.of(file)));
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
