package org.ksmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The IATI mapping table (core/IATI-MAPPING.md) covers the IATI 2.03 schema: every element and
 * attribute path the XSD allows (activity schema with iati-common.xsd, and organisation schema) has
 * a row, every row names a path the XSD allows, and no row says that a fact is dropped: each names
 * a model place, or says "kept verbatim" or "refused".
 *
 * <p>The XSD is walked with the JDK's DOM: global elements, {@code ref=}, named and anonymous
 * complex types, attributes (also {@code ref="xml:lang"}), attribute groups, groups, extension and
 * restriction bases, and included schemas. Wildcards are paths too: {@code xsd:any} under an
 * element {@code e} is the path {@code e/*}, {@code xsd:anyAttribute} is {@code e/@*}. A row whose
 * key starts with {@code ** /} (without the space) covers every path that ends with the rest of the
 * key; such a row must cover at least one path.
 */
class IatiMappingTableTest {
  private static final Path SCHEMAS = Path.of("src/test/resources/realdata/iati-schema-2.03");
  private static final Path TABLE = Path.of("IATI-MAPPING.md");
  private static final String XSD = "http://www.w3.org/2001/XMLSchema";
  private static final String ANYWHERE = "**/";

  /** A table row: {@code | `path` | target |}. */
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\|(.*)\\|\\s*$");

  /** The global declarations of one schema and the schemas it includes. */
  private static final class Schema {
    final Map<String, Element> elements = new HashMap<>();
    final Map<String, Element> complexTypes = new HashMap<>();
    final Map<String, Element> attributeGroups = new HashMap<>();
    final Map<String, Element> groups = new HashMap<>();
    final Map<String, Element> attributes = new HashMap<>();

    Schema(Path file) {
      load(file, new TreeSet<>());
    }

    private void load(Path file, Set<Path> loaded) {
      if (!loaded.add(file.toAbsolutePath().normalize())) {
        return;
      }
      Element root = parse(file);
      for (Element child : children(root)) {
        String name = child.getAttribute("name");
        switch (child.getLocalName()) {
          case "include" -> load(file.resolveSibling(child.getAttribute("schemaLocation")), loaded);
          case "element" -> elements.put(name, child);
          case "complexType" -> complexTypes.put(name, child);
          case "attributeGroup" -> attributeGroups.put(name, child);
          case "group" -> groups.put(name, child);
          case "attribute" -> attributes.put(name, child);
          default -> {}
        }
      }
    }

    /** Every path under the global element {@code root}, root included. */
    Set<String> paths(String root) {
      Set<String> paths = new TreeSet<>();
      walkElement(require(elements, root), root, paths, new ArrayDeque<>());
      return paths;
    }

    private void walkElement(Element decl, String path, Set<String> out, Deque<Object> stack) {
      out.add(path);
      if (stack.contains(decl)) {
        return; // a cycle: the path is recorded, its content was walked further up
      }
      stack.push(decl);
      String type = decl.getAttribute("type");
      if (!type.isEmpty() && !type.startsWith("xsd:")) {
        if (complexTypes.containsKey(type)) {
          walkComplexType(complexTypes.get(type), path, out, stack);
        }
        // otherwise a named simple type: no children, no attributes
      }
      for (Element child : children(decl)) {
        if (child.getLocalName().equals("complexType")) {
          walkComplexType(child, path, out, stack);
        }
      }
      stack.pop();
    }

    private void walkComplexType(Element type, String path, Set<String> out, Deque<Object> stack) {
      for (Element child : children(type)) {
        walkContent(child, path, out, stack);
      }
    }

    /** One child of a complex type, a content model, an extension or a restriction. */
    private void walkContent(Element node, String path, Set<String> out, Deque<Object> stack) {
      switch (node.getLocalName()) {
        case "sequence", "choice", "all", "simpleContent", "complexContent" -> {
          for (Element child : children(node)) {
            walkContent(child, path, out, stack);
          }
        }
        case "extension", "restriction" -> {
          String base = node.getAttribute("base");
          if (complexTypes.containsKey(base)) {
            Element baseType = complexTypes.get(base);
            if (!stack.contains(baseType)) {
              stack.push(baseType);
              walkComplexType(baseType, path, out, stack);
              stack.pop();
            }
          }
          for (Element child : children(node)) {
            walkContent(child, path, out, stack);
          }
        }
        case "group" -> {
          if (node.hasAttribute("ref")) {
            walkContent(require(groups, node.getAttribute("ref")), path, out, stack);
          } else {
            for (Element child : children(node)) {
              walkContent(child, path, out, stack);
            }
          }
        }
        case "element" -> {
          if (node.hasAttribute("ref")) {
            String ref = node.getAttribute("ref");
            walkElement(require(elements, ref), path + "/" + ref, out, stack);
          } else {
            walkElement(node, path + "/" + node.getAttribute("name"), out, stack);
          }
        }
        case "any" -> out.add(path + "/*");
        case "attribute" -> {
          String name =
              node.hasAttribute("ref") ? node.getAttribute("ref") : node.getAttribute("name");
          if (!"prohibited".equals(node.getAttribute("use"))) {
            out.add(path + "/@" + name);
          }
        }
        case "attributeGroup" -> {
          for (Element child : children(require(attributeGroups, node.getAttribute("ref")))) {
            walkContent(child, path, out, stack);
          }
        }
        case "anyAttribute" -> out.add(path + "/@*");
        case "annotation", "documentation", "appinfo" -> {}
        default -> throw new AssertionError("unhandled XSD construct xsd:" + node.getLocalName());
      }
    }
  }

  private static Element require(Map<String, Element> declarations, String name) {
    Element found = declarations.get(name);
    assertThat(found).as("XSD declares %s", name).isNotNull();
    return found;
  }

  private static Element parse(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setExpandEntityReferences(false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    } catch (Exception e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && XSD.equals(e.getNamespaceURI())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The rows of the table, path to target, in the order of the file. */
  private static Map<String, String> rows() throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        assertThat(rows.put(row.group(1), row.group(2).trim()))
            .as("IATI-MAPPING.md has two rows for %s", row.group(1))
            .isNull();
      }
    }
    return rows;
  }

  private static boolean covers(String key, String path) {
    return key.startsWith(ANYWHERE)
        ? path.endsWith("/" + key.substring(ANYWHERE.length()))
        : key.equals(path);
  }

  /** The paths of one schema file under its root list element. */
  private static Set<String> schemaPaths(String file, String list, String record) {
    Schema schema = new Schema(SCHEMAS.resolve(file));
    Set<String> paths = new TreeSet<>();
    for (String path : schema.paths(list)) {
      // the list element's own attributes and wildcards keep their prefix; records start at record
      String under = list + "/" + record;
      if (path.equals(under) || path.startsWith(under + "/")) {
        paths.add(path.substring(list.length() + 1));
      } else {
        paths.add(path);
      }
    }
    return paths;
  }

  private static void checkCoverage(Set<String> paths, Map<String, String> rows, String prefix) {
    List<String> missing = new ArrayList<>();
    for (String path : paths) {
      if (rows.keySet().stream().noneMatch(key -> covers(key, path))) {
        missing.add(path);
      }
    }
    assertThat(missing).as("XSD paths without a row in IATI-MAPPING.md").isEmpty();
    System.out.printf(
        Locale.ROOT,
        "IATI mapping (%s): %d XSD paths, %d rows%n",
        prefix,
        paths.size(),
        rows.keySet().stream().filter(k -> paths.stream().anyMatch(p -> covers(k, p))).count());
  }

  @Test
  void theWalkResolvesEveryConstructAndStopsAtCycles(@TempDir Path dir) throws IOException {
    String head = "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">";
    Files.writeString(
        dir.resolve("common.xsd"),
        head
            + "<xsd:complexType name=\"base\"><xsd:sequence>"
            + "<xsd:element name=\"inherited\" type=\"xsd:string\"/></xsd:sequence>"
            + "<xsd:attribute name=\"code\"/></xsd:complexType>"
            + "<xsd:attributeGroup name=\"ag\"><xsd:attribute name=\"grouped\"/>"
            + "</xsd:attributeGroup>"
            + "<xsd:group name=\"g\"><xsd:choice><xsd:element ref=\"node\"/></xsd:choice>"
            + "</xsd:group></xsd:schema>");
    Files.writeString(
        dir.resolve("main.xsd"),
        head
            + "<xsd:include schemaLocation=\"common.xsd\"/>"
            + "<xsd:element name=\"root\"><xsd:complexType><xsd:complexContent>"
            + "<xsd:extension base=\"base\"><xsd:sequence><xsd:group ref=\"g\"/><xsd:any/>"
            + "</xsd:sequence><xsd:attributeGroup ref=\"ag\"/><xsd:anyAttribute/>"
            + "</xsd:extension></xsd:complexContent></xsd:complexType></xsd:element>"
            + "<xsd:element name=\"node\"><xsd:complexType><xsd:sequence>"
            + "<xsd:element ref=\"node\" minOccurs=\"0\"/></xsd:sequence>"
            + "<xsd:attribute ref=\"xml:lang\"/><xsd:attribute name=\"gone\" use=\"prohibited\"/>"
            + "</xsd:complexType></xsd:element></xsd:schema>");
    assertThat(new Schema(dir.resolve("main.xsd")).paths("root"))
        .containsExactlyInAnyOrder(
            "root",
            "root/inherited",
            "root/@code",
            "root/@grouped",
            "root/*",
            "root/@*",
            "root/node",
            "root/node/@xml:lang",
            "root/node/node");
  }

  @Test
  void everyActivityPathHasARow() throws IOException {
    Set<String> paths =
        schemaPaths("iati-activities-schema.xsd", "iati-activities", "iati-activity");
    assertThat(paths)
        .as("the walk reaches deep paths, attributes and the common schema")
        .contains(
            "iati-activities/@version",
            "iati-activity/recipient-country/@percentage",
            "iati-activity/transaction/value/@value-date",
            "iati-activity/result/indicator/period/target/dimension/@value",
            "iati-activity/reporting-org/narrative/@xml:lang",
            "iati-activity/document-link/category/@code");
    checkCoverage(paths, rows(), "activity");
  }

  @Test
  void everyOrganisationPathHasARow() throws IOException {
    Set<String> paths =
        schemaPaths("iati-organisations-schema.xsd", "iati-organisations", "iati-organisation");
    assertThat(paths).contains("iati-organisations/@version", "iati-organisation/total-budget");
    checkCoverage(paths, rows(), "organisation");
  }

  @Test
  void everyRowNamesASchemaPath() throws IOException {
    Set<String> paths = new TreeSet<>();
    paths.addAll(schemaPaths("iati-activities-schema.xsd", "iati-activities", "iati-activity"));
    paths.addAll(
        schemaPaths("iati-organisations-schema.xsd", "iati-organisations", "iati-organisation"));
    List<String> stale = new ArrayList<>();
    for (String key : rows().keySet()) {
      if (paths.stream().noneMatch(path -> covers(key, path))) {
        stale.add(key);
      }
    }
    assertThat(stale).as("rows of IATI-MAPPING.md that name no XSD path").isEmpty();
  }

  @Test
  void noRowDropsAFact() throws IOException {
    Map<String, String> rows = rows();
    assertThat(rows).as("IATI-MAPPING.md has rows").isNotEmpty();
    for (Map.Entry<String, String> row : rows.entrySet()) {
      String target = row.getValue().toLowerCase(Locale.ROOT);
      assertThat(target)
          .as("target of %s", row.getKey())
          .isNotBlank()
          .doesNotContain("dropped")
          .doesNotContain("ignored")
          .doesNotContain("discarded");
      assertThat(
              target.contains("kept verbatim")
                  || target.contains("refused")
                  || target.contains("`"))
          .as(
              "%s names a model place (in backticks), or says kept verbatim or refused",
              row.getKey())
          .isTrue();
    }
  }

  /** Writes the XSD paths, for writing the table: not a test. */
  public static void main(String[] args) {
    schemaPaths("iati-activities-schema.xsd", "iati-activities", "iati-activity")
        .forEach(System.out::println);
    System.out.println("----");
    schemaPaths("iati-organisations-schema.xsd", "iati-organisations", "iati-organisation")
        .forEach(System.out::println);
  }
}
