package org.ksmodel.iati;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.iati.internal.ActivityMapper;
import org.ksmodel.iati.internal.ImportContext;
import org.ksmodel.iati.internal.InstitutionRegistry;
import org.ksmodel.iati.internal.OrganisationMapper;
import org.ksmodel.iati.internal.SafeXmlReader;
import org.ksmodel.iati.internal.XmlElement;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.reference.CountryClassification;

/**
 * Imports IATI 2.0x activity files ({@code iati-activities}) and organisation files ({@code
 * iati-organisations}) into the ksmodel model. Every activity is either imported or rejected with
 * its reasons, and everything imported with loss is reported: see {@link IatiImport}.
 *
 * <pre>{@code
 * IatiImport result = IatiImporter.importFile(Path.of("activities.xml"));
 * Dataset dataset = result.dataset();
 * result.rejections().forEach(System.out::println);
 * }</pre>
 *
 * <h2>How an activity is mapped</h2>
 *
 * <ul>
 *   <li>{@code iati-activity} becomes a {@link Partnership} whose id is the {@code
 *       iati-identifier}. An activity without an identifier, with one already used in the file, or
 *       without a title is rejected, as is an activity misplaced inside another element. The
 *       default language is the activity's {@code xml:lang} (or a legacy {@code default-language}),
 *       else the root's, else English (reported); {@code EN}, {@code ENG}, {@code en-GB} are read
 *       as {@code en} (reported once per file).
 *   <li>{@code title} and {@code description} narratives become localized texts. The description is
 *       the general one (type 1, else the first); the objectives (type 2) become the design's
 *       development goal.
 *   <li>{@code participating-org}, {@code reporting-org}, and the {@code provider-org} and {@code
 *       receiver-org} of transactions become institutions (one per {@code ref}, else per name; see
 *       below) with their names (none when the file gives none, reported), the IATI organisation
 *       type kept as code and, when the code names one institution type, mapped by {@link
 *       org.ksmodel.institution.InstitutionType#fromIatiCode(String)} ({@code 10 Government} and
 *       {@code 15 Other Public Sector} stand for several types, so they, unknown codes and a
 *       missing type leave the institution type out, reported), and a country: the country of the
 *       identifier's registration agency ({@code NL-KVK-...} is NL, a legacy {@code DE-1} is DE;
 *       {@code XM-DAC-}, {@code XI-IATI-} and unknown agencies name none), else the activity's only
 *       recipient country for an organisation typed as based there (11, 24, 72) or for the
 *       accountable public body (role 2, neither funding nor extending, type 10, 15 or none) or for
 *       a local partner (implementing only, known by name alone, type 11, 22, 23, 24 or 72), else
 *       none. Each derived country is reported as such, and so is each missing one; nothing is made
 *       up to fill a slot.
 *   <li>Roles: 1 Funding is FUNDER; 3 Extending is PROVIDER; 4 Implementing is IMPLEMENTER, and
 *       RECIPIENT too when the organisation is in a recipient country; 2 Accountable is RECIPIENT
 *       unless the organisation is on the providing side (it also funds or extends, or it is in a
 *       country that is neither a recipient country nor developing), then PROVIDER. When no one
 *       ends up PROVIDER, the funders are (in aid data the donor provides the cooperation). An
 *       organisation listed several times has one participation with all its roles. Without any
 *       usable participating-org, the reporting organisation is the provider (reported).
 *   <li>Modality: DOMESTIC when every participant is known to be in one country, the only recipient
 *       country if any; TRIANGULAR for collaboration type 8 (the funders that do not extend become
 *       FACILITATOR); MULTILATERAL for collaboration types 2 and 4 or when every provider is a
 *       multilateral (type 40); then SOUTH_SOUTH when providers and recipients (recipient countries
 *       and the recipients' countries; a recipient region counts as the South) are all in
 *       developing countries by the {@link CountryClassification}, TRIANGULAR instead when a funder
 *       that does not provide is outside the South or multilateral (it becomes FACILITATOR),
 *       NORTH_SOUTH and SOUTH_NORTH when one side is developing and the other not (when no
 *       provider's country is known, the funders' countries stand for the providing side);
 *       otherwise NORTH_SOUTH is assumed and reported.
 *   <li>{@code activity-status} codes 1-6 map by {@link
 *       org.ksmodel.partnership.PartnershipStatus#fromIatiCode(String)}; a missing or unknown
 *       status is inferred from the dates (actual end: COMPLETED; actual start: ACTIVE; else
 *       PLANNED) and reported.
 *   <li>{@code activity-date} types 1 and 3 are the planned period, 2 and 4 the actual period (open
 *       while it runs); IATI 1.x names ({@code start-planned}, ...) are read; an end without a
 *       start or before it is reported.
 *   <li>{@code sector}: vocabulary 1 (default) and 2 are kept as DAC codes (unknown ones too,
 *       reported); vocabulary 8 and 9 become SDG targets; 7 (SDG goals) and the others are reported
 *       as left out. {@code tag} vocabulary 3 becomes SDG targets; vocabulary 2 (SDG goals) and
 *       others are reported as left out. Percentages that do not add up to 100 are reported.
 *   <li>{@code related-activity} type 1 becomes the parent when the parent is in the same file
 *       (which then becomes a PROGRAMME, as does an activity that lists children); other
 *       partnerships are PROJECTs.
 *   <li>{@code budget}, {@code planned-disbursement} and {@code transaction} become a Funding with
 *       the activity's id (see {@code FundingMapper} for the details: every budget is kept per
 *       period, none summed into a total; every IATI transaction type is kept, reversals with their
 *       negative values; negative budgets and codes off the codelists are reported and left out).
 *   <li>{@code result}, {@code indicator}, {@code baseline}, {@code period} become a
 *       ResultsFramework with the activity's id; results documents become evidence (see {@code
 *       ResultsMapper}).
 * </ul>
 *
 * <p>Not mapped (no counterpart in the model): recipient countries and regions as such (they only
 * steer countries and modality), percentages, locations, policy markers, humanitarian scope,
 * country budget items, planned disbursements, capital spend, flow, finance, aid and tied-status
 * types, contact info, conditions, other identifiers, activity-level documents outside results,
 * legacy data, CRS and FSS additions. Elements and attributes of other namespaces (such as
 * d-portal's) are ignored and counted in one warning.
 *
 * <h2>Reading safely</h2>
 *
 * The JDK's StAX parser with DTD support and external entities off; a DOCTYPE is refused, so a file
 * cannot pull in external entities or expand entities, and an XInclude element is refused. A file
 * is read up to {@link #DEFAULT_MAX_BYTES} bytes (see {@link #withMaxBytes}) and its elements up to
 * {@link #MAX_DEPTH} levels below the root. A file that is not XML, not well formed (truncated),
 * not IATI or past a limit raises an {@link IatiReadException} with a one-line reason.
 */
