package org.ksmodel.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hostile IATI files, built in the test so that they can point at a temporary file holding a secret
 * or at a listening port on the loopback address, which tells whether the parser tried to fetch
 * anything. No test needs the network.
 */
public final class HostileXml {
  /** What the temporary file holds; it must never reach an output. */
  public static final String SECRET = "ksmodel-secret-7f3a9c";

  private HostileXml() {}

  /** A file holding {@link #SECRET}. */
  public static Path secretFile(Path dir) throws IOException {
    return Files.writeString(dir.resolve("secret.txt"), SECRET + "\n", StandardCharsets.UTF_8);
  }

  /** An activity file whose title is {@code narrative}, after {@code prolog}. */
  public static String activities(String prolog, String narrative) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + prolog
        + "<iati-activities version=\"2.03\">\n"
        + " <iati-activity>\n"
        + "  <iati-identifier>XM-EXAMPLE-HOSTILE</iati-identifier>\n"
        + "  <reporting-org ref=\"XM-EXAMPLE\" type=\"10\"><narrative>R</narrative></reporting-org>\n"
        + "  <title><narrative>"
        + narrative
        + "</narrative></title>\n"
        + "  <participating-org ref=\"XM-EXAMPLE\" role=\"1\" type=\"10\"/>\n"
        + " </iati-activity>\n"
        + "</iati-activities>\n";
  }

  /** A general entity that reads a file. */
  public static String fileEntity(Path secret) {
    return activities(
        "<!DOCTYPE iati-activities [\n  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n",
        "&xxe;");
  }

  /** A general entity fetched over HTTP. */
  public static String httpEntity(int port) {
    return activities(
        "<!DOCTYPE iati-activities [\n  <!ENTITY xxe SYSTEM \"http://127.0.0.1:"
            + port
            + "/secret\">\n]>\n",
        "&xxe;");
  }

  /** A parameter entity that pulls a file into the DTD. */
  public static String parameterEntity(Path secret) {
    return activities(
        "<!DOCTYPE iati-activities [\n  <!ENTITY % p SYSTEM \""
            + secret.toUri()
            + "\">\n  %p;\n]>\n",
        "text");
  }

  /** The out-of-band exfiltration pattern: a file in a parameter entity, a DTD from a server. */
  public static String parameterEntityExfiltration(Path secret, int port) {
    return activities(
        "<!DOCTYPE iati-activities [\n  <!ENTITY % file SYSTEM \""
            + secret.toUri()
            + "\">\n  <!ENTITY % dtd SYSTEM \"http://127.0.0.1:"
            + port
            + "/evil.dtd\">\n  %dtd;\n]>\n",
        "text");
  }

  /** An external DTD, as older files sometimes declare. */
  public static String externalDtd(int port) {
    return activities(
        "<!DOCTYPE iati-activities SYSTEM \"http://127.0.0.1:" + port + "/iati.dtd\">\n", "text");
  }

  /** Nested entity expansion, the "billion laughs". */
  public static String billionLaughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE iati-activities [\n <!ENTITY l0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      String previous = "&l" + (i - 1) + ";";
      dtd.append(" <!ENTITY l").append(i).append(" \"").append(previous.repeat(10)).append("\">\n");
    }
    return activities(dtd.append("]>\n").toString(), "&l9;");
  }

  /** One large entity referenced many times: a quadratic blow-up without nesting. */
  public static String quadraticBlowup() {
    return activities(
        "<!DOCTYPE iati-activities [\n <!ENTITY a \"" + "a".repeat(50_000) + "\">\n]>\n",
        "&a;".repeat(20_000));
  }

  /** An XInclude of a file where a narrative should be. */
  public static String xinclude(Path secret) {
    return activities(
        "",
        "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\""
            + secret.toUri()
            + "\" parse=\"text\"/>");
  }

  /** A narrative nested {@code depth} elements deep inside the title. */
  public static String deep(int depth, String prefix) {
    String open = prefix.isEmpty() ? "<x>" : "<f:x xmlns:f=\"urn:f\">";
    String close = prefix.isEmpty() ? "</x>" : "</f:x>";
    return activities("", "text" + open.repeat(depth) + close.repeat(depth));
  }

  /** A valid file of more than {@code bytes} bytes. */
  public static String larger(int bytes) {
    return activities("", "x".repeat(bytes));
  }

  public static InputStream stream(String xml) {
    return new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }

  /** A port on the loopback address that records whether anyone connected. */
  public static final class Listener implements AutoCloseable {
    private final ServerSocket socket;

    public Listener() {
      try {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(200);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public int port() {
      return socket.getLocalPort();
    }

    /** Whether a connection was made (the backlog keeps it until it is accepted here). */
    public boolean wasContacted() {
      try (Socket connection = socket.accept()) {
        return connection.isConnected();
      } catch (SocketTimeoutException e) {
        return false;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
