package org.ksmodel.iati.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a UTF-8 file is valid UTF-8 before the JDK's parser decodes it: on invalid bytes that
 * parser prints a "[Fatal Error]" line to {@code System.err} before it throws, which would break a
 * command line's one-line reason. Files that declare another encoding (or start with a UTF-16 or
 * UTF-32 byte-order mark) pass unchecked.
 */
public final class Utf8Guard extends FilterInputStream {
  private static final int PROLOG = 256;
  private static final Pattern ENCODING =
      Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

  private long offset;
  private int line = 1;
  private int need;
  private int low = 0x80;
  private int high = 0xBF;
  private String failure;

  private Utf8Guard(InputStream in) {
    super(in);
  }

  /** {@code in}, checked when it is UTF-8. */
  public static InputStream wrap(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(PROLOG);
    byte[] start = buffered.readNBytes(PROLOG);
    buffered.reset();
    return isUtf8(start) ? new Utf8Guard(buffered) : buffered;
  }

  private static boolean isUtf8(byte[] start) {
    if (start.length >= 2
        && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)
            || (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE)
            || start[0] == 0
            || start[1] == 0)) {
      return false;
    }
    Matcher declared = ENCODING.matcher(new String(start, StandardCharsets.ISO_8859_1));
    if (declared.find()) {
      String name = declared.group(1);
      return name.equalsIgnoreCase("UTF-8") || name.equalsIgnoreCase("UTF8");
    }
    return true;
  }

  /** The line of the invalid bytes. */
  public int line() {
    return line;
  }

  /** Why the input was refused, or null. */
  public String failure() {
    return failure;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      end();
    } else {
      check(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int from, int length) throws IOException {
    int n = super.read(buffer, from, length);
    if (n < 0) {
      end();
    }
    for (int i = 0; i < n; i++) {
      check(buffer[from + i] & 0xFF);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // The parser never skips; reading keeps the check complete.
    return read(new byte[(int) Math.min(n, 8192)]) < 0 ? 0 : n;
  }

  private void end() throws IOException {
    if (need > 0) {
      fail("it ends inside a UTF-8 sequence");
    }
  }

  private void check(int b) throws IOException {
    offset++;
    if (need > 0) {
      if (b < low || b > high) {
        fail("invalid UTF-8 byte 0x" + Integer.toHexString(b) + " inside a sequence");
      }
      need--;
      low = 0x80;
      high = 0xBF;
      return;
    }
    if (b < 0x80) {
      if (b == '\n') {
        line++;
      }
    } else if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      low = b == 0xE0 ? 0xA0 : 0x80;
      high = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      low = b == 0xF0 ? 0x90 : 0x80;
      high = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      fail("invalid UTF-8 byte 0x" + Integer.toHexString(b));
    }
  }

  private void fail(String why) throws IOException {
    failure = "not valid UTF-8 (byte " + offset + "): " + why;
    throw new IOException(failure);
  }
}
