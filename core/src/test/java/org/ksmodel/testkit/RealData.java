package org.ksmodel.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real data copied into the repository ({@code core/src/test/resources/realdata}, credited in
 * its README): IATI codelists, activity and organisation files, the IATI 2.03 schemas, the DAC list
 * of ODA recipients and UN M49. Tests of every module read it here, never outside the repository.
 * The folder is found by {@link ResourceFolders}.
 */
public final class RealData {
  private static final String ROOT = "/realdata";

  private RealData() {}

  /** The folder that holds the real data. */
  public static Path dir() {
    return ResourceFolders.folder(ROOT);
  }

  /** A file of the {@code iati} folder, e.g. {@code dportal-foodsecurity-7-activities.xml}. */
  public static Path iati(String file) {
    return existing(dir().resolve("iati").resolve(file));
  }

  /** Every file of the {@code iati} folder, sorted by name. */
  public static List<Path> iatiFiles() {
    try (Stream<Path> files = Files.list(dir().resolve("iati"))) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The IATI 2.03 schema of activity files; the schemas it includes lie beside it. */
  public static Path iatiActivitySchema() {
    return existing(dir().resolve("iati-schema-2.03").resolve("iati-activities-schema.xsd"));
  }

  /** The IATI 2.03 schema of organisation files. */
  public static Path iatiOrganisationSchema() {
    return existing(dir().resolve("iati-schema-2.03").resolve("iati-organisations-schema.xsd"));
  }

  private static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no real data file " + file.getFileName());
    }
    return file;
  }
}
