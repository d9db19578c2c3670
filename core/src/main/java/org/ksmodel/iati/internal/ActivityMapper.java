package org.ksmodel.iati.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.funding.Funding;
import org.ksmodel.partnership.Design;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.RecipientCountry;
import org.ksmodel.partnership.RecipientRegion;
import org.ksmodel.reference.CountryClassification;
import org.ksmodel.reference.ReferenceData;
import org.ksmodel.result.ResultsFramework;

/** Maps one {@code iati-activity} onto a partnership and what hangs on it (see IatiImporter). */
public final class ActivityMapper {
  private static final LanguageCode ENGLISH = LanguageCode.of("en");
  private static final Map<String, String> LEGACY_DATE_TYPES =
      Map.of("start-planned", "1", "start-actual", "2", "end-planned", "3", "end-actual", "4");

  private final ImportContext context;
  private final InstitutionRegistry registry;
  private final ParticipantMapper participants;
  private final FundingMapper fundings;
  private final ResultsMapper results;

  public ActivityMapper(
      ImportContext context, InstitutionRegistry registry, CountryClassification classification) {
    this.context = context;
    this.registry = registry;
    this.participants = new ParticipantMapper(context, registry, classification);
    this.fundings = new FundingMapper(context, registry);
    this.results = new ResultsMapper(context);
  }

  /** An activity mapped: the partnership (form and parent settled later) and its links. */
  public record Mapped(
      Partnership partnership,
      Optional<Funding> funding,
      Optional<ResultsFramework> framework,
      Optional<String> parentRef,
      boolean declaresChildren,
      List<InstitutionRegistry.Draft> organisations,
      int line) {}

  /** The identifier as written, trimmed; empty when missing or blank. */
  public static Optional<String> identifier(XmlElement activity) {
    return activity.childText("iati-identifier");
  }

  /**
   * Maps an activity whose identifier has been checked; the reasons to reject it are added to
   * {@code reasons} and then nothing is returned.
   */
  public Optional<Mapped> map(
      XmlElement activity, String id, Optional<LanguageCode> rootLanguage, List<String> reasons) {
    context.startRecord(Optional.of(id), ENGLISH);
    LanguageCode language = activityLanguage(activity, rootLanguage);
    context.startRecord(Optional.of(id), language);
    Optional<LocalizedText> title = activity.first("title").flatMap(context::narratives);
    if (title.isEmpty()) {
      reasons.add("no title (the model needs one for every partnership)");
      return Optional.empty();
    }
    PartnershipId partnershipId = PartnershipId.of(id);
    List<InstitutionRegistry.Draft> seen = new ArrayList<>();
    Optional<InstitutionRegistry.Draft> reporting =
        activity.first("reporting-org").flatMap(registry::read);
    reporting.ifPresent(seen::add);

    Set<CountryCode> recipients = recipientCountries(activity);
    boolean recipientRegion = !activity.all("recipient-region").isEmpty();
    ParticipantMapper.Outcome outcome =
        participants.map(activity, recipients, recipientRegion, reporting, seen);

    Partnership.Builder partnership =
        Partnership.builder()
            .id(partnershipId)
            .title(title.get())
            .modality(outcome.modality())
            .modalityInferred(outcome.modalityInferred())
            .form(PartnershipForm.PROJECT)
            .participations(outcome.participations())
            .status(status(activity));
    reporting.ifPresent(draft -> partnership.reportingInstitution(draft.id));
    activity
        .first("reporting-org")
        .flatMap(e -> e.attr("secondary-reporter"))
        .filter(flag -> flag.equals("1") || flag.equals("true"))
        .ifPresent(flag -> partnership.secondaryReporter(true));
    descriptions(activity, partnership);
    dates(activity, partnership);
    recipientPlaces(activity, partnership);
    Set<SdgTarget> sdgTargets = new LinkedHashSet<>();
    sectors(activity, partnership, sdgTargets);
    tags(activity, sdgTargets);
    partnership.sdgTargets(sdgTargets);

    Optional<String> parent = Optional.empty();
    boolean children = false;
    for (XmlElement related : activity.all("related-activity")) {
      Optional<String> type = related.attr("type");
      if (type.filter("1"::equals).isPresent() && parent.isEmpty()) {
        parent = related.attr("ref").filter(ref -> !ref.equals(id));
      } else if (type.filter("2"::equals).isPresent()) {
        children = true;
      }
    }
    Optional<Funding> funding = fundings.map(activity, partnershipId, seen);
    Optional<ResultsFramework> framework = results.map(activity, partnershipId);
    return Optional.of(
        new Mapped(
            partnership.build(), funding, framework, parent, children, seen, activity.line()));
  }

