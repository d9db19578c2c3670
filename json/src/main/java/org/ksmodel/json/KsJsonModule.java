package org.ksmodel.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.ksmodel.json.internal.ModuleBindings;

/**
 * The Jackson module of the ksmodel wire format, for people who bring their own {@code
 * ObjectMapper}: {@code new ObjectMapper().registerModule(new KsJsonModule())}, or {@code
 * findAndRegisterModules()}, which finds it through {@code ServiceLoader}.
 *
 * <p>Every type of the wire format (the dataset document, the entities and each of their parts) is
 * read and written by the same codecs as {@link KsJson}, so the module needs no other module and
 * does not change how the mapper treats other types. The mapper's own settings decide how strict it
 * is: with {@code FAIL_ON_UNKNOWN_PROPERTIES} (the default) it reads as {@link KsJson#strict()},
 * without it as {@link KsJson#lenient()}; with {@code STRICT_DUPLICATE_DETECTION} a duplicate
 * member fails, without it the first one is kept. Any problem that is an ERROR or FATAL fails the
 * read with a {@link KsJsonMappingException} that carries the problems (codes, JSON Pointers) as
 * {@link KsJson} reports them. Use {@link KsJson} for values read in spite of errors, raw unbound
 * members, the quarantine, NDJSON, its own limits and writing without personal data ({@link
 * KsJson.Builder#omitPersonalData(boolean)}): the module writes every value in full.
 *
 * <p>The module is immutable and can be registered on any number of mappers; it and the serializers
 * and deserializers it registers hold no state, so a mapper with it is as safe to share across
 * threads as Jackson makes it (configure it first, then share).
 */
public final class KsJsonModule extends Module {
  private static final Version VERSION = readVersion();

  /**
   * A module to register on a mapper ({@code mapper.registerModule(new KsJsonModule())}); also what
   * {@code ObjectMapper.findAndRegisterModules()} finds through the service loader.
   */
  public KsJsonModule() {}

  @Override
  public String getModuleName() {
    return "ksmodel";
  }

  /** The version of ksmodel-json, as in its pom. */
  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public Object getTypeId() {
    return KsJsonModule.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    ModuleBindings.addTo(serializers, deserializers);
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = KsJsonModule.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version"), "org.ksmodel", "ksmodel-json");
  }
}
