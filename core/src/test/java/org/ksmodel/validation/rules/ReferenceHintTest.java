package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.PartnershipRulesTest.CASH_TRANSFERS;
import static org.ksmodel.validation.rules.PartnershipRulesTest.ID;
import static org.ksmodel.validation.rules.PartnershipRulesTest.OPORTUNIDADES;
import static org.ksmodel.validation.rules.PartnershipRulesTest.copy;
import static org.ksmodel.validation.rules.PartnershipRulesTest.inDataset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SolutionId;
import org.ksmodel.common.Violation;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.Role;

/** An unresolved reference names the kind of entity its id belongs to, when it is another's. */
class ReferenceHintTest {
  private static List<List<String>> unresolved(Partnership p) {
    return inDataset(p).violations("partnership.reference.unresolved").stream()
        .map(Violation::arguments)
        .toList();
  }

  @Test
  void theHintNamesTheKindTheIdBelongsToWithItsArticle() {
    Partnership p =
        copy()
            .addParticipations(
                Participation.of(InstitutionId.of(CASH_TRANSFERS.value()), Role.FUNDER))
            .addSolutions(SolutionId.of(ID.value()))
            .parent(PartnershipId.of(OPORTUNIDADES.value()))
            .build();
    assertThat(unresolved(p))
        .containsExactlyInAnyOrder(
            List.of("institution", "SOL-CCT", " (it is the id of a solution)"),
            List.of("solution", "P-1", " (it is the id of a partnership)"),
            List.of("partnership", "MX-OPORTUNIDADES", " (it is the id of an institution)"));
  }

  @Test
  void anIdOfNoEntityAtAllHasNoHint() {
    Partnership p = copy().addSolutions(SolutionId.of("NOWHERE")).build();
    assertThat(unresolved(p)).containsExactly(List.of("solution", "NOWHERE", ""));
  }
}
