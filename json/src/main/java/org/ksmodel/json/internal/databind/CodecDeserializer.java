package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.stream.Collectors;
import org.ksmodel.json.JsonLimits;
import org.ksmodel.json.internal.Codec;
import org.ksmodel.json.internal.In;

/**
 * Reads a value with the facade's codec, strictly, so that a mapper with the module accepts exactly
 * what the facade accepts; a problem becomes a {@link JsonMappingException}.
 *
 * @param <T> the type read
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  public CodecDeserializer(Class<T> type, Codec<T> codec) {
    super(type);
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    In in = new In(parser, true, JsonLimits.defaults(), 0);
    T value = codec.read(in);
    if (value == null || !in.problems().isEmpty()) {
      String problems =
          in.problems().stream()
              .map(p -> p.code() + " at '" + p.path() + "': " + p.message())
              .collect(Collectors.joining("; "));
      throw JsonMappingException.from(
          parser, "cannot read " + handledType().getSimpleName() + ": " + problems);
    }
    return value;
  }
}
