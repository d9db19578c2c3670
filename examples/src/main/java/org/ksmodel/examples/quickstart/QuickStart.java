package org.ksmodel.examples.quickstart;

import java.time.LocalDate;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.SectorCode;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.HubProfile;
import org.ksmodel.institution.HubScope;
import org.ksmodel.institution.HubStance;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.Role;
import org.ksmodel.validation.ValidationReport;
import org.ksmodel.validation.Validator;

/** The README's example: an institution, a triangular partnership, and their validation. */
public final class QuickStart {
  private QuickStart() {}

  public static Institution apcColombia() {
    return Institution.builder()
        .id(InstitutionId.of("CO-APC"))
        .name(LocalizedText.of("Presidential Agency of International Cooperation of Colombia"))
        .acronym("APC Colombia")
        .country(CountryCode.of("CO"))
        .type(InstitutionType.NATIONAL_COOPERATION_AGENCY)
        .hubProfile(HubProfile.of(HubScope.NATIONAL, HubStance.DUAL))
        .build();
  }

  public static Partnership triangular() {
    return Partnership.builder()
        .id(PartnershipId.of("CO-APC-2024-017"))
        .title(LocalizedText.of("Disaster risk management: Colombia and Indonesia, with Korea"))
        .modality(Modality.TRIANGULAR)
        .form(PartnershipForm.PROJECT)
        .status(PartnershipStatus.PLANNED)
        .plannedPeriod(DateRange.ofClosed(LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29)))
        .addSectors(SectorCode.of("43060")) // disaster risk reduction
        .addParticipations(
            Participation.of(InstitutionId.of("CO-APC"), Role.PROVIDER),
            Participation.of(InstitutionId.of("ID-BNPB"), Role.RECIPIENT),
            Participation.of(InstitutionId.of("KR-KOICA"), Role.FACILITATOR, Role.FUNDER))
        .build();
  }

  /** Validates the partnership with the institution it names; the others are missing. */
  public static ValidationReport validate() {
    Dataset dataset =
        Dataset.builder().addInstitutions(apcColombia()).addPartnerships(triangular()).build();
    return Validator.standard().validate(dataset);
  }

  public static void main(String[] args) {
    System.out.println(validate());
  }
}
