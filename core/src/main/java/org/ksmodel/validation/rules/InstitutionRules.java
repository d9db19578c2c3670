package org.ksmodel.validation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.IatiOrganisationIdentifier;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.Severity;
import org.ksmodel.institution.AssessorType;
import org.ksmodel.institution.CapacityAssessment;
import org.ksmodel.institution.HubScope;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.institution.Pillar;
import org.ksmodel.reference.ReferenceData;
import org.ksmodel.validation.Findings;
import org.ksmodel.validation.Rule;
import org.ksmodel.validation.RuleContext;
import org.ksmodel.validation.Subject;

/**
 * The rules about institutions: names and codes, the hub profile, the KS budget and the capacity
 * assessments; the rules that resolve references are in {@link InstitutionReferenceRules}. The
 * catalogue is the "Institutions" section of core/VALIDATION.md.
 */
final class InstitutionRules {
  static final DataPath NAME = DataPath.of("name");
  static final DataPath ACRONYM = DataPath.of("acronym");
  static final DataPath WEBSITE = DataPath.of("website");
  static final DataPath ID = DataPath.of("id");
  static final DataPath COUNTRY = DataPath.of("country");
  static final DataPath SECTORS = DataPath.of("sectors");
  static final DataPath ORGANISATION_TYPE = DataPath.of("iatiOrganisationType");
  static final DataPath SHARE = DataPath.of("ksBudget", "sharePercent");
  static final DataPath ASSESSMENTS = DataPath.of("capacityAssessments");

  private static final int PILLARS = Pillar.values().length;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** IATI OrganisationType {@code 90 Other} fits every institution type. */
  private static final String OTHER_ORGANISATION_TYPE = "90";

  private InstitutionRules() {}

  static List<Rule<?>> all() {
    List<Rule<?>> rules = new ArrayList<>();
    rules.add(rule("institution.name.blank", Severity.ERROR, InstitutionRules::nameBlank));
    rules.add(rule("institution.acronym.blank", Severity.WARNING, InstitutionRules::acronymBlank));
    rules.add(rule("institution.website.form", Severity.WARNING, InstitutionRules::websiteForm));
    rules.add(rule("institution.id.agency.unknown", Severity.WARNING, InstitutionRules::agency));
    rules.add(
        rule(
            "institution.id.agency.withdrawn",
            Severity.WARNING,
            InstitutionRules::agencyWithdrawn));
    rules.add(rule("institution.country.unknown", Severity.ERROR, InstitutionRules::country));
    rules.add(
        rule(
            "institution.country.withdrawn", Severity.WARNING, InstitutionRules::countryWithdrawn));
    rules.add(rule("institution.sector.unknown", Severity.ERROR, InstitutionRules::sectors));
    rules.add(
        rule("institution.sector.withdrawn", Severity.WARNING, InstitutionRules::sectorsWithdrawn));
    rules.add(
        rule(
            "institution.organisationType.unknown",
            Severity.WARNING,
            InstitutionRules::organisationType));
    rules.add(
        rule(
            "institution.organisationType.mismatch",
            Severity.WARNING,
            InstitutionRules::organisationTypeFits));
    rules.add(
        rule("institution.hub.thematic.sectors", Severity.ERROR, InstitutionRules::thematicHub));
    rules.add(rule("institution.ksBudget.share", Severity.ERROR, InstitutionRules::budgetShare));
    rules.add(rule("institution.assessment.pillars", Severity.ERROR, InstitutionRules::allPillars));
    rules.add(rule("institution.assessment.future", Severity.ERROR, InstitutionRules::notInFuture));
    rules.add(
        rule("institution.assessment.assessor", Severity.ERROR, InstitutionRules::assessorFits));
    rules.addAll(InstitutionReferenceRules.all());
    return List.copyOf(rules);
  }

  static Rule<Institution> rule(String code, Severity severity, Rule.Check<Institution> check) {
    return Rule.of(code, severity, Subject.INSTITUTION, check);
  }

