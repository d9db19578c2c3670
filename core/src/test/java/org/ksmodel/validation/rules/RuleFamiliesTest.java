package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ksmodel.validation.Rule;

/**
 * Each family of rules contributes its rules to the default catalogue, in order. (The catalogue is
 * built once, so a family that lost its rules would otherwise only show in the docs check.)
 */
class RuleFamiliesTest {
  private static List<String> codes(List<Rule<?>> rules) {
    return rules.stream().map(Rule::code).toList();
  }

  @Test
  void everyFamilyHasRulesOfItsOwnSubject() {
    Map<String, List<Rule<?>>> families =
        Map.ofEntries(
            Map.entry("institution.", InstitutionRules.all()),
            Map.entry("institution.reference", InstitutionReferenceRules.all()),
            Map.entry("solution.", SolutionRules.all()),
            Map.entry("solution.stage", SolutionStageRules.all()),
            Map.entry("solution.reference", SolutionReferenceRules.all()),
            Map.entry("partnership.", PartnershipRules.all()),
            Map.entry("partnership.roles", PartnershipRoleRules.all()),
            Map.entry("partnership.southSouth", PartnershipCountryRules.all()),
            Map.entry("partnership.parent", PartnershipLinkRules.all()),
            Map.entry("partnership.activity", PartnershipActivityRules.all()),
            Map.entry("partnership.period", PartnershipPeriodRules.all()),
            Map.entry("funding.", FundingRules.all()),
            Map.entry("result.", ResultsRules.all()),
            Map.entry("request.", RequestRules.all()),
            Map.entry("dataset.", DatasetRules.all()));
    families.forEach(
        (code, rules) ->
            assertThat(codes(rules))
                .as("the family of %s", code)
                .isNotEmpty()
                .doesNotHaveDuplicates()
                .anySatisfy(c -> assertThat(c).startsWith(code)));
  }

  @Test
  void theSubFamiliesArePartOfTheirFamily() {
    assertThat(codes(InstitutionRules.all())).containsAll(codes(InstitutionReferenceRules.all()));
    assertThat(codes(SolutionRules.all()))
        .containsAll(codes(SolutionStageRules.all()))
        .containsAll(codes(SolutionReferenceRules.all()));
    assertThat(codes(PartnershipRules.all()))
        .containsAll(codes(PartnershipRoleRules.all()))
        .containsAll(codes(PartnershipCountryRules.all()))
        .containsAll(codes(PartnershipLinkRules.all()))
        .containsAll(codes(PartnershipActivityRules.all()))
        .containsAll(codes(PartnershipPeriodRules.all()));
  }

  @Test
  void theDefaultCatalogueIsTheFamiliesInOrder() {
    List<Rule<?>> families = new ArrayList<>();
    families.addAll(InstitutionRules.all());
    families.addAll(SolutionRules.all());
    families.addAll(PartnershipRules.all());
    families.addAll(FundingRules.all());
    families.addAll(ResultsRules.all());
    families.addAll(RequestRules.all());
    families.addAll(DatasetRules.all());
    assertThat(codes(DefaultRules.all())).isEqualTo(codes(families));
  }
}