public final class IatiImporter {
  /** The default limit on the size of a file, 256 MiB: larger than any IATI file published. */
  public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

  /** How deep elements may nest below the root; IATI itself needs about six levels. */
  public static final int MAX_DEPTH = 64;

  private final CountryClassification classification;
  private final long maxBytes;

  private IatiImporter(CountryClassification classification, long maxBytes) {
    this.classification = classification;
    this.maxBytes = maxBytes;
  }

  /** {@return an importer that tells developing countries by the DAC List of ODA Recipients} */
  public static IatiImporter standard() {
    return new IatiImporter(CountryClassification.dacOdaRecipients(), DEFAULT_MAX_BYTES);
  }

  /**
   * An importer that tells developing countries (for the modality) by {@code classification}.
   *
   * @param classification which countries are developing
   * @return the importer
   */
  public static IatiImporter withClassification(CountryClassification classification) {
    return new IatiImporter(
        Objects.requireNonNull(classification, "classification"), DEFAULT_MAX_BYTES);
  }

  /**
   * This importer, refusing files longer than {@code maxBytes} bytes.
   *
   * @param maxBytes the limit, positive
   * @return the importer with that limit
   */
  public IatiImporter withMaxBytes(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the limit must be positive: " + maxBytes);
    }
    return new IatiImporter(classification, maxBytes);
  }

  /** {@return the size limit of a file, in bytes} */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Imports a file with the {@link #standard()} importer.
   *
   * @param file the IATI file
   * @return the dataset and the report
   * @throws IatiReadException if the file cannot be read or is not IATI XML
   */
  public static IatiImport importFile(Path file) {
    return standard().read(file);
  }

  /**
   * Imports a stream with the {@link #standard()} importer; {@code sourceName} names it in the
   * report and in errors. The stream is not closed.
   *
   * @param in the IATI XML
   * @param sourceName the name for the report and errors
   * @return the dataset and the report
   * @throws IatiReadException if the stream cannot be read or is not IATI XML
   */
  public static IatiImport importStream(InputStream in, String sourceName) {
    return standard().read(in, sourceName);
  }

  /**
   * Imports a file.
   *
   * @param file the IATI file
   * @return the dataset and the report
   * @throws IatiReadException if the file cannot be read or is not IATI XML
   */
  public IatiImport read(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, name);
    } catch (NoSuchFileException e) {
      throw new IatiReadException(name, -1, "no such file", e);
    } catch (IOException e) {
      throw new IatiReadException(name, -1, "cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Imports a stream; {@code sourceName} names it in the report and in errors. The stream is not
   * closed.
   *
   * @param in the IATI XML
   * @param sourceName the name for the report and errors
   * @return the dataset and the report
   * @throws IatiReadException if the stream cannot be read or is not IATI XML
   */
  public IatiImport read(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    try (SafeXmlReader xml = SafeXmlReader.open(in, sourceName, maxBytes)) {
      XmlElement root = xml.root();
      if (root.attr("#namespace").isPresent()) {
        throw notIati(
            sourceName,
            root,
            "its root element is in the namespace " + root.attr("#namespace").get());
      }
      switch (root.name()) {
        case "iati-activities":
          return new Run(sourceName, root, xml).activities();
        case "iati-organisations":
          return new Run(sourceName, root, xml).organisations();
        default:
          throw notIati(sourceName, root, "its root element is <" + root.name() + ">");
      }
    }
  }

  private static IatiReadException notIati(String sourceName, XmlElement root, String why) {
    return new IatiReadException(
        sourceName,
        root.line(),
        "not an IATI file: " + why + ", expected <iati-activities> or <iati-organisations>",
        null);
  }

  /** One import of one file. */
  private final class Run {
    private final String sourceName;
    private final XmlElement root;
    private final SafeXmlReader xml;
    private final ImportContext context = new ImportContext();
    private final InstitutionRegistry registry = new InstitutionRegistry(context);
    private final List<Rejection> rejections = new ArrayList<>();
    private final Optional<LanguageCode> declaredLanguage;
    private final LanguageCode rootLanguage;

    Run(String sourceName, XmlElement root, SafeXmlReader xml) {
      this.sourceName = sourceName;
      this.root = root;
      this.xml = xml;
      this.declaredLanguage =
          root.attr("xml:lang").or(() -> root.attr("default-language")).flatMap(context::language);
      this.rootLanguage = declaredLanguage.orElse(LanguageCode.of("en"));
      root.attr("version")
          .filter(version -> !version.startsWith("2."))
          .ifPresent(
              version ->
                  context.warnFile(
                      "iati.version",
                      "the file declares IATI version "
                          + version
                          + "; it is read as far as it matches 2.0x"));
    }

    IatiImport activities() {
      ActivityMapper mapper = new ActivityMapper(context, registry, classification);
      Map<String, Integer> positions = new HashMap<>();
      Map<String, ActivityMapper.Mapped> mapped = new LinkedHashMap<>();
      int count = 0;
      for (Optional<XmlElement> next = xml.nextChild(); next.isPresent(); next = xml.nextChild()) {
        XmlElement activity = next.get();
        if (!activity.name().equals("iati-activity")) {
          context.warnFile(
              "iati.element.unexpected",
              "<"
                  + activity.name()
                  + "> at line "
                  + activity.line()
                  + " is not an activity; ignored");
          // Activities misplaced inside it are still accounted for, as rejected.
          for (XmlElement misplaced : nested(activity, "iati-activity")) {
            count++;
            rejections.add(
                new Rejection(
                    ActivityMapper.identifier(misplaced),
                    count,
                    misplaced.line(),
                    List.of(
                        "not a direct child of <iati-activities> (inside <"
                            + activity.name()
                            + ">)")));
          }
          continue;
        }
        count++;
        Optional<String> id = ActivityMapper.identifier(activity);
        context.startRecord(id, rootLanguage);
        List<String> reasons = new ArrayList<>();
        if (id.isEmpty()) {
          reasons.add("no iati-identifier");
        } else if (positions.containsKey(id.get())) {
          reasons.add(
              "iati-identifier already used by activity #"
                  + positions.get(id.get())
                  + " of the file");
        }
        Optional<ActivityMapper.Mapped> result = Optional.empty();
        if (reasons.isEmpty()) {
          positions.put(id.get(), count);
          try {
            result = mapper.map(activity, id.get(), declaredLanguage, reasons);
          } catch (RuntimeException e) {
            // A value the model refuses that no rule above foresaw: the activity is rejected with
            // the model's reason rather than lost.
            reasons.add("could not be mapped: " + e.getMessage());
            result = Optional.empty();
          }
        }
        if (result.isPresent()) {
          registry.commit(result.get().organisations());
          mapped.put(id.get(), result.get());
        } else {
          rejections.add(new Rejection(id, count, activity.line(), reasons));
        }
      }
      Dataset.Builder dataset = Dataset.builder();
      for (ActivityMapper.Mapped activity : mapped.values()) {
        dataset.addPartnerships(settleHierarchy(activity, mapped));
        activity.funding().ifPresent(dataset::addFundings);
        activity.framework().ifPresent(dataset::addResultsFrameworks);
      }
      return finish(dataset, IatiFileType.ACTIVITIES, count, 0);
    }

    /** The descendants of an element with a name, not looking inside the ones found. */
    private List<XmlElement> nested(XmlElement element, String name) {
      List<XmlElement> found = new ArrayList<>();
      for (XmlElement child : element.children()) {
        if (child.name().equals(name)) {
          found.add(child);
        } else {
          found.addAll(nested(child, name));
        }
      }
      return found;
    }

    /** Sets the parent when it was imported from the same file, and the form. */
    private Partnership settleHierarchy(
        ActivityMapper.Mapped activity, Map<String, ActivityMapper.Mapped> mapped) {
      Partnership partnership = activity.partnership();
      String id = partnership.id().value();
      boolean isParent =
          activity.declaresChildren()
              || mapped.values().stream()
                  .anyMatch(other -> other.parentRef().filter(id::equals).isPresent());
      Partnership.Builder builder = Partnership.builder().from(partnership);
      if (isParent) {
        builder.form(PartnershipForm.PROGRAMME);
      }
      if (activity.parentRef().isPresent()) {
        String parent = activity.parentRef().get();
        if (mapped.containsKey(parent)) {
          builder.parent(PartnershipId.of(parent));
        } else {
          context.startRecord(Optional.of(id), rootLanguage);
          context.warn(
              "iati.parent.missing",
              null,
              "parent activity "
                  + parent
                  + " is not imported from this file; the link is left out");
        }
      }
      return builder.build();
    }

    IatiImport organisations() {
      OrganisationMapper mapper = new OrganisationMapper(context, registry);
      Map<String, Integer> positions = new HashMap<>();
      int count = 0;
      for (Optional<XmlElement> next = xml.nextChild(); next.isPresent(); next = xml.nextChild()) {
        XmlElement organisation = next.get();
        if (!organisation.name().equals("iati-organisation")) {
          context.warnFile(
              "iati.element.unexpected",
              "<"
                  + organisation.name()
                  + "> at line "
                  + organisation.line()
                  + " is not an organisation; ignored");
          continue;
        }
        count++;
        Optional<String> id =
            organisation
                .childText("organisation-identifier")
                .or(() -> organisation.childText("iati-identifier"));
        LanguageCode language =
            organisation.attr("xml:lang").flatMap(context::language).orElse(rootLanguage);
        context.startRecord(id, language);
        List<String> reasons = new ArrayList<>();
        if (id.isEmpty()) {
          reasons.add("no organisation-identifier");
        } else if (positions.containsKey(id.get())) {
          reasons.add(
              "organisation-identifier already used by organisation #" + positions.get(id.get()));
        }
        Optional<List<InstitutionRegistry.Draft>> drafts = Optional.empty();
        if (reasons.isEmpty()) {
          positions.put(id.get(), count);
          try {
            drafts = mapper.map(organisation, id.get(), reasons);
          } catch (RuntimeException e) {
            reasons.add("could not be mapped: " + e.getMessage());
            drafts = Optional.empty();
          }
        }
        if (drafts.isPresent()) {
          registry.commit(drafts.get());
        } else {
          rejections.add(new Rejection(id, count, organisation.line(), reasons));
        }
      }
      return finish(Dataset.builder(), IatiFileType.ORGANISATIONS, 0, count);
    }

    private IatiImport finish(
        Dataset.Builder dataset, IatiFileType type, int activities, int organisations) {
      context.startRecord(Optional.empty(), rootLanguage);
      Dataset built =
          Dataset.builder().from(dataset.build()).institutions(registry.build()).build();
      context.finish();
      if (xml.foreignElements() + xml.foreignAttributes() > 0) {
        context.warnFile(
            "iati.namespace.ignored",
            "ignored "
                + xml.foreignElements()
                + " elements and "
                + xml.foreignAttributes()
                + " attributes of other namespaces "
                + xml.foreignNamespaces());
      }
      return new IatiImport(
          sourceName,
          type,
          root.attr("version"),
          built,
          activities,
          organisations,
          rejections,
          context.warnings());
    }
  }
}
