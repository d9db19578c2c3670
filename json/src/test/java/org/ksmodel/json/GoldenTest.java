package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Money;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Funding;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.InstitutionType;
import org.ksmodel.partnership.Modality;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.PartnershipForm;
import org.ksmodel.partnership.PartnershipStatus;
import org.ksmodel.partnership.Role;

/** Hand-written documents, compared with what the writers produce as JSON trees. */
class GoldenTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  static byte[] golden(String name) throws IOException {
    try (InputStream in = GoldenTest.class.getResourceAsStream("/golden/" + name)) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "small.json",
        "rich.json",
        "rich-1.1.json",
        "geography-1.1.json",
        "funding-1.1.json",
        "rich-1.1-links.json",
        "results-1.1.json"
      })
  void readingThenWritingGivesTheSameTree(String name) throws IOException {
    byte[] golden = golden(name);
    ReadResult<Dataset> read = KsJson.strict().readDataset(golden);
    assertThat(read.problems()).isEmpty();
    Dataset dataset = read.orElseThrow();
    // A 1.0 document reads unchanged and writes back as the current version, with nothing else
    // changed.
    JsonNode expected = asWritten(MAPPER.readTree(golden));
    assertThat(MAPPER.readTree(KsJson.strict().writeString(dataset))).isEqualTo(expected);
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(dataset))).isEqualTo(expected);
    assertThat(MAPPER.readValue(golden, Dataset.class)).isEqualTo(dataset);
  }

  @Test
  void theRichDocumentOf11IsTheOneOf10WithWhat11Adds() throws IOException {
    com.fasterxml.jackson.databind.node.ObjectNode rich11 =
        (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(golden("rich-1.1.json"));
    rich11.remove("knowledgeRequests");
    assertThat(rich11).isEqualTo(asWritten(MAPPER.readTree(golden("rich.json"))));
  }

  private static JsonNode asWritten(JsonNode document) {
    ((com.fasterxml.jackson.databind.node.ObjectNode) document).put("ksmodel", "1.1");
    return document;
  }

  @Test
  void theSmallDatasetBuiltInJavaIsTheSmallDocument() throws IOException {
    byte[] golden = golden("small.json");
    assertThat(MAPPER.readTree(KsJson.strict().writeBytes(small())))
        .isEqualTo(asWritten(MAPPER.readTree(golden)));
    assertThat(KsJson.strict().readDataset(golden).orElseThrow()).isEqualTo(small());
  }

  /** The definitions of a validation report, which a dataset document does not hold. */
  private static final java.util.Set<String> REPORT_TYPES =
      java.util.Set.of("ValidationReport", "Violation", "SourceLocation");

  /**
   * The 1.1 documents beside the 1.0 ones: each shows the additions of one part of format 1.1, so
   * that rich.json stays the 1.0 document it was.
   */
  static final java.util.List<String> GOLDEN_1_1 =
      java.util.List.of(
          "geography-1.1.json", "funding-1.1.json", "rich-1.1-links.json", "results-1.1.json");

  @Test
  void theRichDocumentUsesEveryMemberOfTheFormat() throws IOException {
    // rich.json is the 1.0 document; rich-1.1.json is it with the members 1.1 adds; the other 1.1
    // documents show more of them, so that each stays small.
    JsonNode rich = MAPPER.readTree(golden("rich-1.1.json"));
    List<JsonNode> added = new java.util.ArrayList<>();
    for (String name : GOLDEN_1_1) {
      added.add(MAPPER.readTree(golden(name)));
    }
    JsonNode definitions = SchemaTest.shipped().get("$defs");
    definitions
        .properties()
        .forEach(
            definition -> {
              JsonNode properties = definition.getValue().get("properties");
              if (properties != null
                  && !definition.getKey().endsWith("Record")
                  && !REPORT_TYPES.contains(definition.getKey())) {
                properties
                    .fieldNames()
                    .forEachRemaining(
                        member ->
                            assertThat(
                                    Stream.concat(Stream.of(rich), added.stream())
                                        .flatMap(d -> d.findValues(member).stream())
                                        .toList())
                                .as(definition.getKey() + "." + member)
                                .isNotEmpty());
              }
            });
    assertThat(SchemaTest.documentSchema().validate(rich)).isEmpty();
    added.forEach(d -> assertThat(SchemaTest.documentSchema().validate(d)).isEmpty());
  }

  /** The golden documents of format 1.1, one per part of the model that 1.1 extends. */
  static Dataset small() {
    InstitutionId apc = InstitutionId.of("CO-NIT-900482087");
    InstitutionId isdb = InstitutionId.of("XM-DAC-41114");
    PartnershipId linkage = PartnershipId.of("CO-NIT-900482087-RL-2019-01");
    LanguageCode spanish = LanguageCode.of("es");
    return Dataset.builder()
        .addInstitutions(
            Institution.builder()
                .id(apc)
                .name(
                    LocalizedText.of(
                            spanish,
                            "Agencia Presidencial de Cooperación Internacional de Colombia")
                        .with(
                            LanguageCode.of("en"),
                            "Presidential Agency for International Cooperation of Colombia"))
                .acronym("APC Colombia")
                .country(CountryCode.of("CO"))
                .type(InstitutionType.NATIONAL_COOPERATION_AGENCY)
                .build(),
            Institution.builder()
                .id(isdb)
                .name(LocalizedText.of("Islamic Development Bank"))
                .acronym("IsDB")
                .country(CountryCode.of("SA"))
                .type(InstitutionType.MULTILATERAL)
                .build())
        .addPartnerships(
            Partnership.builder()
                .id(linkage)
                .title(LocalizedText.of("Reverse linkage on rural extension"))
                .modality(Modality.TRIANGULAR)
                .form(PartnershipForm.PROJECT)
                .addParticipations(
                    Participation.of(apc, Role.PROVIDER),
                    Participation.of(isdb, Role.FACILITATOR, Role.FUNDER))
                .status(PartnershipStatus.ACTIVE)
                .plannedPeriod(
                    DateRange.ofClosed(LocalDate.of(2019, 3, 1), LocalDate.of(2021, 2, 28)))
                .build())
        .addFundings(
            Funding.builder()
                .id(FundingId.of("F-RL-2019-01"))
                .partnership(linkage)
                .totalBudget(Money.of(new BigDecimal("1250000.00"), CurrencyCode.of("USD")))
                .build())
        .build();
  }
}
