package org.ksmodel.iati.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ksmodel.iati.IatiImporter;
import org.ksmodel.iati.IatiReadException;

/**
 * Reads an IATI file with the JDK's StAX parser, safely: DTDs are not supported, external entities
 * are not resolved, and a DOCTYPE is refused outright (IATI files never need one), so neither
 * external-entity (XXE) nor entity-expansion ("billion laughs") attacks get through; an XInclude
 * element is refused too (it is never resolved). The input is limited in bytes and in element depth
 * (see {@link IatiImporter#MAX_DEPTH}). Reads the root, then one child of the root at a time as an
 * {@link XmlElement} tree, leaving out elements and attributes of foreign namespaces (counted, so
 * the importer can say what it ignored).
 */
public final class SafeXmlReader implements AutoCloseable {
  private static final int MAX_DEPTH = IatiImporter.MAX_DEPTH;
  private static final String XINCLUDE_NS = "http://www.w3.org/2001/XInclude";

  private final XMLStreamReader reader;
  private final Limited input;
  private final String sourceName;
  private final Set<String> foreignNamespaces = new TreeSet<>();
  private int foreignElements;
  private int foreignAttributes;

  private SafeXmlReader(XMLStreamReader reader, Limited input, String sourceName) {
    this.reader = reader;
    this.input = input;
    this.sourceName = sourceName;
  }

  public static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external entity refused: " + systemId);
        });
    return factory;
  }

  /** Opens a reader of at most {@code maxBytes} bytes of {@code in}. */
  public static SafeXmlReader open(InputStream in, String sourceName, long maxBytes) {
    Limited input = new Limited(in, maxBytes);
    try {
      input.checked = Utf8Guard.wrap(input);
      XMLStreamReader reader = factory().createXMLStreamReader(input.checked);
      return new SafeXmlReader(reader, input, sourceName);
    } catch (XMLStreamException e) {
      throw failure(sourceName, input, e);
    } catch (IOException e) {
      throw new IatiReadException(sourceName, -1, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Advances to the root element and returns it, without its children. */
  public XmlElement root() {
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.DTD) {
          throw new IatiReadException(
              sourceName,
              line(),
              "a DOCTYPE declaration is not allowed in an IATI file (refused for safety: DTDs"
                  + " carry entity-expansion and external-entity attacks)",
              null);
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          XmlElement root = new XmlElement(reader.getLocalName(), line());
          copyAttributes(root);
          if (isForeign()) {
            root.attribute("#namespace", reader.getNamespaceURI());
          }
          return root;
        }
      }
      throw new IatiReadException(sourceName, line(), "no root element: the file is empty", null);
    } catch (XMLStreamException e) {
      throw failure(sourceName, input, e);
    }
  }

  /**
   * The next child element of the current element (the root) as a tree, or empty at its end tag.
   * Text and foreign elements between children are skipped.
   */
  public Optional<XmlElement> nextChild() {
    try {
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          return Optional.empty();
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (isForeign()) {
            skipForeign(0);
            continue;
          }
          return Optional.of(readTree());
        }
      }
      return Optional.empty();
    } catch (XMLStreamException e) {
      throw failure(sourceName, input, e);
    }
  }

  /** Reads the element at the reader (a start tag) and everything in it. */
  private XmlElement readTree() throws XMLStreamException {
    Deque<XmlElement> open = new ArrayDeque<>();
    XmlElement top = new XmlElement(reader.getLocalName(), line());
    copyAttributes(top);
    open.push(top);
    while (!open.isEmpty()) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT:
          if (isForeign()) {
            skipForeign(open.size());
          } else {
            if (open.size() >= MAX_DEPTH) {
              throw new IatiReadException(
                  sourceName, line(), "elements nested deeper than " + MAX_DEPTH, null);
            }
            XmlElement child = new XmlElement(reader.getLocalName(), line());
            copyAttributes(child);
            open.peek().add(child);
            open.push(child);
          }
          break;
        case XMLStreamConstants.END_ELEMENT:
          open.pop();
          break;
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          open.peek().appendText(reader.getText());
          break;
        case XMLStreamConstants.ENTITY_REFERENCE:
          throw new IatiReadException(
              sourceName,
              line(),
              "undeclared entity reference &" + reader.getLocalName() + "; refused",
              null);
        default:
          break;
      }
    }
    return top;
  }

  /** Whether the element at the reader is of another namespace; an XInclude is refused. */
  private boolean isForeign() {
    String namespace = reader.getNamespaceURI();
    if (XINCLUDE_NS.equals(namespace)) {
      throw new IatiReadException(
          sourceName,
          line(),
          "an XInclude element is not allowed in an IATI file (refused for safety: it would pull"
              + " in other files)",
          null);
    }
    return namespace != null && !namespace.isEmpty();
  }

  /**
   * Skips a foreign element (inside {@code outer} elements) and its content; a foreign element may
   * hold anything but an XInclude, and no deeper than the limit.
   */
  private void skipForeign(int outer) throws XMLStreamException {
    foreignElements++;
    foreignNamespaces.add(reader.getNamespaceURI());
    int depth = 1;
    while (depth > 0) {
      int event = reader.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (outer + ++depth > MAX_DEPTH) {
          throw new IatiReadException(
              sourceName, line(), "elements nested deeper than " + MAX_DEPTH, null);
        }
        isForeign();
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private void copyAttributes(XmlElement element) {
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String namespace = reader.getAttributeNamespace(i);
      String local = reader.getAttributeLocalName(i);
      if (namespace == null || namespace.isEmpty()) {
        element.attribute(local, reader.getAttributeValue(i));
      } else if (XMLConstants.XML_NS_URI.equals(namespace)) {
        element.attribute("xml:" + local, reader.getAttributeValue(i));
      } else {
        foreignAttributes++;
        foreignNamespaces.add(namespace);
      }
    }
  }

  private int line() {
    Location location = reader.getLocation();
    return location == null ? -1 : location.getLineNumber();
  }

  public int foreignElements() {
    return foreignElements;
  }

  public int foreignAttributes() {
    return foreignAttributes;
  }

  public Set<String> foreignNamespaces() {
    return foreignNamespaces;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // Nothing was written; a failure to release the parser changes nothing for the caller.
    }
  }

  /** A one-line reason for a parser error, with the line where it happened. */
  public static IatiReadException failure(String sourceName, Limited input, XMLStreamException e) {
    int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
    if (input.exceeded) {
      return new IatiReadException(
          sourceName, line, "the file is larger than the limit of " + input.max + " bytes", e);
    }
    if (input.checked instanceof Utf8Guard && ((Utf8Guard) input.checked).failure() != null) {
      Utf8Guard guard = (Utf8Guard) input.checked;
      return new IatiReadException(sourceName, guard.line(), guard.failure(), e);
    }
    String message = String.valueOf(e.getMessage());
    int marker = message.indexOf("Message:");
    if (marker >= 0) {
      message = message.substring(marker + "Message:".length());
    }
    message = message.replaceAll("\\s+", " ").strip();
    return new IatiReadException(sourceName, line, "not well-formed XML: " + message, e);
  }

  /**
   * The input, refused past a number of bytes; the parser only sees an I/O error, so it is noted.
   */
  public static final class Limited extends FilterInputStream {
    private final long max;
    private long count;
    private boolean exceeded;
    private InputStream checked;

    public Limited(InputStream in, long max) {
      super(in);
      this.max = max;
    }

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

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) throws IOException {
      count += n;
      if (count > max) {
        exceeded = true;
        throw new IOException("the input is larger than the limit of " + max + " bytes");
      }
    }
  }
}
