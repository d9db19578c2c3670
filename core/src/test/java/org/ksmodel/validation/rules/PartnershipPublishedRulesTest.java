package org.ksmodel.validation.rules;

import static org.ksmodel.validation.rules.PartnershipRulesTest.BNPB;
import static org.ksmodel.validation.rules.PartnershipRulesTest.KOICA;
import static org.ksmodel.validation.rules.PartnershipRulesTest.OPORTUNIDADES;
import static org.ksmodel.validation.rules.PartnershipRulesTest.PROSPERIDAD;
import static org.ksmodel.validation.rules.PartnershipRulesTest.SEDESOL;
import static org.ksmodel.validation.rules.PartnershipRulesTest.WORLD_BANK;
import static org.ksmodel.validation.rules.PartnershipRulesTest.alone;
import static org.ksmodel.validation.rules.PartnershipRulesTest.copy;
import static org.ksmodel.validation.rules.PartnershipRulesTest.inDataset;
import static org.ksmodel.validation.rules.PartnershipRulesTest.partnershipCodes;
import static org.ksmodel.validation.rules.PartnershipRulesTest.with;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.Severity;
import org.ksmodel.partnership.AgreementType;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.RelatedPartnership;
import org.ksmodel.partnership.Role;
import org.ksmodel.validation.ValidationReport;

/** The role rules on participations as IATI publishes them, and the reporting institution. */
class PartnershipPublishedRulesTest {
  private static final String NOT_GIVEN = "partnership.roles.notGiven";
  private static final String PROVIDER_RECIPIENT = "partnership.roles.providerRecipient";

  // partnership.roles.notGiven

