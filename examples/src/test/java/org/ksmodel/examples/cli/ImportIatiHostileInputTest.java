package org.ksmodel.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ksmodel.iati.HostileXml;

/**
 * {@code import-iati} on hostile files: exit code 2, one line on standard error that says why, no
 * output file, and nothing of the file the input points at in any output.
 */
class ImportIatiHostileInputTest {
  private static final String DOCTYPE = "a DOCTYPE declaration is not allowed";

  @TempDir Path dir;

  static Stream<Arguments> hostileFiles() {
    return Stream.of(
        hostile("file entity", HostileXml::fileEntity, DOCTYPE),
        hostile("parameter entity", HostileXml::parameterEntity, DOCTYPE),
        hostile("http entity", secret -> HostileXml.httpEntity(1), DOCTYPE),
        hostile("external DTD", secret -> HostileXml.externalDtd(1), DOCTYPE),
        hostile("billion laughs", secret -> HostileXml.billionLaughs(), DOCTYPE),
        hostile("XInclude", HostileXml::xinclude, "an XInclude element is not allowed"),
        hostile("deep nesting", secret -> HostileXml.deep(1_000, ""), "nested deeper than 64"));
  }

  private static Arguments hostile(String name, Function<Path, String> xml, String reason) {
    return Arguments.of(name, xml, reason);
  }

  /** Regression: on invalid UTF-8 the JDK's parser printed a "[Fatal Error]" line itself. */
  @org.junit.jupiter.api.Test
  void invalidUtf8GivesOneLineAndThePrinterStaysSilent() throws IOException {
    byte[] valid = HostileXml.activities("", "T\u00edtulo").getBytes(StandardCharsets.UTF_8);
    for (byte[] bad :
        List.of(
            new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xF8},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82})) {
      int at = new String(valid, StandardCharsets.UTF_8).indexOf("T\u00edtulo");
      byte[] bytes = new byte[valid.length + bad.length];
      System.arraycopy(valid, 0, bytes, 0, at);
      System.arraycopy(bad, 0, bytes, at, bad.length);
      System.arraycopy(valid, at, bytes, at + bad.length, valid.length - at);
      Path file = Files.write(dir.resolve("bad-utf8.xml"), bytes);
      CliRun cli = new CliRun();
      ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
      PrintStream original = System.err;
      int exit;
      System.setErr(new PrintStream(systemErr, true, StandardCharsets.UTF_8));
      try {
        exit = cli.run("import-iati", file.toString());
      } finally {
        System.setErr(original);
      }
      assertThat(exit).isEqualTo(2);
      assertThat(cli.err().lines())
          .singleElement()
          .asString()
          .contains("bad-utf8.xml:6: not valid UTF-8");
      assertThat(systemErr.toString(StandardCharsets.UTF_8)).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileFiles")
  void exitsWithTwoAndOneLine(String name, Function<Path, String> xml, String reason)
      throws IOException {
    Path secret = HostileXml.secretFile(dir);
    Path file = Files.writeString(dir.resolve("hostile.xml"), xml.apply(secret));
    Path json = dir.resolve("out.json");
    Path report = dir.resolve("report.json");
    CliRun cli = new CliRun();
    int exit =
        cli.run(
            "import-iati", file.toString(), "-o", json.toString(), "--report", report.toString());
    String errText = cli.err();
    assertThat(exit).isEqualTo(2);
    assertThat(errText.lines()).hasSize(1);
    assertThat(errText).contains(reason).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(errText + cli.out()).doesNotContain(HostileXml.SECRET);
    assertThat(json).doesNotExist();
    assertThat(report).doesNotExist();
  }
}
