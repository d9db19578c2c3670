package org.ksmodel.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Keeps the input text of the record being read, so that a record that cannot be built can be
 * quarantined with its raw JSON. In-memory input (a byte array, a string) is sliced at the parser's
 * offsets, at no cost to records that are fine. A stream is copied as it passes: the most recent
 * input (more than the parser reads ahead, so the start of a record is still there when the record
 * starts) and, from the start of a record, at most the limit. Texts are cut at the limit.
 *
 * <p>One per read; not thread-safe.
 */
public abstract class RawCapture {
  /** No text is kept: each record's text is empty and cut. */
  public static final RawCapture NONE =
      new RawCapture() {
        @Override
        void start(JsonLocation at) {}

        @Override
        Raw text(JsonLocation end) {
          return Raw.UNKNOWN;
        }

        @Override
        String slice(JsonLocation from, JsonLocation to) {
          return null;
        }
      };

  /** Why the text of a part could not be kept, for messages. */
  static final String NOT_KEPT =
      "its text could not be kept (byte input in UTF-16 or UTF-32, or a part of a stream longer"
          + " than the 64 KiB kept of it and than the limit kept of its record)";

  /** A record's text: what was kept, and whether it is only its beginning. */
  public record Raw(String text, boolean cut) {
    static final Raw UNKNOWN = new Raw("", true);

    /** The same text, marked as only the beginning of its record. */
    public static Raw cut(Raw raw) {
      return raw.cut ? raw : new Raw(raw.text, true);
    }
  }

  RawCapture() {}

  /** Starts a record at the location of its first token. */
  abstract void start(JsonLocation at);

  /** The text of the record started last, up to {@code end} (exclusive). */
  abstract Raw text(JsonLocation end);

  /**
   * The whole text from {@code from} to {@code to} (exclusive), uncut, or null if it is not known:
   * the text of a part left out of a record.
   */
  abstract String slice(JsonLocation from, JsonLocation to);

  /** The offset of a location in the unit of the input (bytes or characters); -1 if unknown. */
  long offset(JsonLocation location) {
    return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
  }

  /** The record is done: nothing of it needs to be kept any more. */
  void stop() {}

  /** Slices a UTF-8 byte array (byte offsets); input in another encoding gives no text. */
  public static RawCapture of(byte[] input, int limit) {
    return of(input, input.length, limit);
  }

  /** Slices the first {@code length} bytes of a UTF-8 byte array, as {@link #of(byte[], int)}. */
  public static RawCapture of(byte[] input, int length, int limit) {
    return new RawCapture() {
      private long from = -1;

      @Override
      void start(JsonLocation at) {
        from = at.getByteOffset();
      }

      @Override
      long offset(JsonLocation location) {
        return location.getByteOffset();
      }

      @Override
      Raw text(JsonLocation end) {
        long to = Math.min(end.getByteOffset(), length);
        if (from < 0 || to < from) {
          return Raw.UNKNOWN;
        }
        boolean cut = to - from > limit;
        int length = cut ? utf8Prefix(input, (int) from, limit) : (int) (to - from);
        return new Raw(new String(input, (int) from, length, StandardCharsets.UTF_8), cut);
      }

      @Override
      String slice(JsonLocation start, JsonLocation end) {
        long at = start.getByteOffset();
        long to = end.getByteOffset();
        if (at < 0 || to < at || to > length) {
          return null;
        }
        return new String(input, (int) at, (int) (to - at), StandardCharsets.UTF_8);
      }
    };
  }

