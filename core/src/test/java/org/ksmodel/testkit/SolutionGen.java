package org.ksmodel.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.SolutionId;
import org.ksmodel.solution.Adoption;
import org.ksmodel.solution.Criterion;
import org.ksmodel.solution.CriterionAssessment;
import org.ksmodel.solution.KnowledgeProduct;
import org.ksmodel.solution.KnowledgeProductType;
import org.ksmodel.solution.Score;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;

/**
 * Generators of solutions and their parts. A generated solution's stage fits its content, as the
 * validator wants: VALIDATED or later has criteria assessments with every mandatory criterion met,
 * PACKAGED or later has a knowledge product, SHARED has an adoption; no assessor is the owner; each
 * criterion is assessed once; dates are before 2025 and codes exist in the reference data.
 */
public final class SolutionGen {
  /** Criteria of a catalogue with its own vocabulary, as APC Colombia's catalogue has. */
  public static final List<Code> CATALOGUE_CRITERIA =
      List.of(
          Code.of("APC-Colombia", "pertinencia"),
          Code.of("APC-Colombia", "resultados"),
          Code.of("APC-Colombia", "apropiacion"),
          Code.of("APC-Colombia", "replicabilidad"));

  private static final List<SolutionStage> BEFORE_VALIDATION =
      List.of(
          SolutionStage.IDENTIFIED,
          SolutionStage.DOCUMENTED,
          SolutionStage.NEEDS_REVISION,
          SolutionStage.REJECTED);

  /** Scales that catalogues use: minimum, maximum, pass mark. */
  private static final int[][] SCALES = {{1, 5, 3}, {0, 10, 6}, {0, 100, 60}, {1, 4, 2}};

  private static final int FIRST_YEAR = 2005;
  private static final int LAST_YEAR = 2024;

  private SolutionGen() {}

  /** An invented solution id. */
  public static Gen<SolutionId> solutionId() {
    return rng -> SolutionId.of("SOL-" + rng.between(1, 999_999));
  }

  /** Any stage. */
  public static Gen<SolutionStage> stage() {
    return Gen.enumOf(SolutionStage.class);
  }

  /** Any solution, with invented ids for itself, its owner and the other institutions. */
  public static Gen<Solution> any() {
    return rng -> {
      InstitutionId owner = InstitutionGen.institutionId().next(rng);
      return solution(
              solutionId().next(rng),
              owner,
              CommonGen.country().next(rng),
              InstitutionGen.institutionId().list(0, 4).next(rng))
          .next(rng);
    };
  }

  /** Any solution at {@code stage}, with invented ids. */
  public static Gen<Solution> atStage(SolutionStage stage) {
    return rng ->
        solution(
                solutionId().next(rng),
                InstitutionGen.institutionId().next(rng),
                CommonGen.country().next(rng),
                InstitutionGen.institutionId().list(0, 4).next(rng),
                stage)
            .next(rng);
  }

  /**
   * A solution of {@code owner}, at any stage. Implementers, assessors and adopters are taken from
   * {@code otherInstitutions} (never the owner); without other institutions, the stage is below
   * VALIDATED (IDENTIFIED, DOCUMENTED, NEEDS_REVISION or REJECTED). No partnership is named: a
   * dataset generator adds those.
   */
  public static Gen<Solution> solution(
      SolutionId id,
      InstitutionId owner,
      CountryCode origin,
      List<InstitutionId> otherInstitutions) {
    return rng -> {
      List<InstitutionId> others = withoutOwner(owner, otherInstitutions);
      SolutionStage stage = others.isEmpty() ? rng.pick(BEFORE_VALIDATION) : stage().next(rng);
      return build(id, owner, origin, others, stage, rng);
    };
  }

  /**
   * A solution of {@code owner} at {@code stage}, its content fitting the stage. At VALIDATED or
   * later without other institutions, the assessments name no assessor.
   */
  public static Gen<Solution> solution(
      SolutionId id,
      InstitutionId owner,
      CountryCode origin,
      List<InstitutionId> otherInstitutions,
      SolutionStage stage) {
    return rng -> build(id, owner, origin, withoutOwner(owner, otherInstitutions), stage, rng);
  }

  private static List<InstitutionId> withoutOwner(InstitutionId owner, List<InstitutionId> ids) {
    return ids.stream().filter(id -> !id.equals(owner)).distinct().toList();
  }

