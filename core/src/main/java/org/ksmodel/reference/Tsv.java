package org.ksmodel.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bundled reference files: UTF-8, one row a line, columns separated by a tab, a header
 * row first. Written by the test-scope {@code ReferenceDataConverter}; a file that does not have
 * the expected shape is a packaging bug, reported as an {@link IllegalStateException}.
 */
final class Tsv {
  static final List<String> CODE_NAME_STATUS = List.of("code", "name", "status");
  static final String ACTIVE = "active";
  static final String WITHDRAWN = "withdrawn";

  private Tsv() {}

  /** The rows after the header, each with exactly as many columns as the header. */
  static List<List<String>> read(String resource, List<String> header) {
    try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("reference data missing: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> actual = split(reader.readLine());
      if (!actual.equals(header)) {
        throw new IllegalStateException(
            resource + ": expected header " + header + ", got " + actual);
      }
      List<List<String>> rows = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        List<String> row = split(line);
        if (row.size() != header.size()) {
          throw new IllegalStateException(
              resource + " line " + (rows.size() + 2) + ": expected " + header.size() + " columns");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference data " + resource, e);
    }
  }

  /** Whether the row's status column (the third) says the code is withdrawn. */
  static boolean withdrawn(String resource, List<String> row) {
    String status = row.get(2);
    if (!status.equals(ACTIVE) && !status.equals(WITHDRAWN)) {
      throw new IllegalStateException(resource + ": unknown status '" + status + "'");
    }
    return status.equals(WITHDRAWN);
  }

  private static List<String> split(String line) {
    return line == null ? List.of() : List.of(line.split("\t", -1));
  }
}
