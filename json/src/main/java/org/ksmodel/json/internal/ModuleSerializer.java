package org.ksmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a type of the wire format for the Jackson module with the facade's own writer: a codec, or
 * the dataset document. Holds no state.
 *
 * @param <T> the type written
 */
final class ModuleSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** Writes one value to a generator. */
  @FunctionalInterface
  interface Writing<T> {
    void write(JsonGenerator out, T value) throws IOException;
  }

  private final transient Writing<T> writing;

  ModuleSerializer(Class<T> type, Writing<T> writing) {
    super(type);
    this.writing = writing;
  }

  @Override
  public void serialize(T value, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    writing.write(out, value);
  }
}
