package org.ksmodel.iati.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ksmodel.common.Code;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.DocumentLink;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.result.Baseline;
import org.ksmodel.result.Dimension;
import org.ksmodel.result.Evidence;
import org.ksmodel.result.EvidenceType;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IndicatorMeasure;
import org.ksmodel.result.IndicatorReference;
import org.ksmodel.result.IndicatorValue;
import org.ksmodel.result.PeriodValue;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultLevel;
import org.ksmodel.result.ResultReference;
import org.ksmodel.result.ResultsFramework;

/**
 * Maps an activity's {@code result}s onto a {@link ResultsFramework} of the partnership, with the
 * same id as the activity.
 *
 * <p>Result type 1, 2, 3 become OUTPUT, OUTCOME, IMPACT ({@link ResultLevel#fromIatiCode}); other
 * types are left out and reported. Results keep their references, aggregation status and document
 * links. Indicators keep title, description, measure (IATI's IndicatorMeasure 1-5 map one to one;
 * an indicator without one of those codes is left out and reported, no measure is assumed),
 * ascending, aggregation status, every reference as published (an SDG indicator is a reference of
 * vocabulary 9; {@code sdgIndicator} is left for KS records), document links, every baseline (its
 * {@code year} as published and its {@code iso-date} only when given: no day is made up; its value
 * when given, comment, dimensions, location refs, document links), and every target and actual of
 * every period with its dimensions, location refs, comment and document links. Qualitative values
 * come from the value or, without one, the comment. Document links of the activity, its results and
 * indicators in categories A01 (impact appraisal) and A07 (review and evaluation) also become
 * EVALUATION_REPORT evidence, A08 (results, outcomes and outputs) CASE_STUDY evidence, when they
 * have a date and a readable address.
 */
public final class ResultsMapper {
  private final ImportContext context;

  public ResultsMapper(ImportContext context) {
    this.context = context;
  }

  public Optional<ResultsFramework> map(XmlElement activity, PartnershipId partnership) {
    List<Result> results = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    documents(activity, evidence);
    for (XmlElement result : activity.all("result")) {
      result(result, evidence).ifPresent(results::add);
    }
    if (results.isEmpty() && evidence.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        ResultsFramework.builder()
            .id(ResultsFrameworkId.of(partnership.value()))
            .partnership(partnership)
            .results(results)
            .evidence(evidence)
            .build());
  }

  private Optional<Result> result(XmlElement result, List<Evidence> evidence) {
    Optional<String> type = result.attr("type");
    Optional<ResultLevel> level = type.flatMap(ResultLevel::fromIatiCode);
    if (level.isEmpty()) {
      context.warn(
          "iati.result.type",
          result,
          "result type " + type.orElse("(none)") + " maps to no result level; result left out");
      return Optional.empty();
    }
    Optional<LocalizedText> title = result.first("title").flatMap(context::narratives);
    if (title.isEmpty()) {
      context.warn("iati.result.title", result, "result without a title; left out");
      return Optional.empty();
    }
    documents(result, evidence);
    List<Indicator> indicators = new ArrayList<>();
    for (XmlElement indicator : result.all("indicator")) {
      indicator(indicator, evidence).ifPresent(indicators::add);
    }
    Result.Builder builder =
        Result.builder()
            .level(level.get())
            .title(title.get())
            .description(result.first("description").flatMap(context::narratives))
            .indicators(indicators)
            .aggregationStatus(flag(result, "aggregation-status"))
            .documentLinks(documentLinks(result));
    for (XmlElement reference : result.all("reference")) {
      Optional<String> vocabulary = reference.attr("vocabulary").filter(v -> !v.isBlank());
      Optional<String> code = reference.attr("code").filter(c -> !c.isBlank());
      if (vocabulary.isEmpty() || code.isEmpty()) {
        context.warn(
            "iati.result.reference", reference, "result reference without vocabulary or code");
        continue;
      }
      builder.addReferences(
          ResultReference.builder()
              .vocabulary(vocabulary.get())
              .code(code.get())
              .vocabularyUri(reference.attr("vocabulary-uri"))
              .build());
    }
    return Optional.of(builder.build());
  }

