/**
 * The ksmodel JSON wire format: the {@link org.ksmodel.json.KsJson} facade (strict and lenient
 * reading, NDJSON, limits) and the Jackson {@link org.ksmodel.json.KsJsonModule}.
 */
module org.ksmodel.json {
  requires transitive org.ksmodel.core;
  // KsJsonModule is a Jackson Module: whoever uses it uses Jackson's types.
  requires transitive com.fasterxml.jackson.databind;

  exports org.ksmodel.json;

  provides com.fasterxml.jackson.databind.Module with
      org.ksmodel.json.KsJsonModule;
}
