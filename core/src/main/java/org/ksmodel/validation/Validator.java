package org.ksmodel.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Entity;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Funding;
import org.ksmodel.institution.Institution;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.reference.CountryClassification;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;

/**
 * Runs a {@link RuleSet} over a dataset or a single entity and reports every problem at once; it
 * never throws for bad data (a rule that fails is itself reported, as {@code
 * validation.rule.failed}).
 *
 * <pre>{@code
 * Validator validator = Validator.builder().ruleSet(RuleSet.strict()).build();
 * ValidationReport report = validator.validate(dataset);
 * if (!report.isValid()) {
 *   report.violations().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>A validator is immutable and safe to share between threads: one validator can serve every
 * request of an application. Its rules' checks and its country classification then run on the
 * callers' threads at once.
 */
public final class Validator {
  static final String RULE_FAILED = "validation.rule.failed";

  private final RuleSet ruleSet;
  private final CountryClassification classification;
  private final Clock clock;
  private final Messages messages;
  private final Map<Subject<?>, List<ActiveRule<?>>> rulesBySubject = new HashMap<>();

  private Validator(Builder builder) {
    this.ruleSet = builder.ruleSet;
    this.classification = builder.classification;
    this.clock = builder.clock;
    this.messages = new Messages(builder.locale);
    for (Rule<?> rule : ruleSet.enabledRules()) {
      rulesBySubject
          .computeIfAbsent(rule.subject(), s -> new ArrayList<>())
          .add(new ActiveRule<>(rule, ruleSet.severityOf(rule)));
    }
  }

  /**
   * {@return a validator with the default rules, the DAC list of ODA recipients as the
   * classification, the system clock (UTC) and English messages}
   */
  public static Validator standard() {
    return builder().build();
  }

  /** {@return a builder that starts from the settings of {@link #standard()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the rules this validator runs} */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * Validates every entity of a dataset and the references between them, with every enabled rule.
   *
   * @param dataset the dataset
   * @return every violation found, with paths from the root of the dataset document such as {@code
   *     /partnerships/3/sectors}
   */
  public ValidationReport validate(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    RuleContext context = new RuleContext(dataset, true, today(), classification);
    Collector collector = new Collector();
    each(Subject.INSTITUTION, dataset.institutions(), context, collector);
    each(Subject.SOLUTION, dataset.solutions(), context, collector);
    each(Subject.PARTNERSHIP, dataset.partnerships(), context, collector);
    each(Subject.FUNDING, dataset.fundings(), context, collector);
    each(Subject.RESULTS_FRAMEWORK, dataset.resultsFrameworks(), context, collector);
    each(Subject.KNOWLEDGE_REQUEST, dataset.knowledgeRequests(), context, collector);
    run(Subject.DATASET, dataset, DataPath.root(), -1, context, collector);
    return ValidationReport.of(collector.violations);
  }

  /**
   * Validates an institution on its own, as {@link #validate(Subject, Object)} does.
   *
   * @param institution the institution
   * @return the violations found, with paths relative to the institution
   */
  public ValidationReport validate(Institution institution) {
    return validate(Subject.INSTITUTION, institution);
  }

  /**
   * Validates a solution on its own, as {@link #validate(Subject, Object)} does.
   *
   * @param solution the solution
   * @return the violations found, with paths relative to the solution
   */
  public ValidationReport validate(Solution solution) {
    return validate(Subject.SOLUTION, solution);
  }

  /**
   * Validates a partnership on its own, as {@link #validate(Subject, Object)} does.
   *
   * @param partnership the partnership
   * @return the violations found, with paths relative to the partnership
   */
  public ValidationReport validate(Partnership partnership) {
    return validate(Subject.PARTNERSHIP, partnership);
  }

  /**
   * Validates a funding on its own, as {@link #validate(Subject, Object)} does.
   *
   * @param funding the funding
   * @return the violations found, with paths relative to the funding
   */
  public ValidationReport validate(Funding funding) {
    return validate(Subject.FUNDING, funding);
  }

  /**
   * Validates a results framework on its own, as {@link #validate(Subject, Object)} does.
   *
   * @param framework the results framework
   * @return the violations found, with paths relative to the results framework
   */
  public ValidationReport validate(ResultsFramework framework) {
    return validate(Subject.RESULTS_FRAMEWORK, framework);
  }

  /**
   * Validates a knowledge request on its own, as {@link #validate(Subject, Object)} does.
   *
   * @param request the knowledge request
   * @return the violations found, with paths relative to the request
   */
  public ValidationReport validate(KnowledgeRequest request) {
    return validate(Subject.KNOWLEDGE_REQUEST, request);
  }

  /**
   * Validates an entity of any of the six kinds on its own, as {@link #validate(Subject, Object)}
   * does: for a stream of mixed entities, such as the records of an NDJSON file.
   *
   * @param entity an institution, solution, partnership, funding, results framework or knowledge
   *     request
   * @return the violations found, with paths relative to the entity
   * @throws IllegalArgumentException if {@code entity} is not one of the model's aggregates (a
   *     class of the caller's own that implements {@link Entity})
   */
  public ValidationReport validateEntity(Entity entity) {
    Objects.requireNonNull(entity, "entity");
    if (entity instanceof Institution institution) {
      return validate(institution);
    } else if (entity instanceof Solution solution) {
      return validate(solution);
    } else if (entity instanceof Partnership partnership) {
      return validate(partnership);
    } else if (entity instanceof Funding funding) {
      return validate(funding);
    } else if (entity instanceof ResultsFramework framework) {
      return validate(framework);
    } else if (entity instanceof KnowledgeRequest request) {
      return validate(request);
    }
    throw new IllegalArgumentException("not an entity: " + entity.getClass().getName());
  }

