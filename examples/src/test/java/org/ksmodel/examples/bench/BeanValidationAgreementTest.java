package org.ksmodel.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.constraints.AssertTrue;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.json.KsJson;
import org.ksmodel.json.ReadResult;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.Rng;

/**
 * The Bean Validation baseline checks what ksmodel checks: a defect put into a ksmodel-written
 * document is flagged by both pipelines (ksmodel's lenient reader and validator; Jackson and
 * Hibernate Validator on the POJOs), at the same place, and the untouched document by neither.
 */
class BeanValidationAgreementTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final ObjectMapper POJOS = PojoJson.mapper();

  private final JsonNode document =
      tree(KsJson.strict().writeBytes(DatasetGen.dataset(20).next(Rng.seeded(7))));

  @Test
  void neitherSideFlagsTheValidDocument() throws Exception {
    assertThat(ksmodelFlags(document)).isEmpty();
    assertThat(beanValidationFlags(document)).isEmpty();
  }

  @Test
  void bothFlagABlankTitle() throws Exception {
    String at = "/solutions/2/title";
    String language = document.at(at + "/defaultLanguage").asText();
    assertBothFlagOnly(at, tree -> set(tree, at + "/texts/" + language, "  "));
  }

  @Test
  void bothFlagAMalformedCurrency() throws Exception {
    String at = withMember("fundings", "totalBudget", 1);
    assertBothFlagOnly(at, tree -> set(tree, at + "/currency", "usd"));
  }

  @Test
  void bothFlagANegativeAmount() throws Exception {
    String at = withMember("fundings", "totalBudget", 0);
    assertBothFlagOnly(at, tree -> set(tree, at + "/amount", "-250.00"));
  }

  @Test
  void bothFlagAMalformedCountry() throws Exception {
    String at = "/institutions/3/country";
    assertBothFlagOnly(at, tree -> set(tree, at, "Colombia"));
  }

  @Test
  void bothFlagDatesOutOfOrder() throws Exception {
    String at = withMember("partnerships", "plannedPeriod", 1);
    assertBothFlagOnly(
        at,
        tree -> {
          set(tree, at + "/start", "2030-06-01");
          set(tree, at + "/end", "2030-01-01");
        });
  }

  @Test
  void bothFlagAPartnershipWithOneParticipation() throws Exception {
    String at = "/partnerships/4/participations";
    assertBothFlagOnly(
        at,
        tree -> {
          ArrayNode participations = (ArrayNode) tree.at(at);
          while (participations.size() > 1) {
            participations.remove(participations.size() - 1);
          }
        });
  }

  /** The pointer of {@code member} in the {@code nth} entity of {@code collection} that has one. */
  private String withMember(String collection, String member, int nth) {
    int seen = 0;
    for (int i = 0; i < document.get(collection).size(); i++) {
      if (document.get(collection).get(i).has(member) && seen++ == nth) {
        return "/" + collection + "/" + i + "/" + member;
      }
    }
    throw new IllegalStateException("too few " + collection + " with " + member);
  }

  /** Both sides flag something, and everything each side flags is at or under {@code at}. */
  private void assertBothFlagOnly(String at, Consumer<JsonNode> defect) throws Exception {
    JsonNode spoiled = document.deepCopy();
    defect.accept(spoiled);
    assertThat(spoiled).isNotEqualTo(document);
    for (Set<String> flagged : List.of(ksmodelFlags(spoiled), beanValidationFlags(spoiled))) {
      assertThat(flagged).isNotEmpty().allMatch(pointer -> within(pointer, at), "within " + at);
    }
  }

  /**
   * Where ksmodel finds errors: its lenient reader's, or when the document reads without one, its
   * validator's. (After an entity is dropped, the validator would also report every reference to
   * it; the reader reports the cause, at its place, besides {@code json.entity.dropped} at the
   * start of the entity.)
   */
  private static Set<String> ksmodelFlags(JsonNode tree) throws Exception {
    ReadResult<Dataset> read = KsJson.lenient().readDataset(TREES.writeValueAsBytes(tree));
    Set<String> pointers = errorPointers(read.problems());
    if (pointers.isEmpty()) {
      pointers = errorPointers(BenchmarkData.validator().validate(read.orElseThrow()).violations());
    }
    return pointers;
  }

  private static Set<String> errorPointers(List<Violation> problems) {
    Set<String> pointers = new TreeSet<>();
    for (Violation problem : problems) {
      if (problem.severity().invalidates() && !problem.code().equals("json.entity.dropped")) {
        pointers.add(problem.path().toJsonPointer());
      }
    }
    return pointers;
  }

  private static Set<String> beanValidationFlags(JsonNode tree) throws Exception {
    Pojos.Dataset pojos = POJOS.treeToValue(tree, Pojos.Dataset.class);
    Set<String> pointers = new TreeSet<>();
    for (ConstraintViolation<Pojos.Dataset> violation :
        BeanValidation.validator().validate(pojos)) {
      pointers.add(pointer(violation));
    }
    return pointers;
  }

  /**
   * The JSON Pointer of a Bean Validation property path: {@code partnerships[1].plannedPeriod}
   * becomes {@code /partnerships/1/plannedPeriod}; a constraint on a computed property ({@code
   * ordered}) is placed on its object.
   */
  private static String pointer(ConstraintViolation<?> violation) {
    StringBuilder pointer = new StringBuilder();
    for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
      if (node.isInIterable()) {
        pointer.append('/').append(node.getIndex() != null ? node.getIndex() : node.getKey());
      }
      if (node.getKind() == ElementKind.PROPERTY) {
        pointer.append('/').append(node.getName());
      }
    }
    if (violation.getConstraintDescriptor().getAnnotation() instanceof AssertTrue) {
      return pointer.substring(0, pointer.lastIndexOf("/"));
    }
    return pointer.toString();
  }

  private static boolean within(String pointer, String at) {
    return pointer.equals(at) || pointer.startsWith(at + "/");
  }

  private static void set(JsonNode tree, String pointer, String value) {
    int slash = pointer.lastIndexOf('/');
    ((ObjectNode) tree.at(pointer.substring(0, slash)))
        .set(pointer.substring(slash + 1), TextNode.valueOf(value));
  }

  private static JsonNode tree(byte[] json) {
    try {
      return TREES.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
