package org.ksmodel.iati;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ksmodel.testkit.Rng;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Corrupts valid IATI files in their structure: a few activities (or organisations) of a seed are
 * taken, then elements are deleted, duplicated, repeated many times, moved inside others, renamed,
 * nested deeply, given hostile text or attribute values, or joined by foreign, XInclude or
 * misplaced elements; the result is written by a plain writer (so nothing is repaired), and may
 * then get hostile markup (entity references, a DOCTYPE, CDATA, comments, processing instructions)
 * spliced into it. {@link #describe} names what was done.
 */
public final class XmlMutator {
  private static final String[] TEXTS = {
    "",
    " ",
    "-1",
    "0",
    "1e400",
    "NaN",
    "Infinity",
    "99999999999999999999999999999999999",
    "0.000000000000000000000000001",
    "12,5",
    "2024-02-30",
    "0000-01-01",
    "9999-99-99",
    "2024-01-01T10:00:00Z",
    "XX",
    "zz",
    "ÄÖ",
    "😀",
    "\u202e",
    " padded ",
    "&amp;",
    "<",
    "1.5",
    "100",
    "101",
    "-0",
    "8",
    "40",
    "GB-COH-",
    "XM-DAC-41114",
    "http://[::1",
    "en",
    "EN",
    "xx-YY",
  };
  private static final String[] ATTRIBUTES = {
    "ref",
    "type",
    "code",
    "vocabulary",
    "role",
    "iso-date",
    "value-date",
    "currency",
    "percentage",
    "xml:lang",
    "version",
    "hierarchy",
    "default-currency",
    "status",
    "measure",
    "ascending",
    "value",
    "year",
    "significance",
    "format",
    "url",
  };
  private static final String[] MARKUP = {
    "&lol;",
    "&#0;",
    "&#xD800;",
    "&#x110000;",
    "&amp",
    "<![CDATA[x]]>",
    "]]>",
    "<!--",
    "-->",
    "<?pi x?>",
    "<!DOCTYPE x>",
    "<!DOCTYPE iati-activities SYSTEM \"file:///nonexistent.dtd\">",
    "<!ENTITY x 'y'>",
    "\u0000",
    "\uFEFF",
    " xmlns:a='urn:a'",
    " a:b='c'",
    "</iati-activity>",
    "<iati-activity>",
    "<narrative>",
    "</narrative>",
    "<",
    ">",
    "&",
    "\"",
    "'",
    "=",
    "<a:x/>",
    "<?xml version='1.0'?>",
    "<xi:include xmlns:xi='http://www.w3.org/2001/XInclude' href='x'/>",
  };

  private final Rng rng;
  private final StringBuilder done = new StringBuilder();

  public XmlMutator(Rng rng) {
    this.rng = rng;
  }

  /** A safe parser for the seeds, which are trusted but parsed as carefully as the importer. */
  public static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new IllegalStateException("a seed is not valid XML", e);
    }
  }

  public String describe() {
    return done.toString();
  }

  /** A new document of the seed's root and a few of its records, corrupted. */
  public byte[] mutate(Document seed, int maxEdits) {
    Document doc = sample(seed);
    int edits = rng.between(1, maxEdits);
    for (int i = 0; i < edits; i++) {
      edit(doc);
    }
    String text = XmlText.write(doc);
    if (rng.chance(0.3)) {
      int at = rng.nextInt(text.length() + 1);
      String markup = rng.pick(MARKUP);
      note("markup " + markup.strip() + " at " + at);
      text = text.substring(0, at) + markup + text.substring(at);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private Document sample(Document seed) {
    Element root = seed.getDocumentElement();
    List<Element> records = children(root);
    if (records.isEmpty() || rng.chance(0.1)) {
      note("whole file");
      return (Document) seed.cloneNode(true);
    }
    Document doc = (Document) seed.cloneNode(false);
    Element copy = (Element) doc.importNode(root, false);
    doc.appendChild(copy);
    int count = rng.between(1, Math.min(4, records.size()));
    int start = rng.nextInt(records.size() - count + 1);
    for (int i = start; i < start + count; i++) {
      copy.appendChild(doc.importNode(records.get(i), true));
    }
    note("records " + start + ".." + (start + count - 1));
    return doc;
  }

  private void edit(Document doc) {
    List<Element> elements = elements(doc);
    Element element = rng.pick(elements);
    Element other = rng.pick(elements);
    boolean isRoot = element == doc.getDocumentElement();
    switch (rng.nextInt(12)) {
      case 0 -> {
        if (!isRoot) {
          note("deleted <" + element.getNodeName() + ">");
          element.getParentNode().removeChild(element);
        }
      }
      case 1 -> {
        if (!isRoot) {
          int times = Math.max(1, Math.min(rng.pick(1, 10, 1_000), 400_000 / size(element)));
          note("<" + element.getNodeName() + "> repeated " + times + " times");
          for (int i = 0; i < times; i++) {
            element.getParentNode().insertBefore(element.cloneNode(true), element);
          }
        }
      }
      case 2 -> {
        boolean inside =
            (element.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_CONTAINED_BY) != 0;
        if (!isRoot && !inside && other != element) {
          note("<" + element.getNodeName() + "> moved into <" + other.getNodeName() + ">");
          other.appendChild(element);
        }
      }
      case 3 -> {
        String name =
            rng.chance(0.7)
                ? other.getNodeName()
                : rng.pick("x", "iati-activity", "iati-organisation", "narrative", "a:b");
        if (!name.contains(":")) {
          note("<" + element.getNodeName() + "> renamed <" + name + ">");
          doc.renameNode(element, element.getNamespaceURI(), name);
        }
      }
      case 4, 5 -> {
        String text = rng.chance(0.1) ? "x".repeat(rng.pick(10_000, 300_000)) : rng.pick(TEXTS);
        note("text of <" + element.getNodeName() + "> set to " + abbreviate(text));
        if (rng.chance(0.5) || !element.hasChildNodes()) {
          element.setTextContent(text);
        } else {
          element.insertBefore(doc.createTextNode(text), element.getFirstChild());
        }
      }
      case 6, 7 -> {
        String name = attributeName(element);
        String value = rng.chance(0.05) ? "v".repeat(100_000) : rng.pick(TEXTS);
        note("@" + name + " of <" + element.getNodeName() + "> set to " + abbreviate(value));
        if (name.equals("xml:lang")) {
          element.setAttributeNS(XMLConstants.XML_NS_URI, name, value);
        } else {
          element.setAttribute(name, value);
        }
      }
      case 8 -> {
        NamedNodeMap attributes = element.getAttributes();
        if (attributes.getLength() > 0) {
          Attr attribute = (Attr) attributes.item(rng.nextInt(attributes.getLength()));
          if (!attribute.getName().startsWith("xmlns")) {
            note("@" + attribute.getName() + " of <" + element.getNodeName() + "> deleted");
            element.removeAttributeNode(attribute);
          }
        }
      }
      case 9 -> {
        if (!isRoot) {
          int depth = rng.pick(5, 63, 64, 65, 200, 5_000);
          boolean foreign = rng.chance(0.3);
          note(
              "<"
                  + element.getNodeName()
                  + "> wrapped "
                  + depth
                  + " deep"
                  + (foreign ? " (foreign)" : ""));
          Node parent = element.getParentNode();
          Node next = element.getNextSibling();
          Element outer = element;
          for (int i = 0; i < depth; i++) {
            Element wrapper =
                foreign ? foreign(doc, "urn:f", "f:w") : doc.createElement(element.getNodeName());
            wrapper.appendChild(outer);
            outer = wrapper;
          }
          parent.insertBefore(outer, next);
        }
      }
      case 10 -> {
        Element foreign =
            rng.chance(0.5)
                ? foreign(doc, "urn:foreign", "x:extra")
                : foreign(doc, "http://www.w3.org/2001/XInclude", "xi:include");
        note("<" + foreign.getNodeName() + "> in <" + element.getNodeName() + ">");
        element.appendChild(foreign);
        if (rng.chance(0.5)) {
          element.setAttributeNS(XMLNS, "xmlns:y", "urn:foreign-attribute");
          element.setAttributeNS("urn:foreign-attribute", "y:attr", "1");
        }
      }
      default -> {
        String text = element.getTextContent();
        if (!isRoot && other != element && size(element) < 10_000) {
          note("text of <" + element.getNodeName() + "> and <" + other.getNodeName() + "> swapped");
          element.setTextContent(other.getTextContent());
          other.setTextContent(text);
        }
      }
    }
  }

  private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

  /** An element of a namespace, declaring it (the writer writes only what is there). */
  private static Element foreign(Document doc, String namespace, String name) {
    Element element = doc.createElementNS(namespace, name);
    element.setAttributeNS(XMLNS, "xmlns:" + name.substring(0, name.indexOf(':')), namespace);
    return element;
  }

  private String attributeName(Element element) {
    NamedNodeMap attributes = element.getAttributes();
    if (attributes.getLength() > 0 && rng.chance(0.6)) {
      String name = attributes.item(rng.nextInt(attributes.getLength())).getNodeName();
      if (!name.startsWith("xmlns")) {
        return name;
      }
    }
    return rng.pick(ATTRIBUTES);
  }

  private static int size(Element element) {
    return Math.max(
        1, element.getTextContent().length() + 40 * element.getElementsByTagName("*").getLength());
  }

  static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element) {
        children.add((Element) child);
      }
    }
    return children;
  }

  private static List<Element> elements(Document doc) {
    List<Element> elements = new ArrayList<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      elements.add((Element) all.item(i));
    }
    return elements;
  }

  private static String abbreviate(String text) {
    return text.length() > 20
        ? text.substring(0, 10) + "...(" + text.length() + ")"
        : "'" + text + "'";
  }

  private void note(String what) {
    done.append(done.length() == 0 ? "" : ", ").append(what);
  }
}
