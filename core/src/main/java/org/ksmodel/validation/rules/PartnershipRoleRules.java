package org.ksmodel.validation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ksmodel.common.Code;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.Severity;
import org.ksmodel.partnership.AgreementType;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.Role;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;
import org.ksmodel.validation.Subject;

/** The partnership rules on who takes part and in which roles; none needs the dataset. */
final class PartnershipRoleRules {
  private static final DataPath PARTICIPATIONS = DataPath.of("participations");
  private static final Set<String> IATI_ROLES = Set.of("1", "2", "3", "4");

  private PartnershipRoleRules() {}

  static List<Rule<?>> all() {
    return List.of(
        Rule.of(
            "partnership.participants.minimum",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipRoleRules::twoInstitutions),
        Rule.of(
            "partnership.participation.duplicate",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipRoleRules::institutionListedOnce),
        Rule.of(
            "partnership.roles.providerRecipient",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipRoleRules::providerAndRecipient),
        Rule.of(
            "partnership.roles.selfExchange",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipRoleRules::notSelfExchange),
        Rule.of(
            "partnership.triangular.facilitator",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipRoleRules::triangularFacilitator),
        Rule.of(
            "partnership.reverseLinkage.broker",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipRoleRules::reverseLinkageBroker),
        Rule.of(
            "partnership.roles.notGiven",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipRoleRules::rolesNotGiven),
        Rule.of(
            "partnership.participation.iatiRole.unknown",
            Severity.ERROR,
            Subject.PARTNERSHIP,
            PartnershipRoleRules::iatiRolesKnown),
        Rule.of(
            "partnership.programme.parent",
            Severity.WARNING,
            Subject.PARTNERSHIP,
            PartnershipRoleRules::programmeWithoutParent));
  }

  private static void twoInstitutions(Partnership p, RuleContext context, Findings findings) {
    List<Participation> participations = p.participations();
    if (participations.isEmpty()) {
      findings.report(PARTICIPATIONS, 0);
      return;
    }
    InstitutionId first = participations.get(0).institution();
    for (int i = 1; i < participations.size(); i++) {
      if (!participations.get(i).institution().equals(first)) {
        return;
      }
    }
    findings.report(PARTICIPATIONS, 1);
  }

  /** Reports each participation that repeats an institution listed before it. */
  private static void institutionListedOnce(Partnership p, RuleContext context, Findings findings) {
    List<Participation> participations = p.participations();
    PartnershipRules.forEachRepeat(
        participations,
        Participation::institution,
        (index, first) ->
            findings.report(
                PARTICIPATIONS.index(index).member("institution"),
                participations.get(index).institution(),
                first));
  }

