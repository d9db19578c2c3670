package org.ksmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
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
import org.ksmodel.common.Severity;
import org.ksmodel.common.SolutionId;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Contribution;
import org.ksmodel.funding.Funding;
import org.ksmodel.funding.Transaction;
import org.ksmodel.institution.CapacityAssessment;
import org.ksmodel.institution.HubProfile;
import org.ksmodel.institution.Institution;
import org.ksmodel.institution.KsBudget;
import org.ksmodel.institution.PillarScore;
import org.ksmodel.partnership.ChangeObjective;
import org.ksmodel.partnership.Design;
import org.ksmodel.partnership.ExchangeActivity;
import org.ksmodel.partnership.Location;
import org.ksmodel.partnership.Participation;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.result.Baseline;
import org.ksmodel.result.CriterionRating;
import org.ksmodel.result.Evaluation;
import org.ksmodel.result.Evidence;
import org.ksmodel.result.Indicator;
import org.ksmodel.result.IndicatorValue;
import org.ksmodel.result.PeriodValue;
import org.ksmodel.result.Result;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Adoption;
import org.ksmodel.solution.CriterionAssessment;
import org.ksmodel.solution.KnowledgeProduct;
import org.ksmodel.solution.Score;
import org.ksmodel.solution.Solution;

class KsJsonModuleTest {
  /** Every type of the wire format: the dataset, the entities and every part of them. */
  static final List<Class<?>> TYPES =
      List.of(
          Dataset.class,
          InstitutionId.class,
          SolutionId.class,
          PartnershipId.class,
          FundingId.class,
          ResultsFrameworkId.class,
          KnowledgeRequestId.class,
          CountryCode.class,
          CurrencyCode.class,
          LanguageCode.class,
          SectorCode.class,
          SdgTarget.class,
          Code.class,
          DateRange.class,
          Money.class,
          LocalizedText.class,
          IndicatorValue.class,
          Institution.class,
          HubProfile.class,
          KsBudget.class,
          PillarScore.class,
          CapacityAssessment.class,
          Solution.class,
          Score.class,
          CriterionAssessment.class,
          KnowledgeProduct.class,
          Adoption.class,
          Partnership.class,
          Participation.class,
          ChangeObjective.class,
          Design.class,
          Location.class,
          ExchangeActivity.class,
          org.ksmodel.partnership.OtherIdentifier.class,
          org.ksmodel.partnership.RelatedPartnership.class,
          org.ksmodel.partnership.Site.class,
          org.ksmodel.partnership.AdministrativeArea.class,
          org.ksmodel.partnership.GeoPoint.class,
          org.ksmodel.partnership.Contact.class,
          Funding.class,
          Contribution.class,
          Transaction.class,
          ResultsFramework.class,
          Result.class,
          Indicator.class,
          Baseline.class,
          PeriodValue.class,
          Evidence.class,
          Evaluation.class,
          CriterionRating.class,
          KnowledgeRequest.class);

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new KsJsonModule());
  private static final ObjectMapper LENIENT =
      new ObjectMapper()
          .registerModule(new KsJsonModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final ObjectMapper DUPLICATES_FAIL =
      JsonMapper.builder()
          .addModule(new KsJsonModule())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final String INSTITUTION =
      "{\"id\":\"A\",\"name\":{\"defaultLanguage\":\"en\",\"texts\":{\"en\":\"Agency\"}},"
          + "\"country\":\"CO\",\"type\":\"LINE_MINISTRY\"";

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
    Dataset dataset = GoldenTest.small();
    String json = KsJson.strict().writeString(dataset);
    assertThat(MAPPER.readValue(json, Dataset.class)).isEqualTo(dataset);
    assertThat(MAPPER.writeValueAsString(dataset)).isEqualTo(json);
    assertThat(MAPPER.readValue("{\"amount\":\"10.0\",\"currency\":\"USD\"}", Money.class))
        .isEqualTo(Money.of("10.00", "USD"));
    assertThatThrownBy(
            () -> MAPPER.readValue("{\"amount\":\"-1\",\"currency\":\"USD\"}", Money.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("money.negative at '/amount'");
  }

  /** Each type of the rich document, on its own: written as the facade writes it, read back. */
  @Test
  void everyTypeOfTheFormatIsWrittenAndReadThroughTheFacadesCodecs() throws Exception {
    Map<Class<?>, Object> samples =
        samples(KsJson.strict().readDataset(GoldenTest.golden("rich-1.1.json")).orElseThrow());
    samples(KsJson.strict().readDataset(GoldenTest.golden("rich-1.1-links.json")).orElseThrow())
        .forEach(samples::putIfAbsent);
    assertThat(samples.keySet())
        .as("types found in the 1.1 rich documents")
        .containsExactlyInAnyOrderElementsOf(TYPES);
    for (Map.Entry<Class<?>, Object> sample : samples.entrySet()) {
      Object value = sample.getValue();
      String json = MAPPER.writeValueAsString(value);
      assertThat(json).as("%s", sample.getKey()).isEqualTo(facade(sample.getKey(), value));
      assertThat(MAPPER.readValue(json, sample.getKey()))
          .as("%s", sample.getKey())
          .isEqualTo(value);
      if (json.startsWith("{")) {
        // An unknown member: refused by default, skipped when the mapper ignores unknown members.
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(json);
        tree.put("surprise", 1);
        String spoilt = tree.toString();
        KsJsonMappingException e =
            catchThrowableOfType(
                KsJsonMappingException.class, () -> MAPPER.readValue(spoilt, sample.getKey()));
        assertThat(e).as("%s with an unknown member", sample.getKey()).isNotNull();
        assertThat(codesAndPointers(e)).contains("json.member.unknown /surprise");
        assertThat(LENIENT.readValue(spoilt, sample.getKey())).isEqualTo(value);
      }
    }
  }

  @Test
  void aDuplicateMemberKeepsTheFirstValueAsLenientKsJsonDoes() throws Exception {
    String json = INSTITUTION + ",\"country\":\"PE\"}";
    Institution read = MAPPER.readValue(json, Institution.class);
    assertThat(read.country()).contains(CountryCode.of("CO"));
    assertThat(read).isEqualTo(KsJson.lenient().read(Institution.class, json).orElseThrow());
    assertThat(LENIENT.readValue(json, Institution.class)).isEqualTo(read);
    assertThat(KsJson.strict().read(Institution.class, json).isSuccess()).isFalse();
  }

  @Test
  void aDuplicateMemberFailsWhenTheParserDetectsDuplicates() {
    KsJsonMappingException e =
        catchThrowableOfType(
            KsJsonMappingException.class,
            () ->
                DUPLICATES_FAIL.readValue(INSTITUTION + ",\"country\":\"PE\"}", Institution.class));
    assertThat(e).isInstanceOf(JsonMappingException.class);
    assertThat(codesAndPointers(e)).containsExactly("json.key.duplicate /country");
    assertThat(e.getMessage()).contains("json.key.duplicate at '/country'");
    assertThat(e.getCause()).isNotNull();
  }

  @Test
  void aNullForAnOptionalMemberIsAnErrorStrictlyAndAbsentLeniently() throws Exception {
    String json = INSTITUTION + ",\"acronym\":null}";
    KsJsonMappingException e =
        catchThrowableOfType(
            KsJsonMappingException.class, () -> MAPPER.readValue(json, Institution.class));
    assertThat(codesAndPointers(e)).containsExactly("json.null /acronym");
    assertThat(e.violations().get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(e.getMessage()).startsWith("cannot read Institution: json.null at '/acronym'");
    Institution lenient = LENIENT.readValue(json, Institution.class);
    assertThat(lenient.acronym()).isEmpty();
    assertThat(lenient).isEqualTo(KsJson.lenient().read(Institution.class, json).orElseThrow());
  }

  @Test
  void theVersionIsCheckedAsKsJsonChecksIt() throws Exception {
    KsJsonMappingException missing =
        catchThrowableOfType(
            KsJsonMappingException.class, () -> MAPPER.readValue("{}", Dataset.class));
    assertThat(codesAndPointers(missing)).containsExactly("json.version.missing ");
    assertThat(LENIENT.readValue("{}", Dataset.class)).isEqualTo(Dataset.builder().build());
    KsJsonMappingException major =
        catchThrowableOfType(
            KsJsonMappingException.class,
            () -> LENIENT.readValue("{\"ksmodel\":\"2.0\"}", Dataset.class));
    assertThat(major.violations()).extracting(Violation::severity).containsExactly(Severity.FATAL);
    assertThat(codesAndPointers(major)).containsExactly("json.version.unsupported /ksmodel");
  }

  /** A user's own type holding ksmodel values: pointers start at the value's place in it. */
  public record Page(int page, List<Institution> items) {}

  @Test
  void insideAUsersTypeAProblemIsLocatedFromTheDocumentsRoot() throws Exception {
    String good = INSTITUTION + "}";
    String json = "{\"page\":1,\"items\":[" + good + "," + INSTITUTION + ",\"acronym\":7}]}";
    JsonMappingException e =
        catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(json, Page.class));
    assertThat(e).isInstanceOf(KsJsonMappingException.class);
    assertThat(codesAndPointers((KsJsonMappingException) e))
        .containsExactly("json.coercion /items/1/acronym");
    Page page = LENIENT.readValue(json, Page.class);
    assertThat(page.items()).hasSize(2);
    assertThat(page.items().get(1).acronym()).contains("7");
    assertThat(MAPPER.readValue("{\"page\":1,\"items\":[" + good + "]}", Page.class).items())
        .containsExactly(KsJson.strict().read(Institution.class, good).orElseThrow());
  }

  @Test
  void everyProblemIsKeptAndTheMessageNamesTheBlockingOnes() {
    KsJsonMappingException e =
        catchThrowableOfType(
            KsJsonMappingException.class,
            () ->
                LENIENT.readValue(
                    "{\"ksmodel\":\"1.0\",\"x\":1,\"institutions\":[{\"acronym\":\"A\"}]}",
                    Dataset.class));
    assertThat(e.violations())
        .extracting(v -> v.severity() + " " + v.code() + " " + v.path().toJsonPointer())
        .containsExactly(
            "WARNING json.member.unknown /x",
            "ERROR json.member.missing /institutions/0/id",
            "ERROR json.entity.dropped /institutions/0");
    assertThat(e.getMessage())
        .doesNotContain("json.member.unknown")
        .contains("json.member.missing at '/institutions/0/id'")
        .contains("json.entity.dropped at '/institutions/0'");
    assertThat(e.getLocation().getLineNr()).isEqualTo(1);
    assertThat(e.getLocation().getColumnNr())
        .isEqualTo(e.violations().get(1).location().orElseThrow().column());
  }

  private static List<String> codesAndPointers(KsJsonMappingException e) {
    return e.violations().stream().map(v -> v.code() + " " + v.path().toJsonPointer()).toList();
  }

  /** The first value of each type of {@link #TYPES} met in the value's accessors, depth first. */
  static Map<Class<?>, Object> samples(Object root) {
    Map<Class<?>, Object> samples = new LinkedHashMap<>();
    walk(root, samples, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    return samples;
  }

  private static void walk(Object value, Map<Class<?>, Object> samples, Set<Object> seen) {
    if (value == null || !seen.add(value)) {
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> walk(v, samples, seen));
      return;
    }
    if (value instanceof Collection<?> collection) {
      collection.forEach(v -> walk(v, samples, seen));
      return;
    }
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            walk(k, samples, seen);
            walk(v, samples, seen);
          });
      return;
    }
    for (Class<?> type : TYPES) {
      if (!type.isInstance(value)) {
        continue;
      }
      samples.putIfAbsent(type, value);
      // The accessors of the public type, not of the generated class, which may not be public.
      for (Method method : type.getMethods()) {
        if (method.getParameterCount() != 0
            || Modifier.isStatic(method.getModifiers())
            || !method.getDeclaringClass().getName().startsWith("org.ksmodel.")
            || method.getName().startsWith("with")) {
          continue;
        }
        try {
          walk(method.invoke(value), samples, seen);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // Not an accessor this walk can use.
        }
      }
    }
  }

  private static <T> String facade(Class<T> type, Object value) {
    return KsJson.strict().writeString(type, type.cast(value));
  }
}