  /** Slices a string (character offsets). */
  public static RawCapture of(String input, int limit) {
    return new RawCapture() {
      private long from = -1;

      @Override
      void start(JsonLocation at) {
        from = at.getCharOffset();
      }

      @Override
      long offset(JsonLocation location) {
        return location.getCharOffset();
      }

      @Override
      Raw text(JsonLocation end) {
        long to = Math.min(end.getCharOffset(), input.length());
        if (from < 0 || to < from) {
          return Raw.UNKNOWN;
        }
        boolean cut = to - from > limit;
        int length = cut ? charPrefix(input, (int) from, limit) : (int) (to - from);
        return new Raw(input.substring((int) from, (int) from + length), cut);
      }

      @Override
      String slice(JsonLocation start, JsonLocation end) {
        long at = start.getCharOffset();
        long to = end.getCharOffset();
        if (at < 0 || to < at || to > input.length()) {
          return null;
        }
        return input.substring((int) at, (int) to);
      }
    };
  }

  /** Copies a byte stream as the parser reads it (byte offsets); see {@link #wrap}. */
  public static Bytes bytes(int limit) {
    return new Bytes(limit);
  }

  /** Copies a character stream as the parser reads it (character offsets); see {@link #wrap}. */
  public static Chars chars(int limit) {
    return new Chars(limit);
  }

  /** The UTF-8 text of {@code length} bytes from {@code from}, cut to at most {@code limit}. */
  public static Raw utf8(byte[] bytes, int from, int length, int limit) {
    boolean cut = length > limit;
    int kept = cut ? utf8Prefix(bytes, from, limit) : length;
    return new Raw(new String(bytes, from, kept, StandardCharsets.UTF_8), cut);
  }

  /** The longest prefix of at most {@code limit} bytes from {@code from} that ends a character. */
  static int utf8Prefix(byte[] bytes, int from, int limit) {
    int end = from + limit;
    int lead = end - 1;
    while (lead > from && (bytes[lead] & 0xC0) == 0x80) {
      lead--;
    }
    int b = bytes[lead] & 0xFF;
    int size = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    return (lead + size <= end ? end : lead) - from;
  }

  static int charPrefix(CharSequence chars, int from, int limit) {
    return Character.isHighSurrogate(chars.charAt(from + limit - 1)) ? limit - 1 : limit;
  }

  /**
   * A copy of a stream: the last {@link #TAIL} units read, in a ring, and from the start of the
   * current record at most the limit.
   */
  private abstract static class Recording<A> extends RawCapture {
    /** More than the parser holds ahead of its position: 8000 bytes or 4000 characters. */
    static final int TAIL = 1 << 16;

    private final int limit;
    private final A ring;
    private long total;
    private A head;
    private int headLength;
    private long headStart = -1;

    Recording(int limit, A ring, A head) {
      this.limit = limit;
      this.ring = ring;
      this.head = head;
    }

    @Override
    abstract long offset(JsonLocation location);

    abstract int capacity(A array);

    abstract A copyOf(A array, int length);

    abstract Raw decode(A array, int length, boolean cut);

    abstract String decode(A array, int from, int length);

    /** Called with each chunk the stream gives. */
    final void seen(A chunk, int from, int count) {
      if (headStart >= 0 && headLength < limit) {
        append(chunk, from, Math.min(count, limit - headLength));
      }
      int skip = Math.max(0, count - TAIL);
      long at = total + skip;
      int source = from + skip;
      int left = count - skip;
      while (left > 0) {
        int position = (int) (at % TAIL);
        int n = Math.min(left, TAIL - position);
        System.arraycopy(chunk, source, ring, position, n);
        at += n;
        source += n;
        left -= n;
      }
      total += count;
    }

    private void append(A chunk, int from, int count) {
      if (headLength + count > capacity(head)) {
        head = copyOf(head, Math.min(limit, Math.max(headLength + count, capacity(head) * 2)));
      }
      System.arraycopy(chunk, from, head, headLength, count);
      headLength += count;
    }

    @Override
    final void start(JsonLocation location) {
      long start = offset(location);
      headLength = 0;
      if (start < 0 || start > total || start < total - TAIL) {
        headStart = -1;
        return;
      }
      headStart = start;
      // What the parser has read ahead of the record's start is only in the ring.
      long stop = Math.min(total, start + limit);
      for (long at = start; at < stop; ) {
        int position = (int) (at % TAIL);
        int n = (int) Math.min(stop - at, TAIL - position);
        append(ring, position, n);
        at += n;
      }
    }

