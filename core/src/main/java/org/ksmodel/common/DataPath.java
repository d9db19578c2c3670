package org.ksmodel.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where a value sits inside a document, as a list of member names and array indexes over the wire
 * names. Renders as a JSON Pointer (RFC 6901), e.g. {@code /partnerships/3/participations/0/roles}.
 *
 * <p>Immutable and safe to share between threads; the methods that extend a path return a new one.
 */
public final class DataPath {
  private static final DataPath ROOT = new DataPath(List.of());

  /** One step of a path: a member of an object, or an index into an array. */
  public sealed interface Segment permits Member, Index {}

  /**
   * A member of an object, by its wire name.
   *
   * @param name the member's name; any text, the empty string included
   */
  public record Member(String name) implements Segment {
    /**
     * Makes the segment.
     *
     * @param name the member's name; any text, the empty string included
     */
    public Member {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A position in an array, from 0.
   *
   * @param position the position, from 0
   */
  public record Index(int position) implements Segment {
    /**
     * Makes the segment.
     *
     * @param position the position, from 0
     * @throws IllegalArgumentException if the position is negative
     */
    public Index {
      if (position < 0) {
        throw new IllegalArgumentException("index must not be negative: " + position);
      }
    }
  }

  private final List<Segment> segments;

  private DataPath(List<Segment> segments) {
    this.segments = segments;
  }

  /** {@return the empty path: the document itself} */
  public static DataPath root() {
    return ROOT;
  }

  /**
   * A path of member names, e.g. {@code DataPath.of("period", "end")} for {@code /period/end}.
   *
   * @param members the member names, from the root; none for the root
   * @return the path
   */
  public static DataPath of(String... members) {
    DataPath path = ROOT;
    for (String member : members) {
      path = path.member(member);
    }
    return path;
  }

  /**
   * Reads a JSON Pointer such as {@code /partnerships/3/title}, undoing the escapes {@code ~1} (for
   * {@code /}) and {@code ~0} (for {@code ~}). A segment of one to nine digits becomes an index,
   * any other a member; so a member whose name is such a number does not survive a round trip
   * through the pointer.
   *
   * @param pointer the pointer; the empty string for the root
   * @return the path
   * @throws IllegalArgumentException if the text is neither empty nor starts with {@code /}
   */
  public static DataPath parse(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    if (pointer.isEmpty()) {
      return ROOT;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
    }
    DataPath path = ROOT;
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

  /**
   * Extends this path by a member.
   *
   * @param name the member's wire name
   * @return this path followed by the member
   */
  public DataPath member(String name) {
    return append(new Member(name));
  }

  /**
   * Extends this path by an array index.
   *
   * @param position the position in the array, from 0
   * @return this path followed by the index
   * @throws IllegalArgumentException if the position is negative
   */
  public DataPath index(int position) {
    return append(new Index(position));
  }

  /**
   * Extends this path by another, e.g. to locate a problem found in a part of a document.
   *
   * @param relative the path to append, read as relative to this one
   * @return this path followed by all the segments of {@code relative}
   */
  public DataPath resolve(DataPath relative) {
    if (relative.segments.isEmpty()) {
      return this;
    }
    List<Segment> joined = new ArrayList<>(segments.size() + relative.segments.size());
    joined.addAll(segments);
    joined.addAll(relative.segments);
    return new DataPath(Collections.unmodifiableList(joined));
  }

  private DataPath append(Segment segment) {
    List<Segment> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(segment);
    return new DataPath(Collections.unmodifiableList(longer));
  }

  /** {@return the steps from the root, in order; unmodifiable} */
  public List<Segment> segments() {
    return segments;
  }

  /** {@return whether this is the root path, with no segment} */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /**
   * {@return the JSON Pointer: the empty string for the root, otherwise such as {@code /a/0/b},
   * with {@code ~} and {@code /} in member names escaped as {@code ~0} and {@code ~1}}
   */
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
    return other instanceof DataPath && segments.equals(((DataPath) other).segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /** {@return the JSON Pointer of this path, as {@link #toJsonPointer()}} */
  @Override
  public String toString() {
    return toJsonPointer();
  }
}
