package org.ksmodel.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.EntityId;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.Role;

class DatasetTest {
  private static final InstitutionId APC = InstitutionId.of("CO-APC");
  private static final InstitutionId KDI = InstitutionId.of("KR-KDI");
  private static final InstitutionId BNPB = InstitutionId.of("ID-BNPB");

  private static Institution institution(InstitutionId id, String country) {
    return Institution.builder()
        .id(id)
        .name(LocalizedText.of(id.value()))
        .country(CountryCode.of(country))
        .type(InstitutionType.NATIONAL_COOPERATION_AGENCY)
        .build();
  }

  private static Partnership partnership(String id, Modality modality, InstitutionId... members) {
    Partnership.Builder builder =
        Partnership.builder()
            .id(PartnershipId.of(id))
            .title(LocalizedText.of(id))
            .modality(modality)
            .form(PartnershipForm.PROJECT)
            .status(PartnershipStatus.PLANNED);
    for (int i = 0; i < members.length; i++) {
      builder.addParticipations(
          Participation.of(members[i], i == 0 ? Role.PROVIDER : Role.RECIPIENT));
    }
    return builder.build();
  }

  private static final Dataset DATASET =
      Dataset.builder()
          .addInstitutions(institution(APC, "CO"), institution(KDI, "KR"), institution(BNPB, "ID"))
          .addPartnerships(
              Partnership.builder()
                  .from(partnership("P1", Modality.SOUTH_SOUTH, APC, BNPB))
                  .addSectors(SectorCode.of("15110"))
                  .addSdgTargets(SdgTarget.of("17.9"))
                  .build(),
              Partnership.builder()
                  .from(
                      partnership(
                          "P2", Modality.NORTH_SOUTH, KDI, APC, InstitutionId.of("XX-GONE")))
                  .addSectors(SectorCode.of("15130"))
                  .addSdgTargets(SdgTarget.of("17.6"), SdgTarget.of("1.3"))
                  .parent(PartnershipId.of("P1"))
                  .build(),
              partnership("P1", Modality.TRIANGULAR, KDI, BNPB))
          .build();

  @Test
  void looksUpByIdAndPosition() {
    assertThat(DATASET.institution(KDI))
        .flatMap(Institution::country)
        .contains(CountryCode.of("KR"));
    assertThat(DATASET.institution(InstitutionId.of("XX-GONE"))).isEmpty();
    assertThat(DATASET.partnership(PartnershipId.of("P1")))
        .map(Partnership::modality)
        .contains(Modality.SOUTH_SOUTH);
    assertThat(DATASET.positionOf(PartnershipId.of("P2"))).isEqualTo(1);
    assertThat(DATASET.positionOf(SolutionId.of("P2"))).isEqualTo(-1);
    assertThat(DATASET.contains(BNPB)).isTrue();
    assertThat(DATASET.contains(FundingId.of("CO-APC"))).isFalse();
    assertThat(DATASET.size()).isEqualTo(6);
  }

  @Test
  void namesDuplicateIdsWithoutFailing() {
    assertThat(DATASET.duplicateIds()).containsExactly(PartnershipId.of("P1"));
  }

  @Test
  void answersQueriesInDatasetOrder() {
    assertThat(ids(DATASET.partnershipsIn(CountryCode.of("CO")))).containsExactly("P1", "P2");
    assertThat(ids(DATASET.partnershipsIn(CountryCode.of("KR")))).containsExactly("P2", "P1");
    assertThat(ids(DATASET.partnershipsOf(BNPB))).containsExactly("P1", "P1");
    assertThat(ids(DATASET.partnershipsWith(Modality.NORTH_SOUTH))).containsExactly("P2");
    assertThat(ids(DATASET.partnershipsInSector(SectorCode.of("151")))).containsExactly("P1", "P2");
    assertThat(ids(DATASET.partnershipsInSector(SectorCode.of("15110")))).containsExactly("P1");
    assertThat(ids(DATASET.partnershipsFor(SdgTarget.of("1.3")))).containsExactly("P2");
    assertThat(ids(DATASET.partnershipsForGoal(17))).containsExactly("P1", "P2");
    assertThat(ids(DATASET.childrenOf(PartnershipId.of("P1")))).containsExactly("P2");
    assertThat(DATASET.institutionsIn(CountryCode.of("ID")))
        .extracting(Institution::id)
        .containsExactly(BNPB);
    assertThat(DATASET.partnershipsIn(CountryCode.of("BR"))).isEmpty();
  }

  @Test
  void buildsTheNetworkOfWhoWorksWithWhom() {
    PartnershipNetwork network = DATASET.network();
    assertThat(network.partnersOf(APC))
        .containsExactlyInAnyOrder(BNPB, KDI, InstitutionId.of("XX-GONE"));
    assertThat(network.partnershipsShared(KDI, BNPB)).isEqualTo(1);
    assertThat(network.partnershipsShared(APC, BNPB)).isEqualTo(1);
    assertThat(network.partnershipsShared(BNPB, InstitutionId.of("XX-GONE"))).isZero();
    assertThat(network.degree(APC)).isEqualTo(3);
    assertThat(network.mostConnected(1)).containsExactly(APC);
    assertThat(network.links()).hasSize(5);
    assertThat(network.links().get(0).first().compareTo(network.links().get(0).second()))
        .isNegative();
    assertThat(DATASET.network()).isSameAs(network);
  }

  @Test
  void isAValue() {
    new EqualsTester()
        .addEqualityGroup(Dataset.empty(), Dataset.builder().build())
        .addEqualityGroup(DATASET, Dataset.builder().from(DATASET).build())
        .testEquals();
    assertThat(Dataset.empty()).isSameAs(Dataset.empty());
    assertThat(Dataset.empty().institution(APC)).isEmpty();
    assertThat(Dataset.empty().network().institutions()).isEmpty();
    assertThat(DATASET.toString()).contains("partnerships=3");
  }

  private static List<String> ids(List<Partnership> partnerships) {
    return partnerships.stream().map(Partnership::id).map(EntityId::value).toList();
  }
}
