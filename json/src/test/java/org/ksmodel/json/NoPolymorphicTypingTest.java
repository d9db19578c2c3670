package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import com.fasterxml.jackson.databind.annotation.JsonTypeResolver;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ksmodel.common.Money;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.institution.Institution;

/**
 * No payload can make ksmodel instantiate a class it names: neither {@link KsJson} nor a user's
 * {@code ObjectMapper} with {@link KsJsonModule} has polymorphic typing. A payload naming a class
 * (as {@code @class}, {@code @type}, {@code @c}, or Jackson's array wrapper) in any member position
 * is refused or reported as unknown, and the class named, a canary that counts its instances, is
 * never made.
 */
class NoPolymorphicTypingTest {
  /** A class a payload names; counts every instance made. */
  public static final class Canary {
    static final AtomicInteger MADE = new AtomicInteger();

    public Canary() {
      MADE.incrementAndGet();
    }

    public void setCommand(List<String> command) {
      MADE.incrementAndGet();
    }
  }

  private static final String CANARY = Canary.class.getName();
  private static final ObjectMapper STRICT_MAPPER =
      new ObjectMapper().registerModule(new KsJsonModule());
  private static final ObjectMapper TOLERANT_MAPPER =
      new ObjectMapper()
          .registerModule(new KsJsonModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final String INSTITUTION =
      "{\"id\":\"A\",\"name\":{\"defaultLanguage\":\"en\",\"texts\":{\"en\":\"A\"}},"
          + "\"country\":\"CO\",\"type\":\"LINE_MINISTRY\"}";

  @BeforeEach
  void resetTheCanary() {
    Canary.MADE.set(0);
  }

  /** Class-naming payloads, each in a different member position of a dataset. */
  static Stream<String> payloads() {
    List<String> payloads = new ArrayList<>();
    for (String className : List.of(CANARY, "java.lang.ProcessBuilder")) {
      String property = "{\"@class\":\"" + className + "\",\"command\":[\"touch\",\"/tmp/x\"]}";
      String array = "[\"" + className + "\",{\"command\":[\"touch\",\"/tmp/x\"]}]";
      for (String typeKey : List.of("@class", "@type", "@c")) {
        String member = "\"" + typeKey + "\":\"" + className + "\",";
        payloads.add("{" + member + "\"ksmodel\":\"1.0\"}");
        payloads.add(
            "{\"ksmodel\":\"1.0\",\"institutions\":["
                + INSTITUTION.replace("{\"id\"", "{" + member + "\"id\"")
                + "]}");
        payloads.add(
            "{\"ksmodel\":\"1.0\",\"institutions\":["
                + INSTITUTION.replace("{\"defaultLanguage\"", "{" + member + "\"defaultLanguage\"")
                + "]}");
      }
      payloads.add("{\"ksmodel\":\"1.0\",\"institutions\":[" + array + "]}");
      payloads.add("{\"ksmodel\":\"1.0\",\"institutions\":[" + property + "]}");
      payloads.add("{\"ksmodel\":\"1.0\",\"x\":" + property + "}");
      payloads.add(
          "{\"ksmodel\":\"1.0\",\"institutions\":["
              + INSTITUTION.replace("\"country\":\"CO\"", "\"country\":" + array)
              + "]}");
      payloads.add(
          "{\"ksmodel\":\"1.0\",\"institutions\":["
              + INSTITUTION.substring(0, INSTITUTION.length() - 1)
              + ",\"ksBudget\":{\"annualAmount\":"
              + property
              + "}}]}");
      payloads.add(array);
    }
    return payloads.stream();
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void kSJsonReportsThePayloadAndMakesNothing(String payload) {
    for (KsJson json : List.of(KsJson.strict(), KsJson.lenient())) {
      ReadResult<Dataset> result = json.readDataset(payload);
      assertThat(result.problems())
          .as(payload)
          .isNotEmpty()
          .allSatisfy(p -> assertThat(p.code()).isNotEqualTo("json.internal"));
      if (json == KsJson.strict()) {
        assertThat(result.isSuccess()).isFalse();
      }
    }
    assertThat(Canary.MADE).hasValue(0);
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void aMapperWithTheModuleRefusesThePayloadAndMakesNothing(String payload) {
    assertThatThrownBy(() -> STRICT_MAPPER.readValue(payload, Dataset.class))
        .isInstanceOf(JsonMappingException.class);
    assertThat(Canary.MADE).hasValue(0);
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void aMapperThatIgnoresUnknownMembersStillMakesNothing(String payload) {
    try {
      TOLERANT_MAPPER.readValue(payload, Dataset.class);
    } catch (IOException e) {
      // Refused: as good as ignored.
    }
    assertThat(Canary.MADE).hasValue(0);
  }

  /** The canary can sing: with default typing turned on, the same payload makes one. */
  @Test
  @SuppressWarnings("deprecation") // the most permissive typing is the point of this canary
  void theCanaryCountsWhatAnUnsafeMapperMakes() throws IOException {
    ObjectMapper unsafe =
        new ObjectMapper()
            .activateDefaultTyping(
                com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator.instance,
                ObjectMapper.DefaultTyping.EVERYTHING);
    unsafe.readValue("[\"" + CANARY + "\",{}]", Object.class);
    assertThat(Canary.MADE).hasValue(1);
  }

  @Test
  void theModuleTurnsOnNoDefaultTyping() {
    ObjectMapper plain = new ObjectMapper();
    ObjectMapper mapper = new ObjectMapper().registerModule(new KsJsonModule());
    for (Class<?> type : List.of(Dataset.class, Institution.class, Money.class, Object.class)) {
      assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(type)))
          .as("default typing for %s", type)
          .isNull();
      assertThat(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(type)))
          .isNull();
    }
    assertThat(mapper.getPolymorphicTypeValidator().getClass())
        .isEqualTo(plain.getPolymorphicTypeValidator().getClass());
    assertThat(mapper.getRegisteredModuleIds()).contains(KsJsonModule.class.getName());
    // The codecs bind every type: no mix-in, so no annotation of anyone's could come in.
    assertThat(mapper.findMixInClassFor(Institution.class)).isNull();
    assertThat(mapper.findMixInClassFor(Dataset.class)).isNull();
  }

  @Test
  void noModuleOrCodecClassCarriesATypeAnnotation() throws IOException, URISyntaxException {
    List<Class<?>> classes = bindingClasses();
    assertThat(classes).hasSizeGreaterThan(30).contains(KsJsonModule.class);
    for (Class<?> type : classes) {
      List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
      elements.addAll(List.of(type.getDeclaredMethods()));
      elements.addAll(List.of(type.getDeclaredFields()));
      elements.addAll(List.of(type.getDeclaredConstructors()));
      for (Method method : type.getDeclaredMethods()) {
        elements.addAll(List.of(method.getParameters()));
      }
      for (AnnotatedElement element : elements) {
        for (Annotation annotation : element.getDeclaredAnnotations()) {
          assertThat(annotation.annotationType())
              .as(
                  "%s on %s",
                  annotation, element instanceof Parameter ? type + " " + element : element)
              .isNotIn(
                  JsonTypeInfo.class,
                  JsonSubTypes.class,
                  JsonTypeIdResolver.class,
                  JsonTypeResolver.class);
        }
      }
    }
  }

  /**
   * The module, its exception and the classes of the internal package (codecs, the module's
   * serializers and deserializers), nested ones too.
   */
  private static List<Class<?>> bindingClasses() throws IOException, URISyntaxException {
    Class<?> anchor = org.ksmodel.json.internal.Codecs.class;
    Path dir =
        Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(anchor.getPackageName().replace('.', '/'));
    List<Class<?>> classes =
        new ArrayList<>(List.of(KsJsonModule.class, KsJsonMappingException.class));
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = file.getFileName().toString().replace(".class", "");
        try {
          classes.add(Class.forName(anchor.getPackageName() + "." + name));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return classes;
  }
}
