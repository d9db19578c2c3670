package org.ksmodel.iati;

import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Writes a DOM as it is, repairing nothing: the fuzzer's serializer. */
public final class XmlText {
  private XmlText() {}

  public static String write(Document doc) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    for (Node node = doc.getFirstChild(); node != null; node = node.getNextSibling()) {
      write(node, out);
    }
    return out.append('\n').toString();
  }

  private static void write(Node node, StringBuilder out) {
    switch (node.getNodeType()) {
      case Node.ELEMENT_NODE -> {
        out.append('<').append(node.getNodeName());
        NamedNodeMap attributes = node.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
          Node attribute = attributes.item(i);
          out.append(' ').append(attribute.getNodeName()).append("=\"");
          escape(attribute.getNodeValue(), out, true);
          out.append('"');
        }
        if (!node.hasChildNodes()) {
          out.append("/>");
          return;
        }
        out.append('>');
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
          write(child, out);
        }
        out.append("</").append(node.getNodeName()).append('>');
      }
      case Node.TEXT_NODE -> escape(node.getNodeValue(), out, false);
      case Node.CDATA_SECTION_NODE ->
          out.append("<![CDATA[").append(node.getNodeValue()).append("]]>");
      case Node.COMMENT_NODE -> out.append("<!--").append(node.getNodeValue()).append("-->");
      case Node.PROCESSING_INSTRUCTION_NODE ->
          out.append("<?")
              .append(node.getNodeName())
              .append(' ')
              .append(node.getNodeValue())
              .append("?>");
      default -> {
        // Document types and entity references do not occur in the seeds.
      }
    }
  }

  private static void escape(String text, StringBuilder out, boolean attribute) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        default -> out.append(c);
      }
    }
  }
}
