package org.ksmodel.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.solution.Solution;
import org.ksmodel.testkit.CommonGen;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.Property;

/** The indexes answer what a scan of the data answers, over generated datasets. */
class DatasetPropertiesTest {

  @Test
  void lookupsFindEveryEntityAtItsPosition() {
    int cases =
        Property.forAll(
            "dataset lookups",
            DatasetGen.dataset(1, 30),
            dataset -> {
              assertThat(dataset.duplicateIds()).isEmpty();
              for (int i = 0; i < dataset.partnerships().size(); i++) {
                Partnership partnership = dataset.partnerships().get(i);
                assertThat(dataset.partnership(partnership.id())).containsSame(partnership);
                assertThat(dataset.positionOf(partnership.id())).isEqualTo(i);
              }
              for (Solution solution : dataset.solutions()) {
                assertThat(dataset.solution(solution.id())).containsSame(solution);
              }
              dataset.fundings().forEach(f -> assertThat(dataset.funding(f.id())).containsSame(f));
              dataset
                  .resultsFrameworks()
                  .forEach(r -> assertThat(dataset.resultsFramework(r.id())).containsSame(r));
            });
    assertThat(cases).isGreaterThanOrEqualTo(1_000);
  }

  @Test
  void queriesAgreeWithAScan() {
    Property.forAll(
        "dataset queries",
        DatasetGen.dataset(1, 30),
        dataset -> {
          for (CountryCode country : CommonGen.SOUTH.subList(0, 5)) {
            assertThat(dataset.partnershipsIn(country))
                .containsExactlyElementsOf(scanByCountry(dataset, country));
          }
          for (Modality modality : Modality.values()) {
            assertThat(dataset.partnershipsWith(modality))
                .containsExactlyElementsOf(
                    dataset.partnerships().stream().filter(p -> p.modality() == modality).toList());
          }
          for (SectorCode sector : CommonGen.SECTORS) {
            assertThat(dataset.partnershipsInSector(sector.category()))
                .containsExactlyElementsOf(
                    dataset.partnerships().stream()
                        .filter(
                            p ->
                                p.dacSectors().stream()
                                    .anyMatch(s -> s.category().equals(sector.category())))
                        .toList());
          }
          for (SdgTarget target : CommonGen.SDG_TARGETS) {
            assertThat(dataset.partnershipsForGoal(target.goal()))
                .containsExactlyElementsOf(
                    dataset.partnerships().stream()
                        .filter(
                            p ->
                                p.sdgGoals().contains(target.goal())
                                    || p.sdgTargets().stream()
                                        .anyMatch(t -> t.goal() == target.goal()))
                        .toList());
          }
        });
  }

  @Test
  void theNetworkIsSymmetricAndLinksEveryPairOfParticipants() {
    Property.forAll(
        "partnership network",
        DatasetGen.dataset(1, 30),
        dataset -> {
          PartnershipNetwork network = dataset.network();
          for (Partnership partnership : dataset.partnerships()) {
            List<InstitutionId> members = List.copyOf(partnership.institutionIds());
            for (InstitutionId one : members) {
              for (InstitutionId other : members) {
                if (!one.equals(other)) {
                  assertThat(network.partnersOf(one)).contains(other);
                }
              }
            }
          }
          for (PartnershipNetwork.Link link : network.links()) {
            assertThat(network.partnershipsShared(link.second(), link.first()))
                .isEqualTo(link.partnerships())
                .isPositive();
          }
        });
  }

  private static List<Partnership> scanByCountry(Dataset dataset, CountryCode country) {
    return dataset.partnerships().stream()
        .filter(
            p ->
                p.participations().stream()
                    .map(part -> dataset.institution(part.institution()))
                    .flatMap(java.util.Optional::stream)
                    .flatMap(i -> i.country().stream())
                    .anyMatch(country::equals))
        .toList();
  }
}
