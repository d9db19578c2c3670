/**
 * The ksmodel domain model, reference data and validation. No runtime dependencies beyond the JDK;
 * Immutables is needed at compile time only.
 */
module org.ksmodel.core {
  requires static org.immutables.value.annotations;

  exports org.ksmodel.common;
  exports org.ksmodel.reference;
  exports org.ksmodel.institution;
  exports org.ksmodel.solution;
  exports org.ksmodel.partnership;
  exports org.ksmodel.funding;
  exports org.ksmodel.result;
  exports org.ksmodel.dataset;
  exports org.ksmodel.validation;

  // The JSON module's Jackson mix-ins build values through the generated builders, whose setters
  // are declared in package-private classes; Jackson needs deep reflection for that on the module
  // path. Core does not depend on Jackson: a qualified opens names a module without requiring it.
  opens org.ksmodel.institution to
      com.fasterxml.jackson.databind;
  opens org.ksmodel.solution to
      com.fasterxml.jackson.databind;
  opens org.ksmodel.partnership to
      com.fasterxml.jackson.databind;
  opens org.ksmodel.funding to
      com.fasterxml.jackson.databind;
  opens org.ksmodel.result to
      com.fasterxml.jackson.databind;
  opens org.ksmodel.dataset to
      com.fasterxml.jackson.databind;
}
