package org.ksmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Inputs the fuzzer found that hung the importer, reduced to their cause (the seeds that found them
 * are named). Each read is guarded so that a return of the bug fails instead of hanging the build.
 */
class IatiFuzzFindingsTest {
  private static IatiImport imported(String xml) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(60), () -> IatiImporter.importStream(HostileXml.stream(xml), "f.xml"));
  }

  /** Seed 1919455325: a budget of {@code 1e400124544} was expanded to 400 million digits. */
  @Test
  void aNumberWithAHugeExponentIsLeftOutNotExpanded() {
    for (String value : new String[] {"1e400124544", "1e-400124544", "9".repeat(41)}) {
      String xml =
          HostileXml.activities("", "T")
              .replace(
                  "</iati-activity>",
                  "<budget type=\"1\"><period-start iso-date=\"2024-01-01\"/>"
                      + "<period-end iso-date=\"2024-12-31\"/>"
                      + "<value currency=\"USD\" value-date=\"2024-01-01\">"
                      + value
                      + "</value></budget></iati-activity>");
      IatiImport result = imported(xml);
      assertThat(result.imported()).isEqualTo(1);
      assertThat(result.warnings())
          .anySatisfy(
              w -> {
                assertThat(w.code()).isEqualTo("iati.number.invalid");
                assertThat(w.message()).contains("is out of range; left out");
              });
    }
  }

  /**
   * Seeds 1919426276, 1919446769, 1919469844: an organisation ref of a hundred thousand hyphens
   * took time quadratic in its length to look up the registration agency.
   */
  @Test
  void anIdentifierOfManyHyphensIsReadInLinearTime() {
    String ref = "XM-" + "A-".repeat(100_000) + "X";
    IatiImport result =
        imported(
            HostileXml.activities("", "T")
                .replace("ref=\"XM-EXAMPLE\" role", "ref=\"" + ref + "\" role")
                .replace("ref=\"XM-EXAMPLE\" type", "ref=\"" + ref + "\" type"));
    assertThat(result.activities()).isEqualTo(1);
    assertThat(result.warnings())
        .anySatisfy(w -> assertThat(w.code()).isEqualTo("iati.org.ref.unknownAgency"));
  }
}
