package org.ksmodel.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ksmodel.validation.rules.RuleTesting.VALIDATOR;
import static org.ksmodel.validation.rules.RuleTesting.assertFires;
import static org.ksmodel.validation.rules.RuleTesting.assertSilent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.Severity;
import org.ksmodel.institution.AssessorType;
import org.ksmodel.institution.CapacityAssessment;
import org.ksmodel.institution.HubProfile;
import org.ksmodel.institution.HubScope;
import org.ksmodel.institution.HubStance;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.institution.KsBudget;
import org.ksmodel.institution.Pillar;
import org.ksmodel.institution.PillarScore;
import org.ksmodel.validation.ValidationReport;

/** Each institution rule that judges an institution alone: it fires, and it stays silent. */
class InstitutionRulesTest {
  static final InstitutionId ID = InstitutionId.of("XM-DAC-7");
  static final InstitutionId PEER = InstitutionId.of("XM-DAC-905");

  /** A complete capacity assessment by a peer, dated before the tests' today. */
  static CapacityAssessment assessment() {
    CapacityAssessment.Builder builder =
        CapacityAssessment.builder()
            .date(LocalDate.of(2024, 6, 1))
            .assessor(AssessorType.PEER)
            .assessorInstitution(PEER);
    for (Pillar pillar : Pillar.values()) {
      builder.putScores(pillar, PillarScore.of(3, "documents seen"));
    }
    return builder.build();
  }

  /** A thematic knowledge hub with everything a careful reviewer wants, and nothing wrong. */
  static Institution valid() {
    return Institution.builder()
        .id(ID)
        .name(
            LocalizedText.of(LanguageCode.of("es"), "Agencia Presidencial de Cooperación")
                .with(LanguageCode.of("en"), "Presidential Cooperation Agency"))
        .acronym("APC")
        .country(CountryCode.of("CO"))
        .type(InstitutionType.NATIONAL_COOPERATION_AGENCY)
        .iatiOrganisationType(Code.of("OrganisationType", "10"))
        .website("https://www.apccolombia.gov.co/")
        .addSectors(SectorCode.of("15110"), SectorCode.of("160"))
        .hubProfile(HubProfile.of(HubScope.THEMATIC, HubStance.DUAL))
        .ksBudget(KsBudget.builder().sharePercent(new BigDecimal("2.5")).fiscalYear(2024).build())
        .addCapacityAssessments(assessment())
        .build();
  }

  static Institution.Builder copy() {
    return Institution.builder().from(valid());
  }

  static ValidationReport validate(Institution institution) {
    return VALIDATOR.validate(institution);
  }

  @Test
  void theValidInstitutionHasNoViolationAtAll() {
    assertThat(validate(valid()).violations()).isEmpty();
  }

  @Nested
  class NameBlank {
    static final String CODE = "institution.name.blank";

