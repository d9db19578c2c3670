package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;
import org.ksmodel.testkit.CommonGen;
import org.ksmodel.testkit.Gen;
import org.ksmodel.testkit.InstitutionGen;
import org.ksmodel.testkit.Property;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.ValidationReport;

/** The institution rules over generated institutions and datasets. */
class InstitutionRulesPropertyTest {
  static final Set<String> CODES = codes(InstitutionRules.all());

  static Set<String> codes(List<Rule<?>> rules) {
    Set<String> codes = new TreeSet<>();
    rules.forEach(rule -> codes.add(rule.code()));
    return codes;
  }

  /** The violations of the given codes, and every failure of a rule of those codes. */
  static List<Violation> ofCodes(ValidationReport report, Set<String> codes) {
    return report.violations().stream()
        .filter(
            v ->
                codes.contains(v.code())
                    || v.code().equals("validation.rule.failed")
                        && codes.contains(v.arguments().get(0)))
        .toList();
  }

  static List<InstitutionId> ids(int count) {
    List<InstitutionId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(InstitutionId.of("XM-DAC-" + (1000 + i)));
    }
    return ids;
  }

  /**
   * Institutions that refer to one another only: assessors from the others and, with {@code
   * anyParent}, a parent anywhere among the others (cycles happen), otherwise a parent earlier in
   * the list (a forest, no cycle).
   */
  static Gen<List<Institution>> institutions(boolean anyParent) {
    return rng -> {
      List<InstitutionId> ids = ids(rng.between(1, 12));
      List<Institution> institutions = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        InstitutionId id = ids.get(i);
        List<InstitutionId> others = ids.stream().filter(other -> !other.equals(id)).toList();
        Institution institution =
            InstitutionGen.institution(id, CommonGen.country().next(rng), others).next(rng);
        Optional<InstitutionId> parent = Optional.empty();
        if (anyParent && !others.isEmpty() && rng.chance(0.7)) {
          parent = Optional.of(rng.pick(others));
        } else if (!anyParent && i > 0 && rng.chance(0.5)) {
          parent = Optional.of(ids.get(rng.nextInt(i)));
        }
        institutions.add(Institution.builder().from(institution).parent(parent).build());
      }
      return institutions;
    };
  }

  @Test
  void generatedInstitutionsBreakNoInstitutionRule() {
    Property.forAll(
        "generated institutions pass the institution rules",
        InstitutionGen.any(),
        institution -> assertThat(ofCodes(VALIDATOR.validate(institution), CODES)).isEmpty());
  }

  @Test
  void generatedHubsBreakNoInstitutionRule() {
    Gen<Institution> hubs =
        rng ->
            InstitutionGen.hub(
                    InstitutionGen.institutionId().next(rng),
                    CommonGen.country().next(rng),
                    ids(rng.between(0, 3)))
                .next(rng);
    Property.forAll(
        "generated hubs pass the institution rules",
        hubs,
        hub -> assertThat(ofCodes(VALIDATOR.validate(hub), CODES)).isEmpty());
  }

  @Test
  void institutionsThatReferToOneAnotherBreakNoInstitutionRule() {
    Property.forAll(
        "a forest of institutions passes the institution rules",
        institutions(false),
        institutions -> {
          Dataset dataset = Dataset.builder().addAllInstitutions(institutions).build();
          assertThat(ofCodes(VALIDATOR.validate(dataset), CODES)).isEmpty();
        });
  }

  /** Each institution is reported once exactly when a naive walk finds it on a cycle. */
  @Test
  void cyclesAreReportedExactlyOnTheirMembers() {
    Property.forAll(
        "parent cycles are found",
        institutions(true),
        institutions -> {
          Dataset dataset = Dataset.builder().addAllInstitutions(institutions).build();
          ValidationReport report = VALIDATOR.validate(dataset);
          Set<String> reported =
              report.violations("institution.parent.cycle").stream()
                  .map(v -> v.subjectId().orElseThrow())
                  .collect(Collectors.toSet());
          assertThat(reported).isEqualTo(onCycles(institutions));
          assertThat(ofCodes(report, CODES))
              .allSatisfy(v -> assertThat(v.code()).isEqualTo("institution.parent.cycle"));
        });
  }

  private static Set<String> onCycles(List<Institution> institutions) {
    Map<InstitutionId, Institution> byId =
        institutions.stream().collect(Collectors.toMap(Institution::id, Function.identity()));
    Set<String> members = new HashSet<>();
    for (Institution institution : institutions) {
      Set<InstitutionId> seen = new HashSet<>();
      Optional<InstitutionId> next = institution.parent();
      while (next.isPresent() && seen.add(next.get())) {
        if (next.get().equals(institution.id())) {
          members.add(institution.id().value());
          break;
        }
        next = Optional.ofNullable(byId.get(next.get())).flatMap(Institution::parent);
      }
    }
    return members;
  }
}
