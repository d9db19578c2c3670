package org.ksmodel.validation;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.ksmodel.common.EntityKind;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Funding;
import org.ksmodel.institution.Institution;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;

/**
 * What a rule judges: one kind of aggregate, or the dataset as a whole. The constants are the only
 * instances; a rule names one of them.
 *
 * <p>The constants are immutable and safe to share across threads.
 *
 * @param <S> the type of the judged value
 */
public final class Subject<S> {
  /** An institution; its violations carry the institution's id. */
  public static final Subject<Institution> INSTITUTION =
      new Subject<>("institution", EntityKind.INSTITUTION, i -> i.id().value());

  /** A solution; its violations carry the solution's id. */
  public static final Subject<Solution> SOLUTION =
      new Subject<>("solution", EntityKind.SOLUTION, s -> s.id().value());

  /** A partnership; its violations carry the partnership's id. */
  public static final Subject<Partnership> PARTNERSHIP =
      new Subject<>("partnership", EntityKind.PARTNERSHIP, p -> p.id().value());

  /** A funding; its violations carry the funding's id. */
  public static final Subject<Funding> FUNDING =
      new Subject<>("funding", EntityKind.FUNDING, f -> f.id().value());

  /** A results framework; its violations carry the framework's id. */
  public static final Subject<ResultsFramework> RESULTS_FRAMEWORK =
      new Subject<>("resultsFramework", EntityKind.RESULTS_FRAMEWORK, r -> r.id().value());

  /** A knowledge request; its violations carry the request's id. */
  public static final Subject<KnowledgeRequest> KNOWLEDGE_REQUEST =
      new Subject<>("knowledgeRequest", EntityKind.KNOWLEDGE_REQUEST, r -> r.id().value());

  /** The dataset as a whole, for rules across entities; its violations carry no subject id. */
  public static final Subject<Dataset> DATASET = new Subject<>("dataset", null, d -> null);

  private final String name;
  private final EntityKind kind;
  private final Function<S, String> idOf;

  private Subject(String name, EntityKind kind, Function<S, String> idOf) {
    this.name = name;
    this.kind = kind;
    this.idOf = idOf;
  }

  /** {@return the kind of aggregate judged, or empty for the dataset} */
  public Optional<EntityKind> kind() {
    return Optional.ofNullable(kind);
  }

  Optional<String> idOf(S subject) {
    return Optional.ofNullable(idOf.apply(Objects.requireNonNull(subject, "subject")));
  }

  /** {@return the subject's name, e.g. {@code partnership} or {@code dataset}} */
  @Override
  public String toString() {
    return name;
  }
}
