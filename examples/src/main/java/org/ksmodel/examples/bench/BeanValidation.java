package org.ksmodel.examples.bench;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/** The Bean Validation baseline: Hibernate Validator as configured by default. */
public final class BeanValidation {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  private BeanValidation() {}

  /** The validator for the constraints on {@link Pojos}; thread-safe, as the factory caches. */
  public static Validator validator() {
    return FACTORY.getValidator();
  }
}
