package org.ksmodel.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Collects the definitions of the object types while a schema is described. */
public final class SchemaContext {
  private final Map<String, ObjectNode> definitions = new TreeMap<>();

  /** The schema of a member of an object type's definition, to refine it. */
  static ObjectNode member(ObjectNode definition, String name) {
    return (ObjectNode) definition.get("properties").get(name);
  }

  /** Makes a member of an object type's definition required. */
  static void require(ObjectNode definition, String name) {
    JsonNode required = definition.get("required");
    ArrayNode names = required == null ? definition.putArray("required") : (ArrayNode) required;
    names.add(name);
  }

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
