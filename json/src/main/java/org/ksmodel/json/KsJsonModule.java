package org.ksmodel.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.ksmodel.common.Code;
import org.ksmodel.common.CountryCode;
import org.ksmodel.common.CurrencyCode;
import org.ksmodel.common.DateRange;
import org.ksmodel.common.FundingId;
import org.ksmodel.common.InstitutionId;
import org.ksmodel.common.LanguageCode;
import org.ksmodel.common.LocalizedText;
import org.ksmodel.common.Money;
import org.ksmodel.common.PartnershipId;
import org.ksmodel.common.ResultsFrameworkId;
import org.ksmodel.common.SdgTarget;
import org.ksmodel.common.SectorCode;
import org.ksmodel.common.SolutionId;
import org.ksmodel.json.internal.Codecs;
import org.ksmodel.json.internal.databind.CodecDeserializer;
import org.ksmodel.json.internal.databind.CodecSerializer;
import org.ksmodel.json.internal.databind.MixIns;
import org.ksmodel.result.IndicatorValue;

/**
 * The Jackson module of the ksmodel wire format, for people who bring their own {@code
 * ObjectMapper}: {@code new ObjectMapper().registerModule(new KsJsonModule())}, or {@code
 * findAndRegisterModules()}, which finds it through {@code ServiceLoader}.
 *
 * <p>The Immutables types of core are mapped with mix-ins (explicit members, built through their
 * builders); the hand-written values (codes, ids, money, date ranges, texts, indicator values) get
 * serializers and deserializers of their own. Dates, years and {@code Optional}s are handled per
 * member, so the module needs no other module and does not change how the mapper treats those types
 * elsewhere. The result reads and writes the same format as {@link KsJson}, with two differences:
 * the mapper's own settings decide how strict it is (unknown members fail by default), and the
 * {@code ksmodel} version member is written but not checked on reading. Bad input fails as the
 * mapper's usual Jackson exceptions ({@code JsonProcessingException} and its subclasses), not as a
 * list of problems. Use {@link KsJson} for problems with JSON Pointers, lenient reading, NDJSON and
 * limits.
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
    value(serializers, deserializers, InstitutionId.class);
    value(serializers, deserializers, SolutionId.class);
    value(serializers, deserializers, PartnershipId.class);
    value(serializers, deserializers, FundingId.class);
    value(serializers, deserializers, ResultsFrameworkId.class);
    value(serializers, deserializers, CountryCode.class);
    value(serializers, deserializers, CurrencyCode.class);
    value(serializers, deserializers, LanguageCode.class);
    value(serializers, deserializers, SectorCode.class);
    value(serializers, deserializers, SdgTarget.class);
    value(serializers, deserializers, Code.class);
    value(serializers, deserializers, Money.class);
    value(serializers, deserializers, DateRange.class);
    value(serializers, deserializers, LocalizedText.class);
    value(serializers, deserializers, IndicatorValue.class);
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
    MixIns.register(context);
  }

  private static <T> void value(
      SimpleSerializers serializers, SimpleDeserializers deserializers, Class<T> type) {
    serializers.addSerializer(type, new CodecSerializer<>(type, Codecs.of(type)));
    deserializers.addDeserializer(type, new CodecDeserializer<>(type, Codecs.of(type)));
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
