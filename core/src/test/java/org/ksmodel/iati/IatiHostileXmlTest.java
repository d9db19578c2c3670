package org.ksmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer refuses what could make it read other files, contact a server, expand entities or
 * exhaust memory, with an {@link IatiReadException} whose one-line message says why, and nothing of
 * a file named by the input reaches the message. Each read is guarded against a hang.
 */
class IatiHostileXmlTest {
  private static final String DOCTYPE = "a DOCTYPE declaration is not allowed in an IATI file";

  @TempDir Path dir;

  private static IatiReadException refused(IatiImporter importer, String xml) {
    IatiReadException failure =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () ->
                catchThrowableOfType(
                    IatiReadException.class,
                    () -> importer.read(HostileXml.stream(xml), "hostile.xml")));
    assertThat(failure).as("refused").isNotNull();
    assertThat(failure.getMessage())
        .startsWith("hostile.xml:")
        .doesNotContain("\n")
        .doesNotContain(HostileXml.SECRET);
    assertThat(failure.sourceName()).isEqualTo("hostile.xml");
    return failure;
  }

  private static IatiReadException refused(String xml) {
    return refused(IatiImporter.standard(), xml);
  }

  @Test
  void aGeneralEntityReadingAFileIsRefused() throws IOException {
    Path secret = HostileXml.secretFile(dir);
    assertThat(refused(HostileXml.fileEntity(secret)).getMessage()).contains(DOCTYPE);
  }

  @Test
  void aGeneralEntityOverHttpIsRefusedWithoutContactingTheServer() throws IOException {
    try (HostileXml.Listener server = new HostileXml.Listener()) {
      assertThat(refused(HostileXml.httpEntity(server.port())).getMessage()).contains(DOCTYPE);
      assertThat(server.wasContacted()).isFalse();
    }
  }

  @Test
  void aParameterEntityIsRefused() throws IOException {
    Path secret = HostileXml.secretFile(dir);
    assertThat(refused(HostileXml.parameterEntity(secret)).getMessage()).contains(DOCTYPE);
  }

  @Test
  void theOutOfBandExfiltrationPatternIsRefusedWithoutContactingTheServer() throws IOException {
    Path secret = HostileXml.secretFile(dir);
    try (HostileXml.Listener server = new HostileXml.Listener()) {
      String xml = HostileXml.parameterEntityExfiltration(secret, server.port());
      assertThat(refused(xml).getMessage()).contains(DOCTYPE);
      assertThat(server.wasContacted()).isFalse();
    }
  }

  @Test
  void anExternalDtdIsRefusedWithoutBeingFetched() throws IOException {
    try (HostileXml.Listener server = new HostileXml.Listener()) {
      assertThat(refused(HostileXml.externalDtd(server.port())).getMessage()).contains(DOCTYPE);
      assertThat(server.wasContacted()).isFalse();
    }
  }

  @Test
  void nestedEntityExpansionIsRefused() {
    assertThat(refused(HostileXml.billionLaughs()).getMessage()).contains(DOCTYPE);
    assertThat(refused(HostileXml.quadraticBlowup()).getMessage()).contains(DOCTYPE);
  }

  @Test
  void anXIncludeIsRefusedAndNothingIsIncluded() throws IOException {
    Path secret = HostileXml.secretFile(dir);
    assertThat(refused(HostileXml.xinclude(secret)).getMessage())
        .startsWith("hostile.xml:6: an XInclude element is not allowed");
  }

  @Test
  void elementsNestedTooDeeplyAreRefused() {
    assertThat(refused(HostileXml.deep(100, "")).getMessage())
        .contains("elements nested deeper than " + IatiImporter.MAX_DEPTH);
    assertThat(refused(HostileXml.deep(100_000, "")).getMessage())
        .contains("elements nested deeper than " + IatiImporter.MAX_DEPTH);
  }

  @Test
  void foreignElementsNestedTooDeeplyAreRefusedToo() {
    assertThat(refused(HostileXml.deep(100_000, "f")).getMessage())
        .contains("elements nested deeper than " + IatiImporter.MAX_DEPTH);
  }

  @Test
  void nestingWithinTheLimitIsRead() {
    IatiImport imported =
        IatiImporter.importStream(HostileXml.stream(HostileXml.deep(10, "")), "deep.xml");
    assertThat(imported.imported()).isEqualTo(1);
  }

  @Test
  void aFileLargerThanTheLimitIsRefused() {
    IatiImporter importer = IatiImporter.standard().withMaxBytes(10_000);
    assertThat(refused(importer, HostileXml.larger(20_000)).getMessage())
        .contains("larger than the limit of 10000 bytes");
    assertThat(importer.read(HostileXml.stream(HostileXml.larger(5_000)), "small.xml").imported())
        .isEqualTo(1);
  }

  @Test
  void theDefaultSizeLimitIsTheDocumentedOne() {
    assertThat(IatiImporter.standard().maxBytes()).isEqualTo(IatiImporter.DEFAULT_MAX_BYTES);
    assertThat(IatiImporter.DEFAULT_MAX_BYTES).isEqualTo(256L * 1024 * 1024);
    assertThatThrownBy(() -> IatiImporter.standard().withMaxBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
