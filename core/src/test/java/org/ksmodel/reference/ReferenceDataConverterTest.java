package org.ksmodel.reference;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ksmodel.testkit.RealData;

class ReferenceDataConverterTest {
  /** Keeps the bundled data small; it was 99,091 bytes when written. */
  private static final int MAX_TOTAL_BYTES = 110_000;

  @Test
  void committedResourcesAreTheConversionOfTheRepositorysCopies() throws IOException {
    Map<String, String> converted = ReferenceDataConverter.convert(RealData.dir());
    // The converter's own default, run from the module or the project root, is that same copy.
    assertThat(ReferenceDataConverter.defaultData().resolve("codelists/Country.xml"))
        .isRegularFile();

    assertThat(converted).hasSize(11);
    for (Map.Entry<String, String> file : converted.entrySet()) {
      assertThat(bundled(file.getKey()))
          .as("%s differs: rerun ReferenceDataConverter and commit", file.getKey())
          .isEqualTo(file.getValue());
    }
  }

  @Test
  void bundledResourcesStaySmall() throws IOException {
    long total = 0;
    for (String name : BUNDLED) {
      total += bundled(name).getBytes(UTF_8).length;
    }
    assertThat(total).isBetween(50_000L, (long) MAX_TOTAL_BYTES);
  }

  @Test
  void theParserRefusesDoctypesSoNoExternalEntityIsRead(@TempDir Path data) throws IOException {
    Path secret = Files.writeString(data.resolve("secret.txt"), "SECRET");
    Files.createDirectories(data.resolve("codelists"));
    Files.writeString(
        data.resolve("codelists/Country.xml"),
        "<?xml version=\"1.0\"?>\n<!DOCTYPE codelist [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n<codelist><codelist-items><codelist-item><code>AA</code>"
            + "<name><narrative>&x;</narrative></name></codelist-item></codelist-items></codelist>");

    assertThatThrownBy(() -> ReferenceDataConverter.convert(data))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("Country")
        .rootCause()
        .hasMessageContaining("DOCTYPE");
  }

  private static final String[] BUNDLED = {
    "countries.tsv",
    "currencies.tsv",
    "sectors.tsv",
    "sdg-goals.tsv",
    "sdg-targets.tsv",
    "languages.tsv",
    "organisation-types.tsv",
    "registration-agencies.tsv",
    "regions.tsv",
    "dac-oda-recipients.tsv",
    "un-m49-2020-developing.tsv"
  };

  private static String bundled(String name) throws IOException {
    try (InputStream in = ReferenceData.class.getResourceAsStream(name)) {
      assertThat(in).as("bundled resource %s", name).isNotNull();
      return new String(in.readAllBytes(), UTF_8);
    }
  }
}
