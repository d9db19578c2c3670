package org.ksmodel.iati.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One IATI element read into memory: its local name, its attributes (no-namespace ones by local
 * name, {@code xml:lang} as {@code "xml:lang"}), its own text and its IATI children. Elements and
 * attributes of other namespaces are left out when reading. The importer holds one activity at a
 * time this way, so memory is bounded by the largest activity, not the file.
 */
public final class XmlElement {
  private final String name;
  private final int line;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<XmlElement> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  public XmlElement(String name, int line) {
    this.name = name;
    this.line = line;
  }

  public String name() {
    return name;
  }

  /** The line of the start tag in the file, or -1 when the parser does not tell. */
  public int line() {
    return line;
  }

  public void attribute(String key, String value) {
    attributes.put(key, value);
  }

  public void add(XmlElement child) {
    children.add(child);
  }

  public void appendText(String chunk) {
    text.append(chunk);
  }

  /** The attribute with surrounding whitespace removed; empty when absent or blank. */
  public Optional<String> attr(String key) {
    String value = attributes.get(key);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.strip());
  }

  /** The element's own text, stripped; empty when blank. */
  public Optional<String> text() {
    String value = text.toString().strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  public List<XmlElement> children() {
    return Collections.unmodifiableList(children);
  }

  /** The children with a local name, in document order. */
  public List<XmlElement> all(String childName) {
    List<XmlElement> found = new ArrayList<>();
    for (XmlElement child : children) {
      if (child.name.equals(childName)) {
        found.add(child);
      }
    }
    return found;
  }

  /** The first child with a local name. */
  public Optional<XmlElement> first(String childName) {
    for (XmlElement child : children) {
      if (child.name.equals(childName)) {
        return Optional.of(child);
      }
    }
    return Optional.empty();
  }

  /** The text of the first child with that name. */
  public Optional<String> childText(String childName) {
    return first(childName).flatMap(XmlElement::text);
  }

  @Override
  public String toString() {
    return "<" + name + "> at line " + line;
  }
}