  @Test
  void aProviderPublishedWithAnIatiRoleOnlyIsIncompleteNotWrong() {
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.ofIati(OPORTUNIDADES, "3"),
            Participation.of(PROSPERIDAD, Role.RECIPIENT));
    ValidationReport report = alone(p);
    assertFires(report, NOT_GIVEN, Severity.WARNING, "/participations/0/roles");
    assertSilent(report, PROVIDER_RECIPIENT);
    Assertions.assertThat(report.violations(NOT_GIVEN).get(0).message())
        .contains(OPORTUNIDADES.value())
        .contains("[3]");
  }

  @Test
  void onlyIatiRolesEverywhereAreReportedAtEachParticipation() {
    Partnership p =
        with(
            Modality.NORTH_SOUTH,
            Participation.ofIati(KOICA, "1", "3"),
            Participation.ofIati(BNPB, "2", "4"));
    ValidationReport report = alone(p);
    assertFires(
        report, NOT_GIVEN, Severity.WARNING, "/participations/0/roles", "/participations/1/roles");
    assertSilent(report, PROVIDER_RECIPIENT);
  }

  @Test
  void anIatiOnlyParticipationBesideCompleteKsRolesIsFine() {
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT),
            Participation.ofIati(SEDESOL, "4"));
    ValidationReport report = inDataset(p);
    for (String code : partnershipCodes()) {
      assertSilent(report, code);
    }
  }

  @Test
  void withKsRolesEverywhereAMissingRecipientStaysAnError() {
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.IMPLEMENTER));
    ValidationReport report = alone(p);
    assertFires(report, PROVIDER_RECIPIENT, Severity.ERROR, "/participations");
    assertSilent(report, NOT_GIVEN);
  }

  @Test
  void aTriangleWithoutAKsFacilitatorButAnIatiFunderIsIncomplete() {
    Partnership p =
        with(
            Modality.TRIANGULAR,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT),
            Participation.ofIati(KOICA, "1"));
    ValidationReport report = alone(p);
    assertFires(report, NOT_GIVEN, Severity.WARNING, "/participations/2/roles");
    assertSilent(report, "partnership.triangular.facilitator");
  }

  @Test
  void aTriangleOfKsRolesWithoutFacilitatorStaysAnError() {
    Partnership p =
        with(
            Modality.TRIANGULAR,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT),
            Participation.of(KOICA, Role.FUNDER));
    ValidationReport report = alone(p);
    assertFires(report, "partnership.triangular.facilitator", Severity.ERROR, "/participations");
    assertSilent(report, NOT_GIVEN);
  }

  @Test
  void aReverseLinkageWhoseBrokerHasAnIatiRoleOnlyIsIncomplete() {
    Partnership p =
        copy()
            .agreement(AgreementType.REVERSE_LINKAGE)
            .participations(
                java.util.List.of(
                    Participation.of(OPORTUNIDADES, Role.PROVIDER),
                    Participation.of(PROSPERIDAD, Role.RECIPIENT),
                    Participation.ofIati(WORLD_BANK, "1")))
            .build();
    ValidationReport report = alone(p);
    assertFires(report, NOT_GIVEN, Severity.WARNING, "/participations/2/roles");
    assertSilent(report, "partnership.reverseLinkage.broker");
  }

  @Test
  void aDomesticPartnershipNeedsNoProviderOrRecipient() {
    Partnership p =
        with(
            Modality.DOMESTIC,
            Participation.of(OPORTUNIDADES, Role.IMPLEMENTER),
            Participation.ofIati(SEDESOL, "2"));
    assertSilent(alone(p), NOT_GIVEN);
  }

  // Inferred roles and modality are judged like published ones, and not reported.

  @Test
  void inferredRolesAndAnInferredModalityBreakNoRule() {
    Partnership p =
        copy()
            .modalityInferred(true)
            .participations(
                java.util.List.of(
                    Participation.builder()
                        .institution(OPORTUNIDADES)
                        .addInferredRoles(Role.PROVIDER)
                        .addIatiRoles(Code.of("OrganisationRole", "3"))
                        .build(),
                    Participation.builder()
                        .institution(PROSPERIDAD)
                        .addInferredRoles(Role.RECIPIENT)
                        .addIatiRoles(Code.of("OrganisationRole", "2"))
                        .build()))
            .build();
    ValidationReport report = inDataset(p);
    for (String code : partnershipCodes()) {
      assertSilent(report, code);
    }
  }

  // partnership.participation.iatiRole.unknown

  @Test
  void anIatiRoleOffTheCodelistIsReported() {
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.builder()
                .institution(PROSPERIDAD)
                .addRoles(Role.RECIPIENT)
                .addIatiRoles(Code.of("OrganisationRole", "2"))
                .addIatiRoles(Code.of("OrganisationRole", "5"))
                .addIatiRoles(Code.of("Other", "1"))
                .build());
    assertFires(
        alone(p),
        "partnership.participation.iatiRole.unknown",
        Severity.ERROR,
        "/participations/1/iatiRoles/1",
        "/participations/1/iatiRoles/2");
  }

  @Test
  void everyOrganisationRoleIsKnown() {
    Partnership p =
        with(
            Modality.SOUTH_SOUTH,
            Participation.of(OPORTUNIDADES, Role.PROVIDER),
            Participation.of(PROSPERIDAD, Role.RECIPIENT),
            Participation.ofIati(SEDESOL, "1", "2", "3", "4"));
    assertSilent(alone(p), "partnership.participation.iatiRole.unknown");
  }

  // partnership.related.parent

  @Test
  void aPublishedParentThatIsNotTheKsParentIsReported() {
    PartnershipId programme = PartnershipId.of("P-PROGRAMME");
    Partnership p =
        copy()
            .parent(programme)
            .addRelatedPartnerships(RelatedPartnership.of(PartnershipId.of("P-OTHER"), "1"))
            .addRelatedPartnerships(RelatedPartnership.of(programme, "3"))
            .build();
    assertFires(alone(p), "partnership.related.parent", Severity.WARNING, "/parent");
  }

  @Test
  void thePublishedParentAgreesOrThereIsNone() {
    PartnershipId programme = PartnershipId.of("P-PROGRAMME");
    Partnership agreeing =
        copy()
            .parent(programme)
            .addRelatedPartnerships(RelatedPartnership.of(PartnershipId.of("P-OTHER"), "1"))
            .addRelatedPartnerships(RelatedPartnership.of(programme, "1"))
            .build();
    assertSilent(alone(agreeing), "partnership.related.parent");
    Partnership siblingsOnly =
        copy()
            .parent(programme)
            .addRelatedPartnerships(RelatedPartnership.of(PartnershipId.of("P-OTHER"), "3"))
            .build();
    assertSilent(alone(siblingsOnly), "partnership.related.parent");
    Partnership noKsParent =
        copy()
            .addRelatedPartnerships(RelatedPartnership.of(PartnershipId.of("P-OTHER"), "1"))
            .build();
    assertSilent(alone(noKsParent), "partnership.related.parent");
  }

  // partnership.reference.unresolved: the reporting institution

  @Test
  void theReportingInstitutionResolves() {
    Partnership reported = copy().reportingInstitution(OPORTUNIDADES).build();
    assertSilent(inDataset(reported), "partnership.reference.unresolved");
    Partnership unknown = copy().reportingInstitution(InstitutionId.of("XM-DAC-99999")).build();
    assertFires(
        inDataset(unknown),
        "partnership.reference.unresolved",
        Severity.ERROR,
        "/partnerships/0/reportingInstitution");
  }

  @Test
  void relatedPartnershipsNeedNotResolve() {
    Partnership p =
        copy()
            .addRelatedPartnerships(
                RelatedPartnership.of(PartnershipId.of("XM-DAC-41114-OUTSIDE"), "1"))
            .build();
    assertSilent(inDataset(p), "partnership.reference.unresolved");
  }
}