  private static void nameBlank(Institution institution, RuleContext context, Findings findings) {
    if (institution.name().isEmpty()) {
      return;
    }
    for (Map.Entry<LanguageCode, String> text : institution.name().get().texts().entrySet()) {
      if (text.getValue().isBlank()) {
        findings.report(NAME, text.getKey());
      }
    }
  }

  private static void acronymBlank(Institution institution, RuleContext context, Findings f) {
    if (institution.acronym().isPresent() && institution.acronym().get().isBlank()) {
      f.report(ACRONYM);
    }
  }

  private static void websiteForm(Institution institution, RuleContext context, Findings f) {
    if (institution.website().isPresent() && !isWebAddress(institution.website().get())) {
      f.report(WEBSITE, institution.website().get());
    }
  }

  /**
   * Whether the text is an absolute {@code http} or {@code https} address with a host name
   * (letters, digits, hyphens, dots, underscores; an optional port), without whitespace or control
   * characters. A scan, not a {@link java.net.URI} parse, so a valid address costs no allocation.
   * Also used by {@link SolutionRules} for the links of knowledge products.
   */
  static boolean isWebAddress(String text) {
    int start;
    if (text.regionMatches(true, 0, "https://", 0, 8)) {
      start = 8;
    } else if (text.regionMatches(true, 0, "http://", 0, 7)) {
      start = 7;
    } else {
      return false;
    }
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        return false;
      }
    }
    int end = start;
    while (end < length && "/?#".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    int colon = text.indexOf(':', start);
    int hostEnd = colon >= 0 && colon < end ? colon : end;
    if (hostEnd == start || text.charAt(start) == '.' || text.charAt(hostEnd - 1) == '.') {
      return false;
    }
    for (int i = start; i < hostEnd; i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '-' && c != '.' && c != '_') {
        return false;
      }
    }
    if (hostEnd < end) {
      // A port: one to five digits.
      int digits = end - hostEnd - 1;
      if (digits < 1 || digits > 5) {
        return false;
      }
      for (int i = hostEnd + 1; i < end; i++) {
        if (text.charAt(i) < '0' || text.charAt(i) > '9') {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The registration agency an IATI-looking id names, e.g. {@code XM-DAC} for {@code XM-DAC-41114};
   * empty for an id of another form.
   */
  private static Optional<String> agencyOf(InstitutionId id) {
    return IatiOrganisationIdentifier.parse(id.value()).map(IatiOrganisationIdentifier::agency);
  }

  private static void agency(Institution institution, RuleContext context, Findings findings) {
    Optional<String> agency = agencyOf(institution.id());
    if (agency.isPresent() && !ReferenceData.registrationAgencies().contains(agency.get())) {
      findings.report(ID, institution.id(), agency.get());
    }
  }

  private static void agencyWithdrawn(Institution institution, RuleContext context, Findings f) {
    Optional<String> agency = agencyOf(institution.id());
    if (agency.isPresent() && ReferenceData.registrationAgencies().isWithdrawn(agency.get())) {
      f.report(ID, institution.id(), agency.get());
    }
  }

  /** A country given is on the list; no country given is not a finding (multilaterals). */
  private static void country(Institution institution, RuleContext context, Findings findings) {
    Optional<CountryCode> country = institution.country();
    if (country.isPresent() && !ReferenceData.countries().contains(country.get())) {
      findings.report(COUNTRY, country.get());
    }
  }

  private static void countryWithdrawn(Institution institution, RuleContext context, Findings f) {
    Optional<CountryCode> country = institution.country();
    if (country.isPresent() && ReferenceData.countries().isWithdrawn(country.get())) {
      f.report(COUNTRY, country.get());
    }
  }

  private static void sectors(Institution institution, RuleContext context, Findings findings) {
    List<SectorCode> sectors = institution.sectors();
    for (int i = 0; i < sectors.size(); i++) {
      if (!ReferenceData.sectors().contains(sectors.get(i))) {
        findings.report(SECTORS.index(i), sectors.get(i));
      }
    }
  }

  private static void sectorsWithdrawn(Institution institution, RuleContext context, Findings f) {
    List<SectorCode> sectors = institution.sectors();
    for (int i = 0; i < sectors.size(); i++) {
      if (ReferenceData.sectors().isWithdrawn(sectors.get(i))) {
        f.report(SECTORS.index(i), sectors.get(i));
      }
    }
  }

  private static void organisationType(Institution institution, RuleContext context, Findings f) {
    Optional<Code> code = institution.iatiOrganisationType();
    if (code.isPresent() && !ReferenceData.organisationTypes().contains(code.get())) {
      f.report(ORGANISATION_TYPE, code.get().code());
    }
  }

  private static void organisationTypeFits(
      Institution institution, RuleContext context, Findings findings) {
    Optional<Code> code = institution.iatiOrganisationType();
    Optional<InstitutionType> type = institution.type();
    if (code.isPresent()
        && type.isPresent()
        && ReferenceData.organisationTypes().contains(code.get())
        && !fits(type.get(), code.get().code())) {
      findings.report(ORGANISATION_TYPE, code.get().code(), type.get());
    }
  }

  /**
   * Whether a known IATI OrganisationType code can describe an institution of {@code type}: a code
   * of the same family (the first digit: 1x public sector, 2x NGO, 7x private sector, ...), {@code
   * 90 Other}, a multilateral code for a regional network (intergovernmental networks such as
   * CABRI), or a public or private code for a public-private company.
   */
  static boolean fits(InstitutionType type, String code) {
    char family = code.charAt(0);
    if (family == type.iatiCode().charAt(0) || code.equals(OTHER_ORGANISATION_TYPE)) {
      return true;
    }
    switch (type) {
      case REGIONAL_NETWORK:
        return family == '4';
      case PUBLIC_PRIVATE_COMPANY:
        return family == '1' || family == '7';
      default:
        return false;
    }
  }

  private static void thematicHub(Institution institution, RuleContext context, Findings f) {
    if (institution.hubProfile().isPresent()
        && institution.hubProfile().get().scope() == HubScope.THEMATIC
        && institution.sectors().isEmpty()) {
      f.report(SECTORS);
    }
  }

  private static void budgetShare(Institution institution, RuleContext context, Findings f) {
    if (institution.ksBudget().isEmpty()) {
      return;
    }
    Optional<BigDecimal> share = institution.ksBudget().get().sharePercent();
    if (share.isPresent() && (share.get().signum() < 0 || share.get().compareTo(HUNDRED) > 0)) {
      f.report(SHARE, share.get().toPlainString());
    }
  }

  private static void allPillars(Institution institution, RuleContext context, Findings f) {
    List<CapacityAssessment> assessments = institution.capacityAssessments();
    for (int i = 0; i < assessments.size(); i++) {
      CapacityAssessment assessment = assessments.get(i);
      if (assessment.scores().size() < PILLARS) {
        List<String> missing = new ArrayList<>();
        assessment.missingPillars().forEach(pillar -> missing.add(pillar.name()));
        f.report(ASSESSMENTS.index(i).member("scores"), String.join(", ", missing));
      }
    }
  }

  private static void notInFuture(Institution institution, RuleContext context, Findings f) {
    List<CapacityAssessment> assessments = institution.capacityAssessments();
    for (int i = 0; i < assessments.size(); i++) {
      if (assessments.get(i).date().isAfter(context.today())) {
        f.report(ASSESSMENTS.index(i).member("date"), assessments.get(i).date(), context.today());
      }
    }
  }

  /**
   * A SELF assessment is made by the institution itself; a PEER or EXTERNAL one by another
   * institution. The named assessor institution must agree.
   */
  private static void assessorFits(Institution institution, RuleContext context, Findings f) {
    List<CapacityAssessment> assessments = institution.capacityAssessments();
    for (int i = 0; i < assessments.size(); i++) {
      CapacityAssessment assessment = assessments.get(i);
      if (assessment.assessorInstitution().isEmpty()) {
        continue;
      }
      InstitutionId assessor = assessment.assessorInstitution().get();
      boolean self = assessor.equals(institution.id());
      if (self != (assessment.assessor() == AssessorType.SELF)) {
        f.report(
            ASSESSMENTS.index(i).member("assessorInstitution"), assessment.assessor(), assessor);
      }
    }
  }
}