  /**
   * Validates one entity on its own, with paths relative to it; rules that resolve references are
   * skipped, since there is no dataset to resolve them in. For a whole dataset use {@link
   * #validate(Dataset)}.
   *
   * @param <S> the type of the value
   * @param subject what the value is
   * @param value the value
   * @return the violations found, with paths relative to the value
   */
  public <S> ValidationReport validate(Subject<S> subject, S value) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(value, "value");
    RuleContext context = new RuleContext(Dataset.empty(), false, today(), classification);
    Collector collector = new Collector();
    run(subject, value, DataPath.root(), -1, context, collector);
    return ValidationReport.of(collector.violations);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private <S> void each(Subject<S> subject, List<S> values, RuleContext context, Collector out) {
    if (!rulesBySubject.containsKey(subject)) {
      return;
    }
    DataPath collection = DataPath.of(subject.kind().orElseThrow().collectionName());
    for (int i = 0; i < values.size(); i++) {
      run(subject, values.get(i), collection, i, context, out);
    }
  }

  /** Runs the rules of a subject; {@code index} is its position under {@code base}, or -1. */
  @SuppressWarnings("unchecked")
  private <S> void run(
      Subject<S> subject, S value, DataPath base, int index, RuleContext context, Collector out) {
    List<ActiveRule<?>> rules = rulesBySubject.get(subject);
    if (rules == null) {
      return;
    }
    out.subject(base, index, subject, value);
    for (ActiveRule<?> active : rules) {
      ActiveRule<S> rule = (ActiveRule<S>) active;
      if (rule.rule.needsDataset() && !context.hasDataset()) {
        continue;
      }
      out.rule = rule;
      try {
        rule.rule.check(value, context, out);
      } catch (RuntimeException | StackOverflowError e) {
        out.ruleFailed(e);
      }
    }
  }

  private record ActiveRule<S>(Rule<S> rule, Severity severity) {}

  /**
   * Turns findings into violations for the current subject and rule. The subject's path and id are
   * only made when it has a finding: most entities have none.
   */
  private final class Collector implements Findings {
    final List<Violation> violations = new ArrayList<>();
    private DataPath collection;
    private int index;
    private Subject<Object> subject;
    private Object value;
    private DataPath base;
    private Optional<String> subjectId;
    ActiveRule<?> rule;

    @SuppressWarnings("unchecked")
    <S> void subject(DataPath collection, int index, Subject<S> subject, S value) {
      this.collection = collection;
      this.index = index;
      this.subject = (Subject<Object>) subject;
      this.value = value;
      this.base = null;
      this.subjectId = null;
    }

    private DataPath base() {
      if (base == null) {
        base = index < 0 ? collection : collection.index(index);
        subjectId = subject.idOf(value);
      }
      return base;
    }

    @Override
    public void report(DataPath path, Object... arguments) {
      List<String> texts = new ArrayList<>(arguments.length);
      for (Object argument : arguments) {
        texts.add(String.valueOf(argument));
      }
      String code = rule.rule.code();
      DataPath at = base().resolve(path);
      violations.add(
          Violation.builder()
              .code(code)
              .severity(rule.severity)
              .path(at)
              .subjectId(subjectId)
              .message(messages.format(code, rule.rule.template(), texts))
              .arguments(texts)
              .build());
    }

    void ruleFailed(Throwable failure) {
      List<String> texts = List.of(rule.rule.code(), String.valueOf(failure));
      DataPath at = base();
      violations.add(
          Violation.builder()
              .code(RULE_FAILED)
              .severity(Severity.FATAL)
              .path(at)
              .subjectId(subjectId)
              .message(messages.format(RULE_FAILED, Optional.empty(), texts))
              .arguments(texts)
              .build());
    }
  }

  /**
   * Builds validators; each setting has a default, that of {@link #standard()}. Not thread-safe.
   */
  public static final class Builder {
    private RuleSet ruleSet = RuleSet.defaults();
    private CountryClassification classification = CountryClassification.dacOdaRecipients();
    private Clock clock = Clock.systemUTC();
    private Locale locale = Locale.ROOT;

    private Builder() {}

    /**
     * Sets the rules to run; {@link RuleSet#defaults()} by default.
     *
     * @param ruleSet the rules
     * @return this builder
     */
    public Builder ruleSet(RuleSet ruleSet) {
      this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
      return this;
    }

    /**
     * Sets which countries count as developing; {@link CountryClassification#dacOdaRecipients()} by
     * default.
     *
     * @param classification the classification; it must be safe to call from several threads
     * @return this builder
     */
    public Builder classification(CountryClassification classification) {
      this.classification = Objects.requireNonNull(classification, "classification");
      return this;
    }

    /**
     * Sets the clock that gives today's date for "not in the future" rules; the system clock (UTC)
     * by default. A fixed clock makes reports repeatable, e.g. in tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the language of messages, where the bundle has it; English by default. The codes, paths
     * and arguments of violations do not depend on it.
     *
     * @param locale the locale of messages
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** {@return the validator; the builder can go on to build others} */
    public Validator build() {
      return new Validator(this);
    }
  }
}
