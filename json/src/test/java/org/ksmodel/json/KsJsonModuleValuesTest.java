package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.KnowledgeRequestId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Money;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.result.IndicatorValue;

/** The module maps each hand-written value type on its own exactly as the facade writes it. */
class KsJsonModuleValuesTest {
  @Test
  void theModuleNamesItself() {
    KsJsonModule module = new KsJsonModule();
    assertThat(module.getModuleName()).isEqualTo("ksmodel");
    assertThat(module.getTypeId()).isEqualTo("org.ksmodel.json.KsJsonModule");
  }

  @Test
  void everyValueTypeIsWrittenAsItsWireFormAndReadBack() throws Exception {
    // A mapper of this test's own: Jackson caches what a module set up.
    ObjectMapper mapper = new ObjectMapper().registerModule(new KsJsonModule());
    List<Object> values =
        List.of(
            InstitutionId.of("CO-APC"),
            SolutionId.of("S-1"),
            PartnershipId.of("P-1"),
            FundingId.of("F-1"),
            ResultsFrameworkId.of("R-1"),
            KnowledgeRequestId.of("REQ-1"),
            CountryCode.of("CO"),
            CurrencyCode.of("USD"),
            LanguageCode.of("es"),
            SectorCode.of("15110"),
            SdgTarget.of("17.9"),
            Code.of("acme", "x1"),
            Money.of("1250000.00", "USD"),
            DateRange.ofClosed(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
            LocalizedText.of("Disaster risk"),
            IndicatorValue.ofNumber(42));
    for (Object value : values) {
      String json = mapper.writeValueAsString(value);
      assertThat(json).as("%s", value.getClass()).isEqualTo(facade(value));
      assertThat(mapper.readValue(json, value.getClass())).isEqualTo(value);
    }
    assertThat(mapper.writeValueAsString(SolutionId.of("S-1"))).isEqualTo("\"S-1\"");
  }

  @SuppressWarnings("unchecked") // the class of a value is the class of its own type
  private static <T> String facade(T value) {
    return KsJson.strict().writeString((Class<T>) value.getClass(), value);
  }
}
