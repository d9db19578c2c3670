package org.ksmodel.result;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.ksmodel.common.Entity;
import org.ksmodel.common.EntityId;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.SolutionId;
import org.ksmodel.common.internal.Checks;
import org.ksmodel.common.internal.KsStyle;

/**
 * The results of a partnership, of a solution or of an institution: the results aimed at with their
 * indicators, the evidence gathered and the evaluations done.
 *
 * <p>What the framework is for is named by exactly one of {@link #partnership()}, {@link
 * #solution()} and {@link #institution()} (optional ids rather than one id of any kind, so that the
 * JSON form names the kind in the member name); construction rejects a framework that names none or
 * more than one.
 *
 * <p>Immutable and safe to share between threads.
 */
@Value.Immutable
@KsStyle
// Immutables would merge Builder.from over Entity, whose id has another type; from takes a
// ResultsFramework.
@SuppressWarnings("immutables:from")
public abstract class ResultsFramework implements Entity {
  // Package-private: only the generated implementation extends a value type.
  ResultsFramework() {}

  /** {@return {@link EntityKind#RESULTS_FRAMEWORK}, always} */
  @Override
  public final EntityKind kind() {
    return EntityKind.RESULTS_FRAMEWORK;
  }

  /** {@return the id} */
  public abstract ResultsFrameworkId id();

  /** {@return the partnership whose results these are, when it is a partnership's} */
  public abstract Optional<PartnershipId> partnership();

  /** {@return the solution whose results these are, when it is a solution's} */
  public abstract Optional<SolutionId> solution();

  /** {@return the institution whose results these are, when it is an institution's} */
  public abstract Optional<InstitutionId> institution();

  /** {@return the results aimed at} */
  public abstract List<Result> results();

  /** {@return the evidence of results gathered} */
  public abstract List<Evidence> evidence();

  /** {@return the evaluations done} */
  public abstract List<Evaluation> evaluations();

  /**
   * {@return what the results are of: the partnership, solution or institution, whichever is given}
   */
  public EntityId target() {
    return targets().findFirst().orElseThrow();
  }

  /** {@return every indicator of every result, in order} */
  public List<Indicator> allIndicators() {
    return results().stream().flatMap(result -> result.indicators().stream()).toList();
  }

  private Stream<EntityId> targets() {
    return Stream.of(partnership(), solution(), institution()).flatMap(Optional::stream);
  }

  /**
   * Rejects a framework that names none or more than one of its possible targets; checked on {@code
   * build()}, not meant to be called directly.
   *
   * @throws org.ksmodel.common.InvalidValueException if not exactly one of a partnership, a
   *     solution and an institution is given
   */
  @Value.Check
  protected void check() {
    long count = targets().count();
    Checks.require(
        count > 0,
        "resultsFramework.target.missing",
        "partnership",
        () -> "results framework " + id() + " names no partnership, solution or institution");
    Checks.require(
        count < 2,
        "resultsFramework.target.ambiguous",
        partnership().isPresent() && solution().isPresent() ? "solution" : "institution",
        () ->
            "results framework "
                + id()
                + " names more than one of partnership, solution, institution");
  }

  /** {@return an empty builder of {@link ResultsFramework}} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ResultsFramework}; {@code builder().from(framework)} copies one. Not
   * thread-safe.
   *
   * <p>{@code build()} throws {@link org.ksmodel.common.InvalidValueException} if the id is not
   * set, or if not exactly one of a partnership, a solution and an institution is set.
   */
  public static final class Builder extends ImmutableResultsFramework.Builder {
    Builder() {}
  }
}
