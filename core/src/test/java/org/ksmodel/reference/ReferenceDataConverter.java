package org.ksmodel.reference;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Regenerates the bundled reference files ({@code src/main/resources/org/ksmodel/reference}) from
 * the copies of their sources in core's test resources ({@code src/test/resources/realdata}, see
 * its README): IATI codelists (XML), the DAC List of ODA Recipients and the UN M49 list (CSV). Run
 * it after updating a copy there, then commit the changed files:
 *
 * <pre>
 * mvn -pl core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.ksmodel.reference.ReferenceDataConverter
 * </pre>
 *
 * <p>Arguments, both optional: the data folder (default: {@code src/test/resources/realdata}) and
 * the output folder. The output is canonical (rows sorted by code, names with collapsed whitespace,
 * {@code \n} line ends), so the same data always gives the same bytes; {@code
 * ReferenceDataConverterTest} checks that the committed files are exactly that. The converter fails
 * on anything it does not expect (a code of the wrong form, an unknown status or category) instead
 * of guessing.
 */
public final class ReferenceDataConverter {
  static final String DATA_DIR = "src/test/resources/realdata";
  static final String RESOURCE_DIR = "src/main/resources/org/ksmodel/reference";

  private static final Pattern GOAL_TITLE = Pattern.compile("Goal (\\d+)\\. (.+)");

  private final Path data;
  private final DocumentBuilder xml;

  private ReferenceDataConverter(Path data) {
    this.data = data;
    this.xml = secureDocumentBuilder();
  }

  /** Writes the converted files; see the class comment for the arguments. */
  public static void main(String[] args) throws IOException {
    Path data = args.length > 0 ? Path.of(args[0]) : defaultData();
    Path out = args.length > 1 ? Path.of(args[1]) : defaultOutput();
    Files.createDirectories(out);
    for (Map.Entry<String, String> file : convert(data).entrySet()) {
      Files.writeString(out.resolve(file.getKey()), file.getValue(), UTF_8);
      System.out.println("wrote " + out.resolve(file.getKey()));
    }
  }

  /** The copy of the source data in the repository: core's test resources. */
  static Path defaultData() {
    Path fromRoot = Path.of("core").resolve(DATA_DIR);
    return Files.isDirectory(Path.of("core", "src")) ? fromRoot : Path.of(DATA_DIR);
  }

  private static Path defaultOutput() {
    Path fromRoot = Path.of("core").resolve(RESOURCE_DIR);
    return Files.isDirectory(Path.of("core", "src")) ? fromRoot : Path.of(RESOURCE_DIR);
  }

  /** The bundled files, by file name, as converted from the data folder. */
  public static Map<String, String> convert(Path data) throws IOException {
    return new ReferenceDataConverter(data).convertAll();
  }

  private Map<String, String> convertAll() throws IOException {
    List<Item> countries = codelist("Country");
    Set<String> countryCodes = codes(countries);
    Map<String, String> files = new LinkedHashMap<>();
    files.put("countries.tsv", table(countries, CountryCode::of));
    files.put("currencies.tsv", table(codelist("Currency"), CurrencyCode::of));
    files.put("sectors.tsv", sectors());
    files.put("sdg-goals.tsv", table(sdgGoals(), Integer::valueOf));
    files.put("sdg-targets.tsv", table(codelist("UNSDG-Targets"), SdgTarget::of));
    files.put("languages.tsv", table(codelist("Language"), LanguageCode::of));
    files.put(
        "organisation-types.tsv",
        table(
            codelist("OrganisationType"),
            code -> Code.of(ReferenceData.ORGANISATION_TYPE_VOCABULARY, code)));
    files.put(
        "registration-agencies.tsv",
        table(codelist("OrganisationRegistrationAgency"), agency -> agency));
    files.put(
        "regions.tsv",
        table(codelist("Region"), code -> Code.of(ReferenceData.REGION_VOCABULARY, code)));
    files.put("dac-oda-recipients.tsv", dacOdaRecipients(countryCodes));
    files.put("un-m49-2020-developing.tsv", unM49Developing(countryCodes));
    return files;
  }

  /** One entry of an IATI codelist, as bundled. */
  private record Item(String code, String name, boolean withdrawn, String category) {
    List<String> columns() {
      return List.of(code, name, withdrawn ? Tsv.WITHDRAWN : Tsv.ACTIVE);
    }
  }

  private String sectors() throws IOException {
    List<Item> categories = codelist("SectorCategory");
    Set<String> categoryCodes = codes(categories);
    List<Item> purposeCodes = codelist("Sector");
    for (Item item : purposeCodes) {
      require(categoryCodes.contains(item.category()), "sector " + item.code() + ": no category");
    }
    Map<SectorCode, List<String>> rows = new TreeMap<>();
    for (Item item : categories) {
      put(rows, SectorCode.of(item.code()), with(item.columns(), item.code()));
    }
    for (Item item : purposeCodes) {
      put(rows, SectorCode.of(item.code()), with(item.columns(), item.category()));
    }
    return render(SectorCodelist.HEADER, rows);
  }