  private Optional<Indicator> indicator(XmlElement indicator, List<Evidence> evidence) {
    Optional<LocalizedText> title = indicator.first("title").flatMap(context::narratives);
    if (title.isEmpty()) {
      context.warn("iati.indicator.title", indicator, "indicator without a title; left out");
      return Optional.empty();
    }
    Optional<String> measureCode = indicator.attr("measure");
    Optional<IndicatorMeasure> mapped = measureCode.flatMap(IndicatorMeasure::fromIatiCode);
    if (mapped.isEmpty()) {
      context.warn(
          "iati.indicator.measure",
          indicator,
          "indicator measure "
              + measureCode.orElse("(none)")
              + " is not an IATI IndicatorMeasure code (1-5); indicator left out");
      return Optional.empty();
    }
    IndicatorMeasure measure = mapped.get();
    documents(indicator, evidence);
    Indicator.Builder builder =
        Indicator.builder()
            .title(title.get())
            .description(indicator.first("description").flatMap(context::narratives))
            .measure(measure)
            .ascending(flag(indicator, "ascending").orElse(true))
            .aggregationStatus(flag(indicator, "aggregation-status"))
            .documentLinks(documentLinks(indicator));
    for (XmlElement reference : indicator.all("reference")) {
      Optional<String> vocabulary = reference.attr("vocabulary").filter(v -> !v.isBlank());
      Optional<String> code = reference.attr("code").filter(c -> !c.isBlank());
      if (vocabulary.isEmpty() || code.isEmpty()) {
        context.warn(
            "iati.indicator.reference",
            reference,
            "indicator reference without vocabulary or code; left out");
        continue;
      }
      builder.addReferences(
          IndicatorReference.builder()
              .vocabulary(vocabulary.get())
              .code(code.get())
              .indicatorUri(reference.attr("indicator-uri"))
              .build());
    }
    for (XmlElement baseline : indicator.all("baseline")) {
      baseline(baseline, measure).ifPresent(builder::addBaselines);
    }
    for (XmlElement period : indicator.all("period")) {
      Optional<DateRange> range = period(period);
      if (range.isEmpty()) {
        continue;
      }
      for (XmlElement target : period.all("target")) {
        periodValue(target, measure, range.get()).ifPresent(builder::addTargets);
      }
      for (XmlElement actual : period.all("actual")) {
        periodValue(actual, measure, range.get()).ifPresent(builder::addActuals);
      }
    }
    return Optional.of(builder.build());
  }

  /** An xsd:boolean attribute: {@code 1} or {@code true}, {@code 0} or {@code false}. */
  private Optional<Boolean> flag(XmlElement element, String attribute) {
    Optional<String> raw = element.attr(attribute).map(String::trim);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    switch (raw.get()) {
      case "1":
      case "true":
        return Optional.of(true);
      case "0":
      case "false":
        return Optional.of(false);
      default:
        context.warn(
            "iati.boolean", element, attribute + " '" + raw.get() + "' is not a boolean; left out");
        return Optional.empty();
    }
  }

