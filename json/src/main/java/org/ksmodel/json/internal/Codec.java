package org.ksmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads and writes one type of the wire format, token by token, and describes it in JSON Schema. An
 * abstract class rather than an interface: the binder calls codecs through a few shared call sites,
 * where a virtual call is cheaper than an interface one.
 *
 * @param <T> the type
 */
public abstract class Codec<T> {
  /**
   * Reads the value whose first token is the parser's current token, leaving the parser on its last
   * token. Returns null when the value cannot be read; the problem has been reported.
   */
  public abstract T read(In in) throws IOException;

  public abstract void write(JsonGenerator out, T value) throws IOException;

  /** The JSON Schema of the value; object types register themselves under {@code $defs}. */
  public abstract ObjectNode schema(SchemaContext context);
}
