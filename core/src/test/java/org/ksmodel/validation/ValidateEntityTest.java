package org.ksmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.common.Entity;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.testkit.DatasetCorruptions;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.ForeignEntity;
import org.ksmodel.testkit.Property;

class ValidateEntityTest {
  private final Validator validator = Validator.standard();

  @Test
  void eachKindIsValidatedAsItsSubjectIs() {
    Property.forAll(
        "validateEntity dispatches by kind",
        200,
        DatasetCorruptions.corrupted(DatasetGen.dataset(1, 6)),
        (Dataset dataset) -> {
          agree(Subject.INSTITUTION, dataset.institutions());
          agree(Subject.SOLUTION, dataset.solutions());
          agree(Subject.PARTNERSHIP, dataset.partnerships());
          agree(Subject.FUNDING, dataset.fundings());
          agree(Subject.RESULTS_FRAMEWORK, dataset.resultsFrameworks());
          agree(Subject.KNOWLEDGE_REQUEST, dataset.knowledgeRequests());
        });
  }

  private <S extends Entity> void agree(Subject<S> subject, List<S> entities) {
    for (S entity : entities) {
      assertThat(validator.validateEntity(entity)).isEqualTo(validator.validate(subject, entity));
    }
  }

  @Test
  void refusesAnEntityOfTheCallersOwn() {
    Entity foreign = new ForeignEntity();
    assertThatThrownBy(() -> validator.validateEntity(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not an entity: ");
  }
}