  /**
   * A baseline: its year as published, its day only when {@code iso-date} gives one, its value only
   * when given; left out (reported) without a year or a day.
   */
  private Optional<Baseline> baseline(XmlElement baseline, IndicatorMeasure measure) {
    Optional<IndicatorValue> value =
        baseline.attr("value").isPresent()
                || (!measure.isNumeric() && baseline.first("comment").isPresent())
            ? value(baseline, measure)
            : Optional.empty();
    Optional<LocalDate> date = context.date(baseline, "iso-date");
    Optional<Year> year = Optional.empty();
    Optional<String> rawYear = baseline.attr("year").map(String::trim);
    if (rawYear.isPresent() && rawYear.get().matches("[0-9]{4}")) {
      year = Optional.of(Year.of(Integer.parseInt(rawYear.get())));
    } else if (rawYear.isPresent()) {
      context.warn("iati.baseline.year", baseline, "baseline year '" + rawYear.get() + "' unread");
    }
    if (year.isEmpty() && date.isEmpty()) {
      context.warn("iati.baseline.date", baseline, "baseline without year or date; left out");
      return Optional.empty();
    }
    if (year.isPresent() && date.isPresent() && date.get().getYear() != year.get().getValue()) {
      context.warn(
          "iati.baseline.date",
          baseline,
          "baseline iso-date "
              + date.get()
              + " is not in its year "
              + year.get()
              + "; date left out");
      date = Optional.empty();
    }
    Optional<List<Dimension>> dimensions = dimensions(baseline);
    if (dimensions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Baseline.builder()
            .value(value)
            .year(year)
            .date(date)
            .comment(comment(baseline, value))
            .dimensions(dimensions.get())
            .locationRefs(locationRefs(baseline))
            .documentLinks(documentLinks(baseline))
            .build());
  }

  /**
   * The dimensions of a value; empty (reported) when one lacks its name or value, since the value
   * without it would read as a value of all.
   */
  private Optional<List<Dimension>> dimensions(XmlElement element) {
    List<Dimension> dimensions = new ArrayList<>();
    for (XmlElement dimension : element.all("dimension")) {
      Optional<String> name = dimension.attr("name").filter(n -> !n.isBlank());
      Optional<String> value = dimension.attr("value").filter(v -> !v.isBlank());
      if (name.isEmpty() || value.isEmpty()) {
        context.warn(
            "iati.dimension",
            dimension,
            element.name()
                + " dimension without name or value; the "
                + element.name()
                + " left out");
        return Optional.empty();
      }
      dimensions.add(Dimension.of(name.get(), value.get()));
    }
    return Optional.of(dimensions);
  }

  /** The {@code ref}s of an element's {@code location}s, as published. */
  private static List<String> locationRefs(XmlElement element) {
    List<String> refs = new ArrayList<>();
    for (XmlElement location : element.all("location")) {
      location.attr("ref").filter(r -> !r.isBlank()).ifPresent(refs::add);
    }
    return refs;
  }

  /** The document links of an element, as published; a link without an address is reported. */
  private List<DocumentLink> documentLinks(XmlElement element) {
    List<DocumentLink> links = new ArrayList<>();
    for (XmlElement link : element.all("document-link")) {
      Optional<String> url = link.attr("url").filter(u -> !u.isBlank());
      if (url.isEmpty()) {
        context.warn("iati.document.url", link, "document link without a url; left out");
        continue;
      }
      DocumentLink.Builder builder =
          DocumentLink.builder()
              .url(url.get())
              .format(link.attr("format").filter(f -> !f.isBlank()))
              .title(link.first("title").flatMap(context::narratives))
              .description(link.first("description").flatMap(context::narratives))
              .documentDate(link.first("document-date").flatMap(d -> context.date(d, "iso-date")));
      for (XmlElement category : link.all("category")) {
        category
            .attr("code")
            .filter(c -> !c.isBlank())
            .ifPresent(c -> builder.addCategories(Code.of("DocumentCategory", c.trim())));
      }
      for (XmlElement language : link.all("language")) {
        language.attr("code").flatMap(context::language).ifPresent(builder::addLanguages);
      }
      links.add(builder.build());
    }
    return links;
  }

