package org.ksmodel.examples.consumer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library user's application, on the module path: it compiles against ksmodel-core and
 * ksmodel-json with {@code -Xlint:all -Werror} and without Immutables, then runs, building,
 * validating, writing and reading a dataset through the facade and through the Jackson module.
 */
class ConsumerBuildTest {
  /** What the consumer needs: ksmodel's two modules and Jackson's, nothing else. */
  private static final Set<String> MODULES =
      Set.of(
          "org.ksmodel.core",
          "org.ksmodel.json",
          "com.fasterxml.jackson.core",
          "com.fasterxml.jackson.databind",
          "com.fasterxml.jackson.annotation");

  @Test
  void aConsumerCompilesWithoutWarningsAndRunsOnTheModulePath(@TempDir Path dir)
      throws IOException, InterruptedException, URISyntaxException {
    Map<String, Path> modules = modulesOnTheClassPath();
    assertThat(modules.keySet()).containsExactlyInAnyOrderElementsOf(MODULES);
    String modulePath = join(modules.values());

    Path classes = dir.resolve("classes");
    StringWriter diagnostics = new StringWriter();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, UTF_8)) {
      List<String> options =
          List.of("-Xlint:all", "-Werror", "--module-path", modulePath, "-d", classes.toString());
      compiled =
          javac
              .getTask(
                  diagnostics,
                  files,
                  null,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources()))
              .call();
    }
    assertThat(diagnostics.toString()).as("compiler output").isEmpty();
    assertThat(compiled).isTrue();

    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path",
                classes + File.pathSeparator + modulePath,
                "-m",
                "org.example.consumer/org.example.consumer.Main")
            .redirectErrorStream(true)
            .start();
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(run.getInputStream().readAllBytes(), UTF_8);
    assertThat(output)
        .isEqualToNormalizingNewlines(
            "valid true\nfacade round trip true\nmodule round trip true\n");
    assertThat(run.exitValue()).isZero();
  }

  /** The class path entries that are the consumer's modules, by module name. */
  private static Map<String, Path> modulesOnTheClassPath() {
    Map<String, Path> found = new TreeMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!Files.exists(path)) {
        continue;
      }
      for (ModuleReference module : ModuleFinder.of(path).findAll()) {
        String name = module.descriptor().name();
        if (MODULES.contains(name)) {
          found.put(name, path);
        }
      }
    }
    return found;
  }

  private static List<Path> sources() throws IOException, URISyntaxException {
    Path root =
        Path.of(ConsumerBuildTest.class.getResource("/consumer/module-info.java").toURI())
            .getParent();
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String join(Iterable<Path> paths) {
    StringBuilder joined = new StringBuilder();
    for (Path path : paths) {
      if (joined.length() > 0) {
        joined.append(File.pathSeparator);
      }
      joined.append(path);
    }
    return joined.toString();
  }
}
