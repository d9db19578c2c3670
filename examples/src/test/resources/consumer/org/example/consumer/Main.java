package org.example.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.json.KsJson;
import org.ksmodel.json.KsJsonModule;
import org.ksmodel.json.ReadResult;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.Role;
import org.ksmodel.validation.ValidationReport;
import org.ksmodel.validation.Validator;

/** Builds, validates, writes and reads a dataset, through the facade and through the module. */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    Dataset dataset =
        Dataset.builder()
            .addInstitutions(institution("CO-APC", "APC Colombia", "CO"))
            .addInstitutions(institution("ID-BNPB", "BNPB", "ID"))
            .addPartnerships(
                Partnership.builder()
                    .id(PartnershipId.of("P-1"))
                    .title(LocalizedText.of("Disaster risk management"))
                    .modality(Modality.SOUTH_SOUTH)
                    .form(PartnershipForm.PROJECT)
                    .status(PartnershipStatus.PLANNED)
                    .plannedPeriod(
                        DateRange.ofClosed(LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 1)))
                    .addParticipations(
                        Participation.of(InstitutionId.of("CO-APC"), Role.PROVIDER),
                        Participation.of(InstitutionId.of("ID-BNPB"), Role.RECIPIENT))
                    .build())
            .build();
    ValidationReport report = Validator.standard().validate(dataset);

    KsJson json = KsJson.strict();
    String written = json.writeString(dataset);
    ReadResult<Dataset> read = json.readDataset(written);
    Dataset back = read.orElseThrow();

    ObjectMapper mapper = new ObjectMapper().registerModule(new KsJsonModule());
    Dataset throughModule = mapper.readValue(mapper.writeValueAsString(dataset), Dataset.class);

    System.out.println("valid " + report.isValid());
    System.out.println("facade round trip " + back.equals(dataset));
    System.out.println("module round trip " + throughModule.equals(dataset));
  }

  private static Institution institution(String id, String name, String country) {
    return Institution.builder()
        .id(InstitutionId.of(id))
        .name(LocalizedText.of(name))
        .country(CountryCode.of(country))
        .type(InstitutionType.NATIONAL_COOPERATION_AGENCY)
        .build();
  }
}