  /**
   * The activity's default language: its {@code xml:lang}, else a legacy {@code default-language},
   * else the file's; English, reported, when none is declared.
   */
  private LanguageCode activityLanguage(XmlElement activity, Optional<LanguageCode> rootLanguage) {
    Optional<String> raw = activity.attr("xml:lang").or(() -> activity.attr("default-language"));
    Optional<LanguageCode> language = raw.flatMap(context::language);
    if (raw.isPresent() && language.isEmpty()) {
      context.warn(
          "iati.language.unknown",
          activity,
          "default language '" + raw.get() + "' is not a language code");
    }
    if (language.isEmpty()) {
      language = rootLanguage;
    }
    if (language.isEmpty()) {
      context.warn("iati.language.default", activity, "no default language declared; en assumed");
    }
    return language.orElse(ENGLISH);
  }

  private void descriptions(XmlElement activity, Partnership.Builder partnership) {
    Optional<LocalizedText> general = Optional.empty();
    Optional<LocalizedText> first = Optional.empty();
    Optional<LocalizedText> objectives = Optional.empty();
    for (XmlElement description : activity.all("description")) {
      Optional<LocalizedText> text = context.narratives(description);
      if (text.isEmpty()) {
        continue;
      }
      String type = description.attr("type").orElse("1");
      if (type.equals("1") && general.isEmpty()) {
        general = text;
      } else if (type.equals("2") && objectives.isEmpty()) {
        objectives = text;
      }
      if (first.isEmpty()) {
        first = text;
      }
    }
    partnership.description(general.isPresent() ? general : first);
    // The objectives (description type 2) say what the partnership aims at: its development goal.
    objectives.ifPresent(
        goal -> partnership.design(Design.builder().developmentGoal(goal).build()));
  }

  private PartnershipStatus status(XmlElement activity) {
    Optional<XmlElement> element = activity.first("activity-status");
    Optional<String> code = element.flatMap(e -> e.attr("code"));
    Optional<PartnershipStatus> status = code.flatMap(PartnershipStatus::fromIatiCode);
    if (status.isPresent()) {
      return status.get();
    }
    PartnershipStatus inferred = inferStatus(activity);
    context.warn(
        "iati.status.inferred",
        element.orElse(activity),
        (code.isPresent()
                ? "activity-status " + code.get() + " is not on the ActivityStatus codelist"
                : "no activity-status")
            + "; "
            + inferred
            + " inferred from the activity dates");
    return inferred;
  }

  private PartnershipStatus inferStatus(XmlElement activity) {
    Map<String, LocalDate> dates = activityDates(activity, false);
    if (dates.containsKey("4")) {
      return PartnershipStatus.COMPLETED;
    }
    return dates.containsKey("2") ? PartnershipStatus.ACTIVE : PartnershipStatus.PLANNED;
  }

  /** The first date of each activity-date type, IATI 1.x type names read as codes. */
  private Map<String, LocalDate> activityDates(XmlElement activity, boolean report) {
    Map<String, LocalDate> dates = new TreeMap<>();
    for (XmlElement date : activity.all("activity-date")) {
      Optional<String> type = date.attr("type");
      if (type.isEmpty()) {
        if (report) {
          context.warn("iati.date.type", date, "activity-date without a type; left out");
        }
        continue;
      }
      String code = type.get();
      String legacy = LEGACY_DATE_TYPES.get(code.toLowerCase(Locale.ROOT));
      if (legacy != null) {
        if (report) {
          context.warn(
              "iati.date.type.legacy",
              date,
              "activity-date type '" + code + "' (IATI 1.x) read as code " + legacy);
        }
        code = legacy;
      }
      if (!Set.of("1", "2", "3", "4").contains(code)) {
        if (report) {
          context.warn(
              "iati.date.type", date, "activity-date type '" + code + "' unknown; left out");
        }
        continue;
      }
      Optional<LocalDate> value = report ? context.date(date, "iso-date") : quietDate(date);
      if (value.isEmpty() && report && date.attr("iso-date").isEmpty()) {
        context.warn("iati.date.missing", date, "activity-date without iso-date; left out");
      }
      if (value.isPresent()) {
        dates.putIfAbsent(code, value.get());
      }
    }
    return dates;
  }