    @Test
    void fires() {
      Institution blank =
          copy().name(valid().name().orElseThrow().with(LanguageCode.of("en"), "  ")).build();
      assertFires(validate(blank), CODE, Severity.ERROR, "/name");
      assertThat(validate(blank).violations(CODE).get(0).arguments()).containsExactly("en");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().name(LocalizedText.of("APC")).build()), CODE);
    }
  }

  @Test
  void anInstitutionWithoutANameIsNoFinding() {
    // Published by identifier only: the import report says so; the record is not wrong.
    assertThat(validate(copy().name(Optional.empty()).build()).violations()).isEmpty();
  }

  @Nested
  class AcronymBlank {
    static final String CODE = "institution.acronym.blank";

    @Test
    void fires() {
      assertFires(validate(copy().acronym(" ").build()), CODE, Severity.WARNING, "/acronym");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().acronym(Optional.empty()).build()), CODE);
    }
  }

  @Nested
  class WebsiteForm {
    static final String CODE = "institution.website.form";

    @Test
    void fires() {
      assertFires(
          validate(copy().website("www.apccolombia.gov.co").build()),
          CODE,
          Severity.WARNING,
          "/website");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().website("HTTP://apccolombia.gov.co:8080").build()), CODE);
    }

    @Test
    void acceptsOnlyAbsoluteHttpAddressesWithAHost() {
      assertThat(InstitutionRules.isWebAddress("https://www.example.org/a?b=c#d")).isTrue();
      assertThat(InstitutionRules.isWebAddress("http://example.org")).isTrue();
      assertThat(InstitutionRules.isWebAddress("https://bücher.example/")).isTrue();
      assertThat(InstitutionRules.isWebAddress("https://example.org:443/")).isTrue();
      assertThat(InstitutionRules.isWebAddress("")).isFalse();
      assertThat(InstitutionRules.isWebAddress("www.example.org")).isFalse();
      assertThat(InstitutionRules.isWebAddress("ftp://example.org/")).isFalse();
      assertThat(InstitutionRules.isWebAddress("https://")).isFalse();
      assertThat(InstitutionRules.isWebAddress("https:///path")).isFalse();
      assertThat(InstitutionRules.isWebAddress("https://exa mple.org/")).isFalse();
      assertThat(InstitutionRules.isWebAddress("https://example.org/a b")).isFalse();
      assertThat(InstitutionRules.isWebAddress("https://user@example.org/")).isFalse();
      assertThat(InstitutionRules.isWebAddress("https://example.org:/")).isFalse();
      assertThat(InstitutionRules.isWebAddress("https://example.org:80a/")).isFalse();
      assertThat(InstitutionRules.isWebAddress("https://.example.org/")).isFalse();
      assertThat(InstitutionRules.isWebAddress("mailto:info@example.org")).isFalse();
    }
  }

  @Nested
  class AgencyUnknown {
    static final String CODE = "institution.id.agency.unknown";

    @Test
    void fires() {
      ValidationReport report = validate(copy().id(InstitutionId.of("CO-APC-1")).build());
      assertFires(report, CODE, Severity.WARNING, "/id");
      assertThat(report.violations(CODE).get(0).arguments()).containsExactly("CO-APC-1", "CO-APC");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().id(InstitutionId.of("XI-IATI-EBRD")).build()), CODE);
      // An id that does not look like an IATI identifier is not judged.
      assertSilent(validate(copy().id(InstitutionId.of("apc-colombia")).build()), CODE);
    }
  }

  @Nested
  class AgencyWithdrawn {
    static final String CODE = "institution.id.agency.withdrawn";

    @Test
    void fires() {
      assertFires(
          validate(copy().id(InstitutionId.of("GB-GOVUK-dfid")).build()),
          CODE,
          Severity.WARNING,
          "/id");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().id(InstitutionId.of("GB-GOV-1")).build()), CODE);
    }
  }

  @Nested
  class CountryUnknown {
    static final String CODE = "institution.country.unknown";

    @Test
    void fires() {
      assertFires(
          validate(copy().country(CountryCode.of("QQ")).build()), CODE, Severity.ERROR, "/country");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().country(CountryCode.of("XK")).build()), CODE);
    }

    @Test
    void silentWithoutACountry() {
      // A multilateral, or a publisher that gave none: nothing to check, nothing wrong.
      ValidationReport report = validate(copy().country(Optional.empty()).build());
      assertSilent(report, CODE);
      assertSilent(report, "institution.country.withdrawn");
      assertThat(report.violations()).isEmpty();
    }
  }

  @Nested
  class CountryWithdrawn {
    static final String CODE = "institution.country.withdrawn";

    @Test
    void fires() {
      ValidationReport report = validate(copy().country(CountryCode.of("AN")).build());
      assertFires(report, CODE, Severity.WARNING, "/country");
      assertSilent(report, "institution.country.unknown");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().country(CountryCode.of("CW")).build()), CODE);
    }
  }

  @Nested
  class SectorUnknown {
    static final String CODE = "institution.sector.unknown";

    @Test
    void fires() {
      Institution unknown = copy().addSectors(SectorCode.of("99999"), SectorCode.of("999")).build();
      assertFires(validate(unknown), CODE, Severity.ERROR, "/sectors/2", "/sectors/3");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().addSectors(SectorCode.of("151")).build()), CODE);
    }
  }

  @Nested
  class SectorWithdrawn {
    static final String CODE = "institution.sector.withdrawn";

    @Test
    void fires() {
      Institution old = copy().addSectors(SectorCode.of("15140")).build();
      assertFires(validate(old), CODE, Severity.WARNING, "/sectors/2");
      assertSilent(validate(old), "institution.sector.unknown");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().addSectors(SectorCode.of("15111")).build()), CODE);
    }
  }

  @Nested
  class OrganisationTypeUnknown {
    static final String CODE = "institution.organisationType.unknown";

    @Test
    void fires() {
      Institution unknown = copy().iatiOrganisationType(Code.of("OrganisationType", "99")).build();
      assertFires(validate(unknown), CODE, Severity.WARNING, "/iatiOrganisationType");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().iatiOrganisationType(Optional.empty()).build()), CODE);
    }
  }

  @Nested
  class OrganisationTypeMismatch {
    static final String CODE = "institution.organisationType.mismatch";

    @Test
    void fires() {
      // A cooperation agency published as a foundation.
      Institution foundation =
          copy().iatiOrganisationType(Code.of("OrganisationType", "60")).build();
      assertFires(validate(foundation), CODE, Severity.WARNING, "/iatiOrganisationType");
    }

    @Test
    void silentWithoutAType() {
      // Only the IATI type was published: there is nothing to contradict.
      Institution untyped =
          copy()
              .type(Optional.empty())
              .iatiOrganisationType(Code.of("OrganisationType", "60"))
              .build();
      assertSilent(validate(untyped), CODE);
    }

    @Test
    void silent() {
      // Another public-sector code, and 90 Other, fit a cooperation agency.
      assertSilent(
          validate(copy().iatiOrganisationType(Code.of("OrganisationType", "15")).build()), CODE);
      assertSilent(
          validate(copy().iatiOrganisationType(Code.of("OrganisationType", "90")).build()), CODE);
      // An unknown code is the other rule's business.
      assertSilent(
          validate(copy().iatiOrganisationType(Code.of("OrganisationType", "99")).build()), CODE);
    }

    @Test
    void familiesFit() {
      assertThat(InstitutionRules.fits(InstitutionType.PRIVATE_COMPANY, "72")).isTrue();
      assertThat(InstitutionRules.fits(InstitutionType.CIVIL_SOCIETY_ORGANISATION, "21")).isTrue();
      assertThat(InstitutionRules.fits(InstitutionType.REGIONAL_NETWORK, "40")).isTrue();
      assertThat(InstitutionRules.fits(InstitutionType.PUBLIC_PRIVATE_COMPANY, "70")).isTrue();
      assertThat(InstitutionRules.fits(InstitutionType.MULTILATERAL, "10")).isFalse();
      assertThat(InstitutionRules.fits(InstitutionType.ACADEMIA_OR_THINK_TANK, "22")).isFalse();
      for (InstitutionType type : InstitutionType.values()) {
        assertThat(InstitutionRules.fits(type, type.iatiCode())).as("%s", type).isTrue();
      }
    }
  }

  @Nested
  class ThematicHubSectors {
    static final String CODE = "institution.hub.thematic.sectors";

    @Test
    void fires() {
      Institution noThemes = copy().sectors(List.of()).build();
      assertFires(validate(noThemes), CODE, Severity.ERROR, "/sectors");
    }

    @Test
    void silent() {
      Institution national =
          copy()
              .sectors(List.of())
              .hubProfile(HubProfile.of(HubScope.NATIONAL, HubStance.DUAL))
              .build();
      assertSilent(validate(national), CODE);
    }
  }

  @Nested
  class KsBudgetShare {
    static final String CODE = "institution.ksBudget.share";

    @Test
    void fires() {
      assertFires(
          validate(copy().ksBudget(KsBudget.ofShare(new BigDecimal("100.01"))).build()),
          CODE,
          Severity.ERROR,
          "/ksBudget/sharePercent");
      assertFires(
          validate(copy().ksBudget(KsBudget.ofShare(new BigDecimal("-1"))).build()),
          CODE,
          Severity.ERROR,
          "/ksBudget/sharePercent");
    }

    @Test
    void silent() {
      assertSilent(
          validate(copy().ksBudget(KsBudget.ofShare(new BigDecimal("100"))).build()), CODE);
      assertSilent(validate(copy().ksBudget(KsBudget.ofShare(BigDecimal.ZERO)).build()), CODE);
    }
  }

  @Nested
  class AssessmentPillars {
    static final String CODE = "institution.assessment.pillars";

    @Test
    void fires() {
      CapacityAssessment partial =
          CapacityAssessment.builder()
              .from(assessment())
              .scores(Map.of(Pillar.GOVERNANCE, PillarScore.of(2)))
              .build();
      ValidationReport report = validate(copy().addCapacityAssessments(partial).build());
      assertFires(report, CODE, Severity.ERROR, "/capacityAssessments/1/scores");
      assertThat(report.violations(CODE).get(0).arguments().get(0))
          .startsWith("LEADERSHIP_AND_CULTURE, BUDGETS_AND_FINANCING")
          .doesNotContain("GOVERNANCE");
    }

    @Test
    void silent() {
      assertSilent(validate(copy().addCapacityAssessments(assessment()).build()), CODE);
    }
  }

  @Nested
  class AssessmentFuture {
    static final String CODE = "institution.assessment.future";

    @Test
    void fires() {
      CapacityAssessment tomorrow =
          CapacityAssessment.builder()
              .from(assessment())
              .date(RuleTesting.TODAY.plusDays(1))
              .build();
      assertFires(
          validate(copy().addCapacityAssessments(tomorrow).build()),
          CODE,
          Severity.ERROR,
          "/capacityAssessments/1/date");
    }

    @Test
    void silent() {
      CapacityAssessment today =
          CapacityAssessment.builder().from(assessment()).date(RuleTesting.TODAY).build();
      assertSilent(validate(copy().addCapacityAssessments(today).build()), CODE);
    }
  }

  @Nested
  class AssessmentAssessor {
    static final String CODE = "institution.assessment.assessor";

    @Test
    void fires() {
      CapacityAssessment peerIsItself =
          CapacityAssessment.builder().from(assessment()).assessorInstitution(ID).build();
      CapacityAssessment selfByOther =
          CapacityAssessment.builder().from(assessment()).assessor(AssessorType.SELF).build();
      assertFires(
          validate(copy().addCapacityAssessments(peerIsItself, selfByOther).build()),
          CODE,
          Severity.ERROR,
          "/capacityAssessments/1/assessorInstitution",
          "/capacityAssessments/2/assessorInstitution");
    }

    @Test
    void silent() {
      CapacityAssessment self =
          CapacityAssessment.builder()
              .from(assessment())
              .assessor(AssessorType.SELF)
              .assessorInstitution(ID)
              .build();
      CapacityAssessment unnamed =
          CapacityAssessment.builder()
              .from(assessment())
              .assessor(AssessorType.EXTERNAL)
              .assessorInstitution(Optional.empty())
              .build();
      assertSilent(validate(copy().addCapacityAssessments(self, unnamed).build()), CODE);
    }
  }
}
