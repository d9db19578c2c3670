/**
 * The ksmodel domain model, reference data and validation. No runtime dependencies beyond the JDK;
 * Immutables is needed at compile time only.
 */
module org.ksmodel.core {
  requires static org.immutables.value.annotations;
  requires java.xml;

  exports org.ksmodel.common;
  exports org.ksmodel.reference;
  exports org.ksmodel.institution;
  exports org.ksmodel.solution;
  exports org.ksmodel.partnership;
  exports org.ksmodel.funding;
  exports org.ksmodel.result;
  exports org.ksmodel.request;
  exports org.ksmodel.dataset;
  exports org.ksmodel.validation;
  exports org.ksmodel.iati;
}
