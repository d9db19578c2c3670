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
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Folders of core's test resources as paths, for the tests of every module: in core's own tests
 * they are on the file system; other modules get them from core's test-jar, so each is copied once,
 * on first use, into a temporary folder.
 */
public final class ResourceFolders {
  private static final Map<String, Path> FOLDERS = new HashMap<>();

  private ResourceFolders() {}

  /**
   * The folder {@code root} of the class path (such as {@code "/iati"}) as a path: itself when it
   * is on the file system, else a copy made on first use in a temporary folder.
   */
  public static synchronized Path folder(String root) {
    return FOLDERS.computeIfAbsent(root, ResourceFolders::locate);
  }

  private static Path locate(String root) {
    URL folder = ResourceFolders.class.getResource(root);
    if (folder == null) {
      throw new IllegalStateException(root + " is not on the class path (core's test resources)");
    }
    try {
      URI uri = folder.toURI();
      if ("file".equals(uri.getScheme())) {
        return Path.of(uri);
      }
      return extract(uri, root);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path extract(URI inJar, String root) throws IOException {
    Path target = Files.createTempDirectory("ksmodel-test-resources");
    // Registered before what it holds, so it is deleted last, when it is empty.
    target.toFile().deleteOnExit();
    try (FileSystem jar = FileSystems.newFileSystem(inJar, Map.of());
        Stream<Path> entries = Files.walk(jar.getPath(root))) {
      Path top = jar.getPath(root);
      for (Path entry : (Iterable<Path>) entries::iterator) {
        Path copy = target.resolve(top.relativize(entry).toString());
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
