package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SolutionId;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.solution.Solution;
import org.ksmodel.solution.SolutionStage;
import org.ksmodel.testkit.CommonGen;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.InstitutionGen;
import org.ksmodel.testkit.PartnershipGen;
import org.ksmodel.testkit.Property;
import org.ksmodel.testkit.SolutionGen;
import org.ksmodel.validation.ValidationReport;

/** Generated partnerships, alone and in datasets whose countries fit them, break no rule. */
class PartnershipGeneratedRulesTest {
  private static final Set<String> CODES = Set.copyOf(PartnershipRulesTest.partnershipCodes());

  private static List<Violation> partnershipViolations(ValidationReport report) {
    List<Violation> found = new ArrayList<>();
    for (Violation violation : report.violations()) {
      if (CODES.contains(violation.code()) || violation.code().equals("validation.rule.failed")) {
        found.add(violation);
      }
    }
    return found;
  }

  @Test
  void generatedPartnershipsBreakNoPartnershipRule() {
    Property.forAll(
        "generated partnerships break no partnership rule",
        PartnershipGen.any(),
        p -> assertThat(partnershipViolations(VALIDATOR.validate(p))).isEmpty());
  }

  @Test
  void generatedPartnershipsWithFittingCountriesBreakNoPartnershipRuleInADataset() {
    Property.forAll(
        "generated partnerships in a dataset break no partnership rule",
        dataset(),
        d -> assertThat(partnershipViolations(VALIDATOR.validate(d))).isEmpty());
  }

  /**
   * A dataset around one generated partnership whose institutions are placed in countries that fit
   * its modality, and whose solutions are VALIDATED or later.
   */
  static Gen<Dataset> dataset() {
    return rng -> {
      Modality modality = rng.pick(Modality.class);
      List<InstitutionId> providers = ids("PRV", rng.between(1, 2));
      List<InstitutionId> recipients =
          ids("RCP", modality == Modality.REGIONAL ? rng.between(2, 3) : rng.between(1, 2));
      List<InstitutionId> facilitators =
          ids(
              "FAC",
              modality == Modality.TRIANGULAR || modality == Modality.MULTILATERAL
                  ? rng.between(1, 2)
                  : 0);
      List<Institution> institutions = new ArrayList<>();
      List<CountryCode> south = rng.distinct(CommonGen.SOUTH, 6, 6);
      List<CountryCode> north = rng.distinct(CommonGen.NORTH, 3, 3);
      CountryCode home = south.get(0);
      for (int i = 0; i < providers.size(); i++) {
        CountryCode country =
            switch (modality) {
              case NORTH_SOUTH -> north.get(i);
              case DOMESTIC -> home;
              default -> south.get(i);
            };
        institutions.add(InstitutionGen.institution(providers.get(i), country).next(rng));
      }
      for (int i = 0; i < recipients.size(); i++) {
        CountryCode country =
            switch (modality) {
              case SOUTH_NORTH -> north.get(i);
              case DOMESTIC -> home;
              default -> south.get(3 + i);
            };
        institutions.add(InstitutionGen.institution(recipients.get(i), country).next(rng));
      }
      for (InstitutionId facilitator : facilitators) {
        Institution institution =
            InstitutionGen.institution(facilitator, rng.pick(north)).next(rng);
        if (modality == Modality.MULTILATERAL) {
          institution =
              Institution.builder().from(institution).type(InstitutionType.MULTILATERAL).build();
        }
        institutions.add(institution);
      }
      List<Solution> solutions = new ArrayList<>();
      List<SolutionId> solutionIds = new ArrayList<>();
      int count = rng.between(0, 3);
      for (int i = 0; i < count; i++) {
        SolutionId id = SolutionId.of("SOL-" + i);
        SolutionStage stage =
            rng.pick(SolutionStage.VALIDATED, SolutionStage.PACKAGED, SolutionStage.SHARED);
        solutions.add(
            SolutionGen.solution(id, providers.get(0), CountryCode.of("CO"), recipients, stage)
                .next(rng));
        solutionIds.add(id);
      }
      Partnership partnership =
          PartnershipGen.partnership(
                  PartnershipId.of("P-" + rng.nextInt(1_000)),
                  modality,
                  providers,
                  recipients,
                  facilitators,
                  solutionIds)
              .next(rng);
      return Dataset.builder()
          .addAllInstitutions(institutions)
          .addAllSolutions(solutions)
          .addPartnerships(partnership)
          .build();
    };
  }

  private static List<InstitutionId> ids(String prefix, int count) {
    List<InstitutionId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(InstitutionId.of(prefix + "-" + i));
    }
    return ids;
  }
}
