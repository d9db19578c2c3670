package org.ksmodel.examples.iati;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's shared real data lives: {@code ksmodel.shared.data}, else beside the repo.
 */
final class SharedData {
  private SharedData() {}

  static Path dir() {
    String property = System.getProperty("ksmodel.shared.data");
    Path dir = property != null ? Path.of(property) : Path.of("..", "..", "shared", "data");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          "shared data not found at "
              + dir.toAbsolutePath()
              + "; set -Dksmodel.shared.data=/path/to/shared/data");
    }
    return dir;
  }

  static Path iati(String file) {
    return dir().resolve("iati").resolve(file);
  }
}
