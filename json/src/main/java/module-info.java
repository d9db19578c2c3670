/**
 * The ksmodel JSON wire format: the {@link org.ksmodel.json.KsJson} facade (strict and lenient
 * reading, NDJSON, limits) and the Jackson {@link org.ksmodel.json.KsJsonModule}.
 *
 * <p>The one exported package is {@link org.ksmodel.json}. The module reads {@code
 * org.ksmodel.core} and Jackson databind transitively (the model's types and Jackson's appear in
 * its API), and provides {@code KsJsonModule} as a {@code com.fasterxml.jackson.databind.Module}
 * service, so that {@code ObjectMapper.findAndRegisterModules()} finds it.
 */
module org.ksmodel.json {
  requires transitive org.ksmodel.core;
  // KsJsonModule is a Jackson Module: whoever uses it uses Jackson's types.
  requires transitive com.fasterxml.jackson.databind;

  exports org.ksmodel.json;

  provides com.fasterxml.jackson.databind.Module with
      org.ksmodel.json.KsJsonModule;
}