  private List<Item> sdgGoals() throws IOException {
    List<Item> goals = new ArrayList<>();
    for (Item goal : codelist("UNSDG-Goals")) {
      // IATI names each goal "Goal 17. Strengthen ..."; the number is the code, so keep the title.
      Matcher title = GOAL_TITLE.matcher(goal.name());
      require(title.matches() && title.group(1).equals(goal.code()), "goal title: " + goal.name());
      goals.add(new Item(goal.code(), title.group(2), goal.withdrawn(), ""));
    }
    return goals;
  }

  private String dacOdaRecipients(Set<String> countries) throws IOException {
    Map<CountryCode, List<String>> rows = new TreeMap<>();
    for (Map<String, String> row : csv("dac-oda-recipients-2024-2025.csv")) {
      String country = row.get("iso3166_alpha2");
      require(countries.contains(country), "DAC list: unknown country " + country);
      String category = OdaRecipientCategory.valueOf(row.get("category")).name();
      put(rows, CountryCode.of(country), List.of(country, category));
    }
    return render(List.of("code", "category"), rows);
  }

  private String unM49Developing(Set<String> countries) throws IOException {
    Map<CountryCode, List<String>> rows = new TreeMap<>();
    for (Map<String, String> row : csv("un-m49-2020-with-developing.csv")) {
      String country = row.get("iso3166_alpha2");
      String designation = row.get("developed_developing_2020");
      require(countries.contains(country), "M49: unknown country " + country);
      // Antarctica has no designation; it is not developing.
      require(
          Set.of("Developed", "Developing", "").contains(designation),
          "M49: unknown designation " + designation);
      if (designation.equals("Developing")) {
        put(rows, CountryCode.of(country), List.of(country));
      }
    }
    return render(List.of("code"), rows);
  }

  private static <K extends Comparable<? super K>> String table(
      List<Item> items, Function<String, K> key) {
    Map<K, List<String>> rows = new TreeMap<>();
    for (Item item : items) {
      put(rows, key.apply(item.code()), item.columns());
    }
    return render(Tsv.CODE_NAME_STATUS, rows);
  }

  private static <K> void put(Map<K, List<String>> rows, K key, List<String> row) {
    require(rows.put(key, row) == null, "duplicate code " + key);
  }

  private static List<String> with(List<String> columns, String extra) {
    List<String> all = new ArrayList<>(columns);
    all.add(extra);
    return all;
  }

  private static String render(List<String> header, Map<?, List<String>> rows) {
    StringBuilder text = new StringBuilder(String.join("\t", header)).append('\n');
    for (List<String> row : rows.values()) {
      text.append(String.join("\t", row)).append('\n');
    }
    return text.toString();
  }

  private static Set<String> codes(List<Item> items) {
    Set<String> codes = new HashSet<>();
    items.forEach(item -> codes.add(item.code()));
    return codes;
  }

  // --- IATI codelist XML

  private List<Item> codelist(String name) throws IOException {
    Document document;
    try (InputStream in = Files.newInputStream(data.resolve("codelists").resolve(name + ".xml"))) {
      document = xml.parse(in);
    } catch (SAXException e) {
      throw new IOException("cannot parse codelist " + name, e);
    }
    List<Item> items = new ArrayList<>();
    for (Element item : children(document.getDocumentElement(), "codelist-items")) {
      for (Element entry : children(item, "codelist-item")) {
        items.add(item(name, entry));
      }
    }
    require(!items.isEmpty(), "codelist " + name + " is empty");
    return items;
  }

  private static Item item(String list, Element entry) {
    String code = only(entry, "code").getTextContent().strip();
    String status = entry.getAttribute("status");
    require(Set.of("", "active", "withdrawn").contains(status), list + " " + code + ": " + status);
    List<String> english = new ArrayList<>();
    for (Element narrative : children(only(entry, "name"), "narrative")) {
      String lang = narrative.getAttributeNS(XMLConstants.XML_NS_URI, "lang");
      if (lang.isEmpty() || lang.equals("en")) {
        english.add(clean(narrative.getTextContent()));
      }
    }
    require(english.size() == 1, list + " " + code + ": expected one English name");
    List<Element> category = children(entry, "category");
    String categoryCode = category.isEmpty() ? "" : category.get(0).getTextContent().strip();
    return new Item(code, english.get(0), status.equals("withdrawn"), categoryCode);
  }

  /** Trims and collapses runs of whitespace, so names never hold a tab or a line break. */
  private static String clean(String name) {
    String cleaned = name.strip().replaceAll("\\s+", " ");
    require(!cleaned.isEmpty(), "empty name");
    return cleaned;
  }

  private static Element only(Element parent, String name) {
    List<Element> found = children(parent, name);
    require(found.size() == 1, "expected one <" + name + "> in <" + parent.getTagName() + ">");
    return found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  /** The JDK's parser with DTDs, external entities and XInclude switched off (no XXE). */
  private static DocumentBuilder secureDocumentBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser lacks a security feature", e);
    }
  }

  // --- CSV (RFC 4180 quoting, one record a line)

  private List<Map<String, String>> csv(String file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(data.resolve(file), UTF_8)) {
      List<String> header = csvFields(reader.readLine());
      List<Map<String, String>> rows = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        List<String> fields = csvFields(line);
        require(fields.size() == header.size(), file + ": wrong field count in " + line);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), fields.get(i).strip());
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private static List<String> csvFields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static void require(boolean condition, String problem) {
    if (!condition) {
      throw new IllegalStateException(problem);
    }
  }
}