  private static Optional<LocalDate> quietDate(XmlElement date) {
    try {
      return date.attr("iso-date")
          .map(d -> LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Planned period: planned start (type 1) to planned end (3); actual period: actual start (2) to
   * actual end (4), open while it runs. An end without its start, or before it, is reported and
   * left out.
   */
  private void dates(XmlElement activity, Partnership.Builder partnership) {
    Map<String, LocalDate> dates = activityDates(activity, true);
    period(activity, dates.get("1"), dates.get("3"), "planned")
        .ifPresent(partnership::plannedPeriod);
    period(activity, dates.get("2"), dates.get("4"), "actual").ifPresent(partnership::actualPeriod);
  }

  private Optional<DateRange> period(
      XmlElement activity, LocalDate start, LocalDate end, String which) {
    if (start == null) {
      if (end != null) {
        context.warn(
            "iati.date.startMissing",
            activity,
            which
                + " end "
                + end
                + " without a "
                + which
                + " start; the "
                + which
                + " period is left out");
      }
      return Optional.empty();
    }
    if (end != null && end.isBefore(start)) {
      context.warn(
          "iati.date.order",
          activity,
          which + " end " + end + " is before the " + which + " start " + start + "; end left out");
      return Optional.of(DateRange.startingOn(start));
    }
    return Optional.of(DateRange.ofClosed(start, Optional.ofNullable(end)));
  }

  /**
   * Recipient countries and regions with their percentages, as published (their checks and the
   * warnings about them are {@link #recipientCountries}'s); a region keeps its vocabulary (1 as
   * {@code Region}, 2 as {@code UN-M49}, others by their code).
   */
  private void recipientPlaces(XmlElement activity, Partnership.Builder partnership) {
    for (XmlElement recipient : activity.all("recipient-country")) {
      Optional<String> code = recipient.attr("code").map(c -> c.toUpperCase(Locale.ROOT));
      if (code.isPresent() && CountryCode.isWellFormed(code.get())) {
        partnership.addRecipientCountries(
            RecipientCountry.builder()
                .country(CountryCode.of(code.get()))
                .percentage(percentage(recipient))
                .build());
      }
    }
    for (XmlElement region : activity.all("recipient-region")) {
      Optional<String> code = region.attr("code").map(String::strip).filter(c -> !c.isEmpty());
      if (code.isPresent()) {
        String vocabulary = RecipientRegion.vocabularyOf(region.attr("vocabulary").orElse("1"));
        partnership.addRecipientRegions(
            RecipientRegion.builder()
                .region(Code.of(vocabulary, code.get()))
                .percentage(percentage(region))
                .build());
      }
    }
  }

  private static Optional<BigDecimal> percentage(XmlElement element) {
    try {
      return element.attr("percentage").map(String::strip).map(BigDecimal::new);
    } catch (NumberFormatException e) {
      return Optional.empty(); // reported by percentages(...)
    }
  }

  private Set<CountryCode> recipientCountries(XmlElement activity) {
    Set<CountryCode> countries = new LinkedHashSet<>();
    for (XmlElement recipient : activity.all("recipient-country")) {
      Optional<String> code = recipient.attr("code").map(c -> c.toUpperCase(Locale.ROOT));
      if (code.isEmpty() || !CountryCode.isWellFormed(code.get())) {
        context.warn(
            "iati.country.invalid",
            recipient,
            "recipient-country '" + code.orElse("") + "' is not a country code; left out");
        continue;
      }
      if (!code.get().equals(recipient.attr("code").get())) {
        context.warn(
            "iati.country.case",
            recipient,
            "recipient-country '" + recipient.attr("code").get() + "' read as " + code.get());
      }
      countries.add(CountryCode.of(code.get()));
    }
    // IATI's percentages cover recipient countries and regions together.
    List<XmlElement> both = new ArrayList<>(activity.all("recipient-country"));
    both.addAll(activity.all("recipient-region"));
    percentages(activity, both, "recipient-country and recipient-region");
    return countries;
  }

  /**
   * Sectors: vocabulary 1 (the default) five-digit DAC codes and 2 three-digit categories are kept,
   * unknown codes of the right form too (reported); vocabulary 8 (SDG targets) and 9 (SDG
   * indicators, reduced to their target) become SDG targets; vocabulary 7 (SDG goals) and the
   * others have no place in the model and are reported. Percentages that do not add up to 100 per
   * vocabulary are reported (the model keeps no percentages).
   */
  private void sectors(
      XmlElement activity, Partnership.Builder partnership, Set<SdgTarget> targets) {
    Map<String, List<XmlElement>> byVocabulary = new TreeMap<>();
    Set<SectorCode> sectors = new LinkedHashSet<>();
    for (XmlElement sector : activity.all("sector")) {
      String vocabulary = sector.attr("vocabulary").orElse("1");
      byVocabulary.computeIfAbsent(vocabulary, v -> new ArrayList<>()).add(sector);
      Optional<String> code = sector.attr("code");
      if (code.isEmpty()) {
        context.warn("iati.sector.code", sector, "sector without a code; left out");
        continue;
      }
      switch (vocabulary) {
        case "1", "2" -> dacSector(sector, vocabulary, code.get()).ifPresent(sectors::add);
        case "8" -> sdgTarget(sector, code.get()).ifPresent(targets::add);
        case "9" -> sdgTarget(sector, indicatorTarget(code.get())).ifPresent(targets::add);
        default ->
            context.warn(
                "iati.sector.vocabulary",
                sector,
                "sector "
                    + code.get()
                    + " of vocabulary "
                    + vocabulary
                    + (vocabulary.equals("7") ? " (an SDG goal; the model holds targets)" : "")
                    + " has no place in the model; left out");
      }
    }
    byVocabulary.forEach(
        (vocabulary, elements) ->
            percentages(activity, elements, "sector (vocabulary " + vocabulary + ")"));
    partnership.addSectors(sectors.toArray(SectorCode[]::new));
  }

  private Optional<SectorCode> dacSector(XmlElement sector, String vocabulary, String code) {
    if (!SectorCode.isWellFormed(code)) {
      context.warn(
          "iati.sector.form",
          sector,
          "sector '" + code + "' (vocabulary " + vocabulary + ") is not a DAC code; left out");
      return Optional.empty();
    }
    SectorCode sectorCode = SectorCode.of(code);
    boolean expectedLength = vocabulary.equals("1") ? code.length() == 5 : code.length() == 3;
    if (!expectedLength) {
      context.warn(
          "iati.sector.length",
          sector,
          "sector " + code + " does not have the length of vocabulary " + vocabulary + "; kept");
    }
    if (!ReferenceData.sectors().contains(sectorCode)) {
      context.warn(
          "iati.sector.unknown", sector, "sector " + code + " is not on the DAC lists; kept");
    }
    return Optional.of(sectorCode);
  }

  private static String indicatorTarget(String indicator) {
    int last = indicator.lastIndexOf('.');
    return last > 0 && indicator.indexOf('.') != last ? indicator.substring(0, last) : indicator;
  }

  private Optional<SdgTarget> sdgTarget(XmlElement element, String code) {
    if (!SdgTarget.isWellFormed(code)) {
      context.warn(
          "iati.sdg.form", element, "SDG target '" + code + "' is not of the form 17.9; left out");
      return Optional.empty();
    }
    SdgTarget target = SdgTarget.of(code);
    if (!ReferenceData.sdgTargets().contains(target)) {
      context.warn("iati.sdg.unknown", element, "SDG target " + code + " does not exist; kept");
    }
    return Optional.of(target);
  }

  /**
   * Tags: vocabulary 3 (SDG targets) become SDG targets; vocabulary 2 (SDG goals) has no place in
   * the model, which holds targets, and is reported, as are the other vocabularies.
   */
  private void tags(XmlElement activity, Set<SdgTarget> targets) {
    for (XmlElement tag : activity.all("tag")) {
      Optional<String> code = tag.attr("code");
      String vocabulary = tag.attr("vocabulary").orElse("1");
      if (code.isEmpty()) {
        context.warn("iati.tag.code", tag, "tag without a code; left out");
      } else if (vocabulary.equals("3")) {
        sdgTarget(tag, code.get()).ifPresent(targets::add);
      } else {
        context.warn(
            "iati.tag.vocabulary",
            tag,
            "tag "
                + code.get()
                + " of vocabulary "
                + vocabulary
                + (vocabulary.equals("2") ? " (an SDG goal; the model holds targets)" : "")
                + " has no place in the model; left out");
      }
    }
  }

  /** Reports percentages that are given for some elements and do not add up to 100. */
  private void percentages(XmlElement activity, List<XmlElement> elements, String what) {
    if (elements.size() < 1 || elements.stream().allMatch(e -> e.attr("percentage").isEmpty())) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (XmlElement element : elements) {
      Optional<String> percentage = element.attr("percentage");
      if (percentage.isPresent()) {
        Optional<BigDecimal> value =
            context.decimal(element, percentage.get(), what + " percentage");
        if (value.isPresent()) {
          sum = sum.add(value.get());
        }
      }
    }
    if (sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("0.5")) > 0) {
      context.warn(
          "iati.percentage.sum",
          activity,
          what
              + " percentages add up to "
              + sum.stripTrailingZeros().toPlainString()
              + ", not 100");
    }
  }
}
