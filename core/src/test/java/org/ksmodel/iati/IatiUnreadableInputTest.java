package org.ksmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files that cannot be read as IATI XML give one clear line, never a stack trace or a hang. */
class IatiUnreadableInputTest {
  @ParameterizedTest
  @CsvSource({
    "doctype-xxe.xml, a DOCTYPE declaration is not allowed",
    "billion-laughs.xml, a DOCTYPE declaration is not allowed",
    "undeclared-entity.xml, not well-formed XML: The entity \"xxe\" was referenced",
    "not-xml.txt, not well-formed XML",
    "truncated.xml, not well-formed XML",
    "empty.xml, not well-formed XML",
    "not-iati.xml, not an IATI file: its root element is <html>"
  })
  void givesAOneLineReason(String file, String reason) {
    IatiReadException failure =
        catchThrowableOfType(IatiReadException.class, () -> Resources.importResource(file));
    assertThat(failure).isNotNull();
    assertThat(failure.getMessage()).startsWith(file + ":").contains(reason).doesNotContain("\n");
    assertThat(failure.sourceName()).isEqualTo(file);
  }

  @Test
  void xxeNeverReadsTheReferencedFile() {
    IatiReadException failure =
        catchThrowableOfType(
            IatiReadException.class, () -> Resources.importResource("doctype-xxe.xml"));
    assertThat(failure.getMessage()).doesNotContain("root:");
    assertThat(failure.line()).hasValue(4);
  }

  @Test
  void truncatedFileNamesTheLineWhereItStops() {
    IatiReadException failure =
        catchThrowableOfType(
            IatiReadException.class, () -> Resources.importResource("truncated.xml"));
    assertThat(failure.line()).isPresent();
    assertThat(failure.line().getAsInt()).isGreaterThanOrEqualTo(9);
  }

  @Test
  void missingFileIsAReadError() {
    assertThatThrownBy(() -> IatiImporter.importFile(Path.of("no/such/file.xml")))
        .isInstanceOf(IatiReadException.class)
        .hasMessage("no/such/file.xml: no such file".replace('/', java.io.File.separatorChar));
  }

  @Test
  void rootInAnotherNamespaceIsNotIati() {
    String xml =
        "<iati-activities xmlns='http://example.org/other'><iati-activity/></iati-activities>";
    assertThatThrownBy(
            () ->
                IatiImporter.importStream(
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "ns.xml"))
        .isInstanceOf(IatiReadException.class)
        .hasMessageContaining("not an IATI file");
  }
}
