package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streams a million entities through NDJSON in a JVM with a 128 MB heap. Slow (a few minutes), so
 * out of the default run: {@code mvn -pl json verify -Dgroups=slow -Djson.excludedGroups=}.
 */
@Tag("slow")
class NdjsonStreamingTest {
  @Test
  void aMillionEntitiesStreamThroughA128MegabyteHeap(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("million.ndjson");
    Process process =
        new ProcessBuilder(
                System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-Xmx128m",
                "-cp",
                System.getProperty("java.class.path"),
                NdjsonStreamingMain.class.getName(),
                "1000000",
                file.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(30, TimeUnit.MINUTES)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    System.out.println(output);
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("read and validated 1000000 entities with 0 problems");
  }
}
