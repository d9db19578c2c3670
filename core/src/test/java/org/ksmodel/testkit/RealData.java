package org.ksmodel.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real data copied into the repository ({@code core/src/test/resources/realdata}, credited in
 * its README): IATI codelists, activity and organisation files, the IATI 2.03 schemas, the DAC list
 * of ODA recipients and UN M49. Tests of every module read it here, never outside the repository.
 *
 * <p>In core's own tests the folder is on the file system; other modules get it from core's
 * test-jar, so it is copied once, on first use, into a temporary folder.
 */
public final class RealData {
  private static final String ROOT = "/realdata";
  private static volatile Path dir;

  private RealData() {}

  /** The folder that holds the real data. */
  public static Path dir() {
    Path found = dir;
    if (found == null) {
      synchronized (RealData.class) {
        found = dir;
        if (found == null) {
          found = locate();
          dir = found;
        }
      }
    }
    return found;
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

  private static Path locate() {
    URL readme = RealData.class.getResource(ROOT + "/README.md");
    if (readme == null) {
      throw new IllegalStateException("realdata is not on the class path (core's test resources)");
    }
    try {
      URI uri = readme.toURI();
      if ("file".equals(uri.getScheme())) {
        return Path.of(uri).getParent();
      }
      return extract(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path extract(URI inJar) throws IOException {
    Path target = Files.createTempDirectory("ksmodel-realdata");
    // Registered before what it holds, so it is deleted last, when it is empty.
    target.toFile().deleteOnExit();
    try (FileSystem jar = FileSystems.newFileSystem(inJar, Map.of());
        Stream<Path> entries = Files.walk(jar.getPath(ROOT))) {
      Path root = jar.getPath(ROOT);
      for (Path entry : (Iterable<Path>) entries::iterator) {
        Path copy = target.resolve(root.relativize(entry).toString());
        if (Files.isDirectory(entry)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(entry, copy);
        }
        copy.toFile().deleteOnExit();
      }
    }
    return target;
  }
}
