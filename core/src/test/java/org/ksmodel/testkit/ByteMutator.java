package org.ksmodel.testkit;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Corruptions of raw bytes that no well-formed writer makes: flipped bits, inserted, deleted and
 * duplicated runs, truncation, long repetitions, NUL bytes, byte-order marks and invalid UTF-8
 * (overlong forms, lone continuation bytes, encoded surrogates, code points past U+10FFFF, cut
 * sequences). {@link #describe} names what the last call did, for the failure report.
 */
public final class ByteMutator {
  private static final byte[][] INTERESTING = {
    {0},
    {(byte) 0xFF},
    {(byte) 0xFE, (byte) 0xFF},
    {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0x80},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80},
    {'"'},
    {'\\'},
    {'\\', 'u', 'D', '8', '0', '0'},
    {'{'},
    {'}'},
    {'['},
    {']'},
    {','},
    {':'},
    {'<'},
    {'&'},
    {'\n'},
    {'\r'},
    {'\t'},
    {'-'},
    {'e'},
    {'.'},
    {'0'},
  };

  private final StringBuilder done = new StringBuilder();

  /** Applies between one and {@code max} corruptions. */
  public byte[] mutate(byte[] input, Rng rng, int max) {
    byte[] bytes = input;
    int count = rng.between(1, max);
    for (int i = 0; i < count; i++) {
      bytes = once(bytes, rng);
    }
    return bytes;
  }

  /** What the corruptions so far were. */
  public String describe() {
    return done.toString();
  }

  private byte[] once(byte[] bytes, Rng rng) {
    if (bytes.length == 0) {
      return note("insert into empty", interesting(rng));
    }
    int at = rng.nextInt(bytes.length);
    switch (rng.nextInt(9)) {
      case 0:
        {
          byte[] copy = bytes.clone();
          copy[at] ^= (byte) (1 << rng.nextInt(8));
          return note("flip bit at " + at, copy);
        }
      case 1:
        {
          byte[] copy = bytes.clone();
          copy[at] = (byte) rng.nextInt(256);
          return note("set byte at " + at, copy);
        }
      case 2:
      case 3:
        return note("insert at " + at, splice(bytes, at, 0, interesting(rng)));
      case 4:
        {
          int length = Math.min(bytes.length - at, rng.between(1, 64));
          return note("delete " + length + " at " + at, splice(bytes, at, length, new byte[0]));
        }
      case 5:
        return note("truncate at " + at, Arrays.copyOf(bytes, at));
      case 6:
        {
          int length = Math.min(bytes.length - at, rng.between(1, 256));
          byte[] run = Arrays.copyOfRange(bytes, at, at + length);
          int to = rng.nextInt(bytes.length + 1);
          return note("copy " + length + " from " + at + " to " + to, splice(bytes, to, 0, run));
        }
      case 7:
        {
          int length = Math.min(bytes.length - at, rng.between(1, 16));
          byte[] run = Arrays.copyOfRange(bytes, at, at + length);
          int times = Math.min(rng.pick(10, 1_000, 100_000), 400_000 / length);
          ByteArrayOutputStream repeated = new ByteArrayOutputStream(length * times);
          for (int i = 0; i < times; i++) {
            repeated.write(run, 0, run.length);
          }
          return note(
              "repeat " + length + " at " + at + " " + times + " times",
              splice(bytes, at, 0, repeated.toByteArray()));
        }
      default:
        {
          byte[] copy = bytes.clone();
          copy[at] = 0;
          return note("NUL at " + at, copy);
        }
    }
  }

  private byte[] note(String what, byte[] result) {
    done.append(done.length() == 0 ? "" : ", ").append(what);
    return result;
  }

  private static byte[] interesting(Rng rng) {
    return rng.chance(0.2) ? new byte[] {(byte) rng.nextInt(256)} : rng.pick(INTERESTING);
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    byte[] result = new byte[bytes.length - remove + insert.length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(insert, 0, result, at, insert.length);
    System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
    return result;
  }
}
