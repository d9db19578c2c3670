package org.ksmodel.examples.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ksmodel.examples.showcase.Showcase;
import org.ksmodel.json.KsJson;
import org.ksmodel.partnership.Partnership;

class OwnObjectMapperExampleTest {
  private final OwnObjectMapperExample.PartnershipPage page =
      new OwnObjectMapperExample.PartnershipPage(1, Showcase.dataset().partnerships());

  @Test
  void ksmodelValuesRoundTripInsideTheApplicationsOwnTypes() throws Exception {
    String json = OwnObjectMapperExample.write(page);
    assertThat(OwnObjectMapperExample.read(json)).isEqualTo(page);
  }

  @Test
  void theModuleWritesTheSameWireFormatAsTheFacade() throws Exception {
    Partnership partnership = page.partnerships().get(0);
    ObjectMapper plain = new ObjectMapper();
    JsonNode viaModule =
        plain.readTree(OwnObjectMapperExample.mapper().writeValueAsString(partnership));
    JsonNode viaFacade = plain.readTree(KsJson.strict().writeString(partnership));
    assertThat(viaModule).isEqualTo(viaFacade);
    assertThat(viaModule.get("modality").asText()).isEqualTo(partnership.modality().name());
  }

  @Test
  void findAndRegisterModulesFindsIt() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds())
        .anyMatch(id -> String.valueOf(id).contains("ksmodel"));
  }
}
