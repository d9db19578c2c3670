package org.ksmodel.examples.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.ksmodel.json.KsJsonModule;
import org.ksmodel.partnership.Partnership;

/**
 * For applications that already have an {@link ObjectMapper}: register {@link KsJsonModule} (or let
 * {@code findAndRegisterModules()} find it) and ksmodel values read and write like any other type,
 * in the same wire format as the {@code KsJson} facade. Here a service's own response type holds
 * ksmodel partnerships.
 */
public final class OwnObjectMapperExample {
  private OwnObjectMapperExample() {}

  /** A response of the application's own API, with ksmodel values inside. */
  public record PartnershipPage(int page, List<Partnership> partnerships) {}

  /** The application's mapper, configured as it likes, with ksmodel's module added. */
  public static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new KsJsonModule())
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  public static String write(PartnershipPage page) throws JsonProcessingException {
    return mapper().writeValueAsString(page);
  }

  public static PartnershipPage read(String json) throws JsonProcessingException {
    return mapper().readValue(json, PartnershipPage.class);
  }
}
