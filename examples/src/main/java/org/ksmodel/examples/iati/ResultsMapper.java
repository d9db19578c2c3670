package org.ksmodel.examples.iati;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.result.Baseline;
import org.ksmodel.result.Evidence;
import org.ksmodel.result.EvidenceType;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IndicatorMeasure;
import org.ksmodel.result.IndicatorValue;
import org.ksmodel.result.PeriodValue;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultLevel;
import org.ksmodel.result.ResultsFramework;

/**
 * Maps an activity's {@code result}s onto a {@link ResultsFramework} of the partnership, with the
 * same id as the activity.
 *
 * <p>Result type 1, 2, 3 become OUTPUT, OUTCOME, IMPACT ({@link ResultLevel#fromIatiCode}); other
 * types are left out and reported. Indicators keep title, description, measure (UNIT when absent,
 * reported), ascending, the baseline (dated by {@code iso-date}, else 1 January of its {@code
 * year}), and a target and an actual value per period; an SDG indicator reference (vocabulary 9)
 * becomes the indicator's SDG indicator. Qualitative values come from the value or, without one,
 * the comment. Document links of the activity, its results and indicators in categories A01 (impact
 * appraisal) and A07 (review and evaluation) become EVALUATION_REPORT evidence, A08 (results,
 * outcomes and outputs) CASE_STUDY evidence, when they have a date and a readable address.
 */
final class ResultsMapper {
  private static final Pattern SDG_INDICATOR =
      Pattern.compile("(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])\\.[1-9][0-9]?");

  private final ImportContext context;

  ResultsMapper(ImportContext context) {
    this.context = context;
  }

  Optional<ResultsFramework> map(XmlElement activity, PartnershipId partnership) {
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
    return Optional.of(
        Result.builder()
            .level(level.get())
            .title(title.get())
            .description(result.first("description").flatMap(context::narratives))
            .indicators(indicators)
            .build());
  }

  private Optional<Indicator> indicator(XmlElement indicator, List<Evidence> evidence) {
    Optional<LocalizedText> title = indicator.first("title").flatMap(context::narratives);
    if (title.isEmpty()) {
      context.warn("iati.indicator.title", indicator, "indicator without a title; left out");
      return Optional.empty();
    }
    Optional<String> measureCode = indicator.attr("measure");
    IndicatorMeasure measure =
        measureCode.flatMap(IndicatorMeasure::fromIatiCode).orElse(IndicatorMeasure.UNIT);
    if (measureCode.flatMap(IndicatorMeasure::fromIatiCode).isEmpty()) {
      context.warn(
          "iati.indicator.measure",
          indicator,
          "indicator measure " + measureCode.orElse("(none)") + " unknown; UNIT assumed");
    }
    documents(indicator, evidence);
    Indicator.Builder builder =
        Indicator.builder()
            .title(title.get())
            .description(indicator.first("description").flatMap(context::narratives))
            .measure(measure)
            .ascending(
                indicator
                    .attr("ascending")
                    .map(a -> !(a.equals("0") || a.equals("false")))
                    .orElse(true));
    for (XmlElement reference : indicator.all("reference")) {
      Optional<String> code = reference.attr("code");
      if (reference.attr("vocabulary").filter("9"::equals).isPresent() && code.isPresent()) {
        if (SDG_INDICATOR.matcher(code.get()).matches()) {
          builder.sdgIndicator(code.get());
          break;
        }
        context.warn(
            "iati.indicator.sdg",
            reference,
            "SDG indicator reference '" + code.get() + "' is not of the form 17.9.1; left out");
      }
    }
    indicator.first("baseline").flatMap(b -> baseline(b, measure)).ifPresent(builder::baseline);
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

  private Optional<Baseline> baseline(XmlElement baseline, IndicatorMeasure measure) {
    Optional<IndicatorValue> value = value(baseline, measure);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> date = context.date(baseline, "iso-date");
    if (date.isEmpty()) {
      Optional<String> year = baseline.attr("year");
      if (year.isPresent() && year.get().matches("[0-9]{4}")) {
        date = Optional.of(LocalDate.of(Integer.parseInt(year.get()), 1, 1));
      }
    }
    if (date.isEmpty()) {
      context.warn("iati.baseline.date", baseline, "baseline without year or date; left out");
      return Optional.empty();
    }
    return Optional.of(
        Baseline.builder()
            .value(value.get())
            .date(date.get())
            .comment(comment(baseline, value.get()))
            .build());
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
    return value(element, measure)
        .map(
            value ->
                PeriodValue.builder()
                    .period(period)
                    .value(value)
                    .comment(comment(element, value))
                    .build());
  }

  /** The comment of a value, unless it already is the (qualitative) value. */
  private Optional<String> comment(XmlElement element, IndicatorValue value) {
    return element
        .first("comment")
        .flatMap(context::plainText)
        .filter(text -> !value.text().filter(text::equals).isPresent());
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
