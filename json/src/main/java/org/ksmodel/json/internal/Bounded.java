package org.ksmodel.json.internal;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/** Input that stops with {@code json.limit.document} once it has given more than its limit. */
public final class Bounded {
  private Bounded() {}

  public static InputStream of(InputStream in, long limit) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      private void count(int n) throws LimitExceeded {
        count += n;
        if (count > limit) {
          throw tooLong(limit);
        }
      }
    };
  }

  public static Reader of(Reader in, long limit) {
    return new FilterReader(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
          count(1);
        }
        return c;
      }

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      private void count(int n) throws LimitExceeded {
        count += n;
        if (count > limit) {
          throw tooLong(limit);
        }
      }
    };
  }

  static LimitExceeded tooLong(long limit) {
    return new LimitExceeded(
        Problems.LIMIT_DOCUMENT, "the document is longer than the limit of " + limit);
  }
}
