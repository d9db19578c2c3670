package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Period;
import org.ksmodel.common.Sector;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.Violation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.partnership.RecipientCountry;

/** The 1.1 wire forms of sectors, periods with an optional start, and percentages. */
class PartnershipGeographyJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String HEAD =
      "{\"id\": \"P-1\", \"title\": {\"defaultLanguage\": \"en\", \"texts\": {\"en\": \"T\"}},"
          + " \"modality\": \"SOUTH_SOUTH\", \"form\": \"PROJECT\", \"status\": \"ACTIVE\"";

  private static String partnership(String members) {
    return HEAD + ", " + members + "}";
  }

  private static ReadResult<Partnership> read(String json) {
    return KsJson.strict().read(Partnership.class, json);
  }

  private static JsonNode written(Partnership p) throws Exception {
    return MAPPER.readTree(KsJson.strict().writeString(Partnership.class, p));
  }

  @Test
  void aVersionOnePartnershipReadsUnchangedAndWritesIdentically() throws Exception {
    String json =
        partnership(
            "\"plannedPeriod\": {\"start\": \"2019-03-01\", \"end\": \"2021-02-28\"},"
                + " \"sectors\": [\"15110\", \"151\"]");
    Partnership p = read(json).orElseThrow();
    assertThat(p.plannedPeriod())
        .contains(Period.ofClosed(LocalDate.of(2019, 3, 1), LocalDate.of(2021, 2, 28)));
    assertThat(p.sectors())
        .containsExactly(Sector.of(SectorCode.of("15110")), Sector.of(SectorCode.of("151")));
    assertThat(p.sectors().get(1).vocabulary()).isEqualTo(Sector.DAC_CATEGORY);
    assertThat(written(p)).isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void aSectorWithAPercentageOrAnotherVocabularyIsAnObject() throws Exception {
    String json =
        partnership(
            "\"sectors\": [{\"code\": \"15110\", \"vocabulary\": \"1\", \"percentage\": \"40\"},"
                + " {\"code\": \"4\", \"vocabulary\": \"7\"}]");
    Partnership p = read(json).orElseThrow();
    assertThat(p.sectors().get(0).percentage()).contains(new BigDecimal("40"));
    assertThat(p.sectors().get(1).vocabulary()).isEqualTo("7");
    assertThat(written(p)).isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void aDacSectorObjectWithoutPercentageIsWrittenAsItsCode() throws Exception {
    Partnership p = read(partnership("\"sectors\": [{\"code\": \"15110\"}]")).orElseThrow();
    assertThat(p.sectors()).containsExactly(Sector.of(SectorCode.of("15110")));
    assertThat(written(p).get("sectors").get(0).asText()).isEqualTo("15110");
    assertThat(written(p).get("sectors").get(0).isTextual()).isTrue();
  }

  @Test
  void aDacSectorOfTheWrongFormIsRefused() {
    ReadResult<Partnership> read =
        read(partnership("\"sectors\": [{\"code\": \"151\", \"vocabulary\": \"1\"}]"));
    assertThat(read.problems()).extracting(Violation::code).contains("sector.code.form");
  }

  @Test
  void aPeriodMayHaveOnlyAnEnd() throws Exception {
    String json = partnership("\"plannedPeriod\": {\"end\": \"2026-06-30\"}");
    Partnership p = read(json).orElseThrow();
    assertThat(p.plannedPeriod()).contains(Period.endingOn(LocalDate.of(2026, 6, 30)));
    assertThat(written(p)).isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void aPeriodWithoutStartOrEndIsRefused() {
    ReadResult<Partnership> read = read(partnership("\"actualPeriod\": {}"));
    assertThat(read.problems()).extracting(Violation::code).contains("period.empty");
    assertThat(read.problems().get(0).path().toJsonPointer()).isEqualTo("/actualPeriod");
  }

  @Test
  void aPercentageIsReadFromANumberAndWrittenAsText() throws Exception {
    Partnership p =
        read(partnership("\"recipientCountries\": [{\"country\": \"CO\", \"percentage\": 33.5}]"))
            .orElseThrow();
    assertThat(p.recipientCountries())
        .containsExactly(
            RecipientCountry.builder()
                .country(org.ksmodel.common.CountryCode.of("CO"))
                .percentage(new BigDecimal("33.5"))
                .build());
    assertThat(written(p).get("recipientCountries").get(0).get("percentage").asText())
        .isEqualTo("33.5");
  }

  @Test
  void aPercentageOutOfRangeIsReadAsGivenForTheValidator() {
    Partnership p =
        read(partnership("\"recipientCountries\": [{\"country\": \"CO\", \"percentage\": \"-5\"}]"))
            .orElseThrow();
    assertThat(p.recipientCountries().get(0).percentage()).contains(new BigDecimal("-5"));
  }

  @Test
  void aMalformedPercentageIsRefused() {
    ReadResult<Partnership> read =
        read(
            partnership(
                "\"recipientCountries\": [{\"country\": \"CO\", \"percentage\": \"40%\"}]"));
    assertThat(read.problems()).extracting(Violation::code).contains("percentage.form");
  }
}
