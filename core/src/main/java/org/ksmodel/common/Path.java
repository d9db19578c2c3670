package org.ksmodel.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where a value sits inside a document, as a list of member names and array indexes over the wire
 * names. Renders as a JSON Pointer (RFC 6901), e.g. {@code /partnerships/3/participations/0/roles}.
 */
public final class Path {
  private static final Path ROOT = new Path(List.of());

  /** One step of a path: a member of an object, or an index into an array. */
  public sealed interface Segment permits Member, Index {}

  /** A member of an object, by its wire name. */
  public record Member(String name) implements Segment {
    public Member {
      Objects.requireNonNull(name, "name");
    }
  }

  /** A position in an array, from 0. */
  public record Index(int position) implements Segment {
    public Index {
      if (position < 0) {
        throw new IllegalArgumentException("index must not be negative: " + position);
      }
    }
  }

  private final List<Segment> segments;

  private Path(List<Segment> segments) {
    this.segments = segments;
  }

  /** The empty path: the document itself. */
  public static Path root() {
    return ROOT;
  }

  /** A path of member names, e.g. {@code Path.of("period", "end")}. */
  public static Path of(String... members) {
    Path path = ROOT;
    for (String member : members) {
      path = path.member(member);
    }
    return path;
  }

  /**
   * Reads a JSON Pointer; segments made only of digits become indexes.
   *
   * @throws IllegalArgumentException if the text is neither empty nor starts with {@code /}
   */
  public static Path parse(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    if (pointer.isEmpty()) {
      return ROOT;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
    }
    Path path = ROOT;
    for (String raw : pointer.substring(1).split("/", -1)) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      boolean index =
          !token.isEmpty()
              && token.length() < 10
              && token.chars().allMatch(c -> c >= '0' && c <= '9');
      path = index ? path.index(Integer.parseInt(token)) : path.member(token);
    }
    return path;
  }

  /** This path followed by a member. */
  public Path member(String name) {
    return append(new Member(name));
  }

  /** This path followed by an array index. */
  public Path index(int position) {
    return append(new Index(position));
  }

  /** This path followed by all the segments of {@code relative}. */
  public Path resolve(Path relative) {
    if (relative.segments.isEmpty()) {
      return this;
    }
    List<Segment> joined = new ArrayList<>(segments.size() + relative.segments.size());
    joined.addAll(segments);
    joined.addAll(relative.segments);
    return new Path(Collections.unmodifiableList(joined));
  }

  private Path append(Segment segment) {
    List<Segment> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(segment);
    return new Path(Collections.unmodifiableList(longer));
  }

  /** The steps from the root, in order; unmodifiable. */
  public List<Segment> segments() {
    return segments;
  }

  /** Whether this is the root path. */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /** The JSON Pointer: the empty string for the root, otherwise {@code /a/0/b}. */
  public String toJsonPointer() {
    StringBuilder pointer = new StringBuilder();
    for (Segment segment : segments) {
      pointer.append('/');
      if (segment instanceof Index index) {
        pointer.append(index.position());
      } else {
        pointer.append(((Member) segment).name().replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Path && segments.equals(((Path) other).segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /** The JSON Pointer of this path. */
  @Override
  public String toString() {
    return toJsonPointer();
  }
}