  private Optional<DateRange> period(XmlElement period) {
    Optional<LocalDate> start =
        period.first("period-start").flatMap(e -> context.date(e, "iso-date"));
    Optional<LocalDate> end = period.first("period-end").flatMap(e -> context.date(e, "iso-date"));
    if (start.isEmpty() || end.isEmpty()) {
      context.warn(
          "iati.period.dates",
          period,
          "indicator period without start or end; its values left out");
      return Optional.empty();
    }
    if (end.get().isBefore(start.get())) {
      context.warn(
          "iati.period.order",
          period,
          "indicator period ends (" + end.get() + ") before it starts; its values left out");
      return Optional.empty();
    }
    return Optional.of(DateRange.ofClosed(start.get(), end.get()));
  }

  private Optional<PeriodValue> periodValue(
      XmlElement element, IndicatorMeasure measure, DateRange period) {
    Optional<IndicatorValue> value = value(element, measure);
    Optional<List<Dimension>> dimensions = dimensions(element);
    if (value.isEmpty() || dimensions.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        PeriodValue.builder()
            .period(period)
            .value(value.get())
            .comment(comment(element, value))
            .dimensions(dimensions.get())
            .locationRefs(locationRefs(element))
            .documentLinks(documentLinks(element))
            .build());
  }

  /** The comment of a value, unless it already is the (qualitative) value. */
  private Optional<String> comment(XmlElement element, Optional<IndicatorValue> value) {
    return element
        .first("comment")
        .flatMap(context::plainText)
        .filter(text -> !value.flatMap(IndicatorValue::text).filter(text::equals).isPresent());
  }

  /**
   * A value: the {@code value} attribute (a number, or a text for a qualitative indicator), or for
   * a qualitative indicator without one, the comment; empty (reported) when there is none.
   */
  private Optional<IndicatorValue> value(XmlElement element, IndicatorMeasure measure) {
    Optional<String> raw = element.attr("value");
    if (raw.isPresent()) {
      if (!measure.isNumeric()) {
        return Optional.of(IndicatorValue.ofText(raw.get()));
      }
      Optional<BigDecimal> number = context.decimal(element, raw.get(), element.name() + " value");
      return number.map(IndicatorValue::ofNumber);
    }
    if (!measure.isNumeric()) {
      Optional<String> comment = element.first("comment").flatMap(context::plainText);
      if (comment.isPresent()) {
        return Optional.of(IndicatorValue.ofText(comment.get()));
      }
    }
    context.warn("iati.indicator.value", element, element.name() + " without a value; left out");
    return Optional.empty();
  }

  /** The document links of an element that are evidence of results (see the class comment). */
  private void documents(XmlElement element, List<Evidence> evidence) {
    for (XmlElement link : element.all("document-link")) {
      Optional<EvidenceType> type = Optional.empty();
      for (XmlElement category : link.all("category")) {
        Optional<String> code = category.attr("code");
        if (code.filter(c -> c.equals("A01") || c.equals("A07")).isPresent()) {
          type = Optional.of(EvidenceType.EVALUATION_REPORT);
        } else if (code.filter("A08"::equals).isPresent() && type.isEmpty()) {
          type = Optional.of(EvidenceType.CASE_STUDY);
        }
      }
      if (type.isEmpty()) {
        continue;
      }
      Optional<LocalDate> date =
          link.first("document-date").flatMap(d -> context.date(d, "iso-date"));
      if (date.isEmpty()) {
        context.warn(
            "iati.document.date", link, "results document without a document-date; left out");
        continue;
      }
      Optional<URI> uri = Optional.empty();
      Optional<String> url = link.attr("url");
      if (url.isPresent()) {
        try {
          uri = Optional.of(new URI(url.get()));
        } catch (java.net.URISyntaxException e) {
          context.warn(
              "iati.document.url",
              link,
              "document url '" + url.get() + "' is not an address; kept without it");
        }
      }
      try {
        evidence.add(
            Evidence.builder()
                .type(type.get())
                .date(date.get())
                .link(uri)
                .description(link.first("title").flatMap(context::narratives))
                .build());
      } catch (InvalidValueException e) {
        context.warn("iati.document.invalid", link, "results document left out: " + e.getMessage());
      }
    }
  }
}