  /**
   * Whether some participation names only IATI roles: then the KS roles given are not the whole
   * picture, and the rules that need a role to be there leave it to {@code
   * partnership.roles.notGiven}.
   */
  private static boolean rolesIncomplete(Partnership p) {
    for (Participation participation : p.participations()) {
      if (participation.roles().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reports each participation without a KS role when the KS roles given do not show what the other
   * role rules need: a provider and a recipient (unless DOMESTIC), a facilitator besides them
   * (TRIANGULAR), a broker (REVERSE_LINKAGE). Published data names IATI roles, not KS roles: that
   * is incomplete, not wrong.
   */
  private static void rolesNotGiven(Partnership p, RuleContext context, Findings findings) {
    if (!rolesIncomplete(p)) {
      return;
    }
    boolean complete =
        missingProviderRecipient(p).isEmpty()
            && (p.modality() != Modality.TRIANGULAR || hasTriangle(p.participations()))
            && (p.agreement().orElse(null) != AgreementType.REVERSE_LINKAGE || hasFacilitator(p));
    if (complete) {
      return;
    }
    List<Participation> participations = p.participations();
    for (int i = 0; i < participations.size(); i++) {
      Participation participation = participations.get(i);
      if (participation.roles().isEmpty()) {
        List<String> iatiRoles = new ArrayList<>();
        participation.iatiRoles().forEach(code -> iatiRoles.add(code.code()));
        findings.report(
            PARTICIPATIONS.index(i).member("roles"), participation.institution(), iatiRoles);
      }
    }
  }

  /** Reports each IATI role that is not a code of IATI's OrganisationRole codelist (1 to 4). */
  private static void iatiRolesKnown(Partnership p, RuleContext context, Findings findings) {
    List<Participation> participations = p.participations();
    for (int i = 0; i < participations.size(); i++) {
      int j = 0;
      for (Code role : participations.get(i).iatiRoles()) {
        if (!role.vocabulary().equals(Participation.IATI_ROLE_VOCABULARY)
            || !IATI_ROLES.contains(role.code())) {
          findings.report(
              PARTICIPATIONS.index(i).member("iatiRoles").index(j),
              participations.get(i).institution(),
              role);
        }
        j++;
      }
    }
  }

  /** The roles of PROVIDER and RECIPIENT that no participation holds; none for DOMESTIC. */
  private static List<Role> missingProviderRecipient(Partnership p) {
    if (p.modality() == Modality.DOMESTIC) {
      return List.of();
    }
    boolean provider = false;
    boolean recipient = false;
    for (Participation participation : p.participations()) {
      provider |= participation.has(Role.PROVIDER);
      recipient |= participation.has(Role.RECIPIENT);
    }
    List<Role> missing = new ArrayList<>(2);
    if (!provider) {
      missing.add(Role.PROVIDER);
    }
    if (!recipient) {
      missing.add(Role.RECIPIENT);
    }
    return missing;
  }

  private static void providerAndRecipient(Partnership p, RuleContext context, Findings findings) {
    if (p.modality() == Modality.DOMESTIC || rolesIncomplete(p)) {
      return;
    }
    boolean provider = false;
    boolean recipient = false;
    for (Participation participation : p.participations()) {
      provider |= participation.has(Role.PROVIDER);
      recipient |= participation.has(Role.RECIPIENT);
    }
    if (!provider) {
      findings.report(PARTICIPATIONS, p.modality(), Role.PROVIDER);
    }
    // A recipient country or region is a recipient, even when none of its institutions takes part
    // (IATI publishes the beneficiary as recipient-country far more often than as an organisation).
    boolean recipientPlace = !p.recipientCountries().isEmpty() || !p.recipientRegions().isEmpty();
    if (!recipient && !recipientPlace) {
      findings.report(PARTICIPATIONS, p.modality(), Role.RECIPIENT);
    }
  }

  /** Reports a partnership whose only provider is also its only recipient. */
  private static void notSelfExchange(Partnership p, RuleContext context, Findings findings) {
    InstitutionId only = null;
    boolean provider = false;
    boolean recipient = false;
    for (Participation participation : p.participations()) {
      boolean isProvider = participation.has(Role.PROVIDER);
      boolean isRecipient = participation.has(Role.RECIPIENT);
      if (!isProvider && !isRecipient) {
        continue;
      }
      if (only == null) {
        only = participation.institution();
      } else if (!only.equals(participation.institution())) {
        return;
      }
      provider |= isProvider;
      recipient |= isRecipient;
    }
    if (provider && recipient) {
      findings.report(PARTICIPATIONS, only);
    }
  }

  /**
   * A triangular partnership needs a facilitator (SEGIB's second provider) and, besides it, a
   * provider and a recipient: a facilitator that is the only provider or the only recipient leaves
   * the triangle with two corners.
   */
  private static void triangularFacilitator(Partnership p, RuleContext context, Findings findings) {
    if (p.modality() != Modality.TRIANGULAR || rolesIncomplete(p)) {
      return;
    }
    if (!hasTriangle(p.participations())) {
      findings.report(PARTICIPATIONS);
    }
  }

  private static boolean hasTriangle(List<Participation> participations) {
    for (Participation participation : participations) {
      if (participation.has(Role.FACILITATOR)) {
        InstitutionId facilitator = participation.institution();
        if (someoneElseHas(participations, Role.PROVIDER, facilitator)
            && someoneElseHas(participations, Role.RECIPIENT, facilitator)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean someoneElseHas(
      List<Participation> participations, Role role, InstitutionId other) {
    for (Participation participation : participations) {
      if (participation.has(role) && !participation.institution().equals(other)) {
        return true;
      }
    }
    return false;
  }

  /** A reverse linkage is brokered (by a multilateral bank such as the IsDB): it names a broker. */
  private static void reverseLinkageBroker(Partnership p, RuleContext context, Findings findings) {
    if (p.agreement().orElse(null) != AgreementType.REVERSE_LINKAGE || rolesIncomplete(p)) {
      return;
    }
    if (!hasFacilitator(p)) {
      findings.report(PARTICIPATIONS);
    }
  }

  private static boolean hasFacilitator(Partnership p) {
    for (Participation participation : p.participations()) {
      if (participation.has(Role.FACILITATOR)) {
        return true;
      }
    }
    return false;
  }

  /** In SEGIB's terms a programme holds projects and actions; it is not held by another. */
  private static void programmeWithoutParent(
      Partnership p, RuleContext context, Findings findings) {
    if (p.form() == PartnershipForm.PROGRAMME && p.parent().isPresent()) {
      findings.report(DataPath.of("parent"), p.parent().get());
    }
  }
}
