package org.ksmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Funding;
import org.ksmodel.institution.Institution;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;
import org.ksmodel.testkit.DatasetCorruptions;
import org.ksmodel.testkit.DatasetGen;
import org.ksmodel.testkit.Property;

class ValidateEntityTest {
  private final Validator validator = Validator.standard();

  @Test
  void eachKindIsValidatedAsItsOwnOverloadDoes() {
    Property.forAll(
        "validateEntity dispatches by kind",
        200,
        DatasetCorruptions.corrupted(DatasetGen.dataset(1, 6)),
        (Dataset dataset) -> {
          for (Object entity : entities(dataset)) {
            assertThat(validator.validateEntity(entity)).isEqualTo(byOverload(entity));
          }
        });
  }

  @Test
  void refusesWhatIsNotAnEntity() {
    assertThatThrownBy(() -> validator.validateEntity("partnership"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an entity: java.lang.String");
    assertThatThrownBy(() -> validator.validateEntity(Dataset.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Object> entities(Dataset dataset) {
    List<Object> all = new ArrayList<>();
    all.addAll(dataset.institutions());
    all.addAll(dataset.solutions());
    all.addAll(dataset.partnerships());
    all.addAll(dataset.fundings());
    all.addAll(dataset.resultsFrameworks());
    return all;
  }

  private ValidationReport byOverload(Object entity) {
    if (entity instanceof Institution institution) {
      return validator.validate(Subject.INSTITUTION, institution);
    } else if (entity instanceof Solution solution) {
      return validator.validate(Subject.SOLUTION, solution);
    } else if (entity instanceof Partnership partnership) {
      return validator.validate(Subject.PARTNERSHIP, partnership);
    } else if (entity instanceof Funding funding) {
      return validator.validate(Subject.FUNDING, funding);
    }
    return validator.validate(Subject.RESULTS_FRAMEWORK, (ResultsFramework) entity);
  }
}
