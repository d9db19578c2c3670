package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Year;
import org.ksmodel.json.internal.Scalars;

/** A year from a whole number, as the facade reads it; bound per member. */
public final class YearDeserializer extends StdDeserializer<Year> {
  private static final long serialVersionUID = 1L;

  private final CodecDeserializer<Year> codec = new CodecDeserializer<>(Year.class, Scalars.YEAR);

  public YearDeserializer() {
    super(Year.class);
  }

  @Override
  public Year deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    return codec.deserialize(parser, context);
  }
}