    @Override
    final Raw text(JsonLocation end) {
      if (headStart < 0) {
        return Raw.UNKNOWN;
      }
      long stop = offset(end);
      long length = stop < headStart ? headLength : stop - headStart;
      int kept = (int) Math.min(length, headLength);
      return decode(head, kept, kept < length);
    }

    @Override
    final String slice(JsonLocation start, JsonLocation end) {
      long from = offset(start);
      long to = offset(end);
      if (from < 0 || to < from || to > total) {
        return null;
      }
      if (from >= total - TAIL) {
        A copy = copyOf(ring, (int) (to - from));
        for (long at = from; at < to; ) {
          int position = (int) (at % TAIL);
          int n = (int) Math.min(to - at, TAIL - position);
          System.arraycopy(ring, position, copy, (int) (at - from), n);
          at += n;
        }
        return decode(copy, 0, (int) (to - from));
      }
      if (headStart >= 0 && from >= headStart && to - headStart <= headLength) {
        return decode(head, (int) (from - headStart), (int) (to - from));
      }
      return null;
    }

    @Override
    final void stop() {
      headStart = -1;
      headLength = 0;
    }
  }

  /** A byte stream's copy. */
  public static final class Bytes extends Recording<byte[]> {
    Bytes(int limit) {
      super(limit, new byte[TAIL], new byte[Math.min(limit, 1 << 10)]);
    }

    /** The stream, copied here as the parser reads it. */
    public InputStream wrap(InputStream in) {
      return new FilterInputStream(in) {
        private final byte[] one = new byte[1];

        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            one[0] = (byte) b;
            seen(one, 0, 1);
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = super.read(buffer, offset, length);
          if (n > 0) {
            seen(buffer, offset, n);
          }
          return n;
        }
      };
    }

    @Override
    long offset(JsonLocation location) {
      return location.getByteOffset();
    }

    @Override
    int capacity(byte[] array) {
      return array.length;
    }

    @Override
    byte[] copyOf(byte[] array, int length) {
      return Arrays.copyOf(array, length);
    }

    @Override
    Raw decode(byte[] array, int length, boolean cut) {
      int kept = cut && length > 0 ? utf8Prefix(array, 0, length) : length;
      return new Raw(new String(array, 0, kept, StandardCharsets.UTF_8), cut);
    }

    @Override
    String decode(byte[] array, int from, int length) {
      return new String(array, from, length, StandardCharsets.UTF_8);
    }
  }

  /** A character stream's copy. */
  public static final class Chars extends Recording<char[]> {
    Chars(int limit) {
      super(limit, new char[TAIL], new char[Math.min(limit, 1 << 10)]);
    }

    /** The reader, copied here as the parser reads it. */
    public Reader wrap(Reader in) {
      return new FilterReader(in) {
        private final char[] one = new char[1];

        @Override
        public int read() throws IOException {
          int c = super.read();
          if (c >= 0) {
            one[0] = (char) c;
            seen(one, 0, 1);
          }
          return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
          int n = super.read(buffer, offset, length);
          if (n > 0) {
            seen(buffer, offset, n);
          }
          return n;
        }
      };
    }

    @Override
    long offset(JsonLocation location) {
      return location.getCharOffset();
    }

    @Override
    int capacity(char[] array) {
      return array.length;
    }

    @Override
    char[] copyOf(char[] array, int length) {
      return Arrays.copyOf(array, length);
    }

    @Override
    Raw decode(char[] array, int length, boolean cut) {
      int kept =
          cut && length > 0 ? charPrefix(java.nio.CharBuffer.wrap(array), 0, length) : length;
      return new Raw(new String(array, 0, kept), cut);
    }

    @Override
    String decode(char[] array, int from, int length) {
      return new String(array, from, length);
    }
  }
}
