package org.ksmodel.json.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Collects the definitions of the object types while a schema is described. */
public final class SchemaContext {
  private final Map<String, ObjectNode> definitions = new TreeMap<>();

  public static ObjectNode node() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** A reference to the definition {@code name}, described by {@code definition} the first time. */
  public ObjectNode reference(String name, Supplier<ObjectNode> definition) {
    if (!definitions.containsKey(name)) {
      definitions.put(name, node()); // a placeholder stops recursion
      definitions.put(name, definition.get());
    }
    return node().put("$ref", "#/$defs/" + name);
  }

  public Map<String, ObjectNode> definitions() {
    return definitions;
  }
}