  private static Solution build(
      SolutionId id,
      InstitutionId owner,
      CountryCode origin,
      List<InstitutionId> others,
      SolutionStage stage,
      Rng rng) {
    // A retired solution usually went the whole way before it was withdrawn.
    boolean retiredAfterUse = stage == SolutionStage.RETIRED && rng.chance(0.7);
    boolean validated = stage.isAtLeast(SolutionStage.VALIDATED) || retiredAfterUse;
    boolean documented = stage != SolutionStage.IDENTIFIED || rng.chance(0.3);
    Optional<DateRange> period = CommonGen.dateRange().optional(0.7).next(rng);
    // Adopted no earlier than the solution started, and before 2025.
    int firstAdoptionYear =
        period.map(p -> Math.min(p.start().getYear(), LAST_YEAR)).orElse(FIRST_YEAR);
    Solution.Builder builder =
        Solution.builder()
            .id(id)
            .title(CommonGen.text().next(rng))
            .originCountry(origin)
            .owner(owner)
            .stage(stage)
            .implementingInstitutions(rng.distinct(others, 0, 2))
            .period(period)
            .sectors(rng.distinct(CommonGen.SECTORS, 1, 3))
            .sdgTargets(rng.distinct(CommonGen.SDG_TARGETS, 0, 3))
            .languages(rng.distinct(CommonGen.LANGUAGES, 1, 2));
    builder.challenge(CommonGen.text().optional(documented ? 1 : 0.5).next(rng));
    if (documented) {
      builder
          .description(CommonGen.text().next(rng))
          .resultsEvidence(CommonGen.text().optional(0.8).next(rng))
          .lessons(CommonGen.text().optional(0.6).next(rng));
    }
    if (validated) {
      builder.criteriaAssessments(criteriaAssessments(others, true).next(rng));
    } else if (stage == SolutionStage.NEEDS_REVISION || stage == SolutionStage.REJECTED) {
      builder.criteriaAssessments(criteriaAssessments(others, false).next(rng));
    } else if (stage == SolutionStage.DOCUMENTED && rng.chance(0.3)) {
      // Validation under way: some verdicts in, any of them.
      builder.criteriaAssessments(criteriaAssessments(others, rng.chance(0.5)).next(rng));
    }
    if (stage.isAtLeast(SolutionStage.PACKAGED)) {
      builder.knowledgeProducts(knowledgeProduct().list(1, 3).next(rng));
    } else if (retiredAfterUse || (stage == SolutionStage.VALIDATED && rng.chance(0.2))) {
      builder.knowledgeProducts(knowledgeProduct().list(0, 2).next(rng));
    }
    if (stage == SolutionStage.SHARED) {
      builder.adoptions(adoption(origin, others, firstAdoptionYear).list(1, 3).next(rng));
    } else if (retiredAfterUse) {
      builder.adoptions(adoption(origin, others, firstAdoptionYear).list(0, 2).next(rng));
    }
    return builder.build();
  }

  /**
   * Assessments of three to eight distinct criteria (the default ones, sometimes a catalogue's
   * own), by one of {@code assessors} or by no named institution, usually on one day. With {@code
   * mandatoryMet}, every mandatory criterion is met; without, at least one mandatory criterion is
   * not.
   */
  public static Gen<List<CriterionAssessment>> criteriaAssessments(
      List<InstitutionId> assessors, boolean mandatoryMet) {
    List<InstitutionId> pool = List.copyOf(assessors);
    return rng -> {
      List<Code> criteria =
          rng.chance(0.8)
              ? rng.distinct(
                  List.of(Criterion.values()).stream().map(Criterion::code).toList(), 3, 8)
              : rng.distinct(CATALOGUE_CRITERIA, 3, 4);
      Optional<InstitutionId> committee =
          pool.isEmpty() || rng.chance(0.2) ? Optional.empty() : Optional.of(rng.pick(pool));
      LocalDate day = CommonGen.date().next(rng);
      boolean oneDay = rng.chance(0.8);
      List<CriterionAssessment> assessments = new ArrayList<>();
      for (int i = 0; i < criteria.size(); i++) {
        // The first criterion is always mandatory, so every list has one to decide on.
        boolean mandatory = i == 0 || rng.chance(0.5);
        boolean met = mandatory ? mandatoryMet || i > 0 && rng.chance(0.5) : rng.chance(0.7);
        Optional<Boolean> verdict =
            !mandatory && rng.chance(0.1) ? Optional.empty() : Optional.of(met);
        CriterionAssessment.Builder builder =
            CriterionAssessment.builder()
                .criterion(criteria.get(i))
                .assessor(committee)
                .evidence(CommonGen.words(3, 12).optional(0.7).next(rng))
                .date(oneDay ? day : CommonGen.date().next(rng));
        if (mandatory || rng.chance(0.5)) {
          builder.mandatory(mandatory);
        }
        assessments.add(withVerdict(builder, verdict, rng).build());
      }
      return assessments;
    };
  }

