package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import org.ksmodel.json.internal.Scalars;

/** A day from {@code YYYY-MM-DD}, as the facade reads it; bound per member. */
public final class LocalDateDeserializer extends StdDeserializer<LocalDate> {
  private static final long serialVersionUID = 1L;

  private final CodecDeserializer<LocalDate> codec =
      new CodecDeserializer<>(LocalDate.class, Scalars.DATE);

  public LocalDateDeserializer() {
    super(LocalDate.class);
  }

  @Override
  public LocalDate deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    return codec.deserialize(parser, context);
  }
}
