package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Money;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;

class KsJsonModuleTest {
  @Test
  void theVersionIsThePomVersion() {
    String pom = System.getProperty("ksmodel.json.version");
    assertThat(pom).as("set by surefire from the pom").isNotBlank();
    assertThat(new KsJsonModule().version().toString()).isEqualTo(pom);
    assertThat(new KsJsonModule().version().getGroupId()).isEqualTo("org.ksmodel");
    assertThat(new KsJsonModule().version().getArtifactId()).isEqualTo("ksmodel-json");
    assertThat(new KsJsonModule().version().isUnknownVersion()).isFalse();
  }

  @Test
  void serviceLoaderFindsTheModule() {
    assertThat(ServiceLoader.load(Module.class).stream().map(ServiceLoader.Provider::type))
        .contains(KsJsonModule.class);
    assertThat(ObjectMapper.findModules()).anyMatch(m -> m instanceof KsJsonModule);
  }

  @Test
  void aMapperWithTheModuleReadsTheFacadesFormatStrictly() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new KsJsonModule());
    Dataset dataset = GoldenTest.small();
    String json = KsJson.strict().writeString(dataset);
    assertThat(mapper.readValue(json, Dataset.class)).isEqualTo(dataset);
    assertThat(mapper.writeValueAsString(dataset)).isEqualTo(json);
    assertThat(mapper.readValue("{\"amount\":\"10.0\",\"currency\":\"USD\"}", Money.class))
        .isEqualTo(Money.of("10.00", "USD"));
    assertThatThrownBy(
            () -> mapper.readValue("{\"amount\":\"-1\",\"currency\":\"USD\"}", Money.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("money.amount.form");
    assertThatThrownBy(() -> mapper.readValue("{\"id\":\"A\",\"surprise\":1}", Institution.class))
        .isInstanceOf(DatabindException.class);
  }
}