  /** One assessment of a default criterion with a verdict, no assessor named. */
  public static Gen<CriterionAssessment> criterionAssessment() {
    return rng ->
        withVerdict(
                CriterionAssessment.builder()
                    .criterion(rng.pick(Criterion.class))
                    .mandatory(rng.chance(0.5))
                    .evidence(CommonGen.words(3, 12).optional(0.7).next(rng))
                    .date(CommonGen.date().optional(0.8).next(rng)),
                Optional.of(rng.chance(0.7)),
                rng)
            .build();
  }

  /**
   * States the verdict as a yes-or-no, a score with a pass mark, or both (always agreeing); an
   * undecided verdict becomes a score without pass mark, or nothing.
   */
  private static CriterionAssessment.Builder withVerdict(
      CriterionAssessment.Builder builder, Optional<Boolean> verdict, Rng rng) {
    if (verdict.isEmpty()) {
      return rng.chance(0.5) ? builder.score(scoreWithoutPassMark().next(rng)) : builder;
    }
    int form = rng.nextInt(3);
    if (form != 1) {
      builder.met(verdict.get());
    }
    if (form != 0) {
      builder.score(score(verdict.get()).next(rng));
    }
    return builder;
  }

  /** A score with a pass mark that it reaches ({@code passing}) or misses. */
  public static Gen<Score> score(boolean passing) {
    return rng -> {
      int[] scale = rng.pick(SCALES);
      int value = passing ? rng.between(scale[2], scale[1]) : rng.between(scale[0], scale[2] - 1);
      return Score.builder()
          .value(BigDecimal.valueOf(value))
          .minimum(BigDecimal.valueOf(scale[0]))
          .maximum(BigDecimal.valueOf(scale[1]))
          .passMark(BigDecimal.valueOf(scale[2]))
          .build();
    };
  }

  /** A score on a scale without a pass mark, sometimes with a decimal. */
  public static Gen<Score> scoreWithoutPassMark() {
    return rng -> {
      int[] scale = rng.pick(SCALES);
      BigDecimal value =
          BigDecimal.valueOf(rng.between(scale[0] * 10, scale[1] * 10)).movePointLeft(1);
      return Score.of(value, BigDecimal.valueOf(scale[0]), BigDecimal.valueOf(scale[1]));
    };
  }

  /** A knowledge product of any type, published before 2025 when dated. */
  public static Gen<KnowledgeProduct> knowledgeProduct() {
    return rng -> {
      KnowledgeProductType type = rng.pick(KnowledgeProductType.class);
      String format =
          switch (type) {
            case VIDEO -> "video/mp4";
            case E_LEARNING_COURSE -> "text/html";
            default -> "application/pdf";
          };
      return KnowledgeProduct.builder()
          .type(type)
          .title(CommonGen.text().next(rng))
          .language(CommonGen.language().optional(0.8).next(rng))
          .format(Optional.of(format).filter(f -> rng.chance(0.7)))
          .link("https://knowledge.example.org/products/" + rng.between(1, 99_999))
          .licence(Optional.of(rng.pick("CC-BY-4.0", "CC-BY-SA-4.0")).filter(l -> rng.chance(0.5)))
          .publicationDate(CommonGen.date().optional(0.6).next(rng))
          .build();
    };
  }

  /** An adoption in any country, with no institution or partnership named. */
  public static Gen<Adoption> adoption() {
    return rng -> adoption(CommonGen.country().next(rng), List.of()).next(rng);
  }

  /**
   * An adoption in a country other than {@code origin} (usually of the South), between 2005 and
   * 2024, sometimes by one of {@code institutions}; no partnership is named.
   */
  public static Gen<Adoption> adoption(CountryCode origin, List<InstitutionId> institutions) {
    return adoption(origin, institutions, FIRST_YEAR);
  }

  private static Gen<Adoption> adoption(
      CountryCode origin, List<InstitutionId> institutions, int firstYear) {
    List<InstitutionId> pool = List.copyOf(institutions);
    return rng -> {
      Gen<CountryCode> country =
          rng.chance(0.8) ? CommonGen.southernCountry() : CommonGen.country();
      Adoption.Builder builder =
          Adoption.builder()
              .country(country.filter(c -> !c.equals(origin)).next(rng))
              .year(rng.between(firstYear, LAST_YEAR));
      if (!pool.isEmpty() && rng.chance(0.6)) {
        builder.institution(rng.pick(pool));
      }
      return builder.build();
    };
  }
}
