package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;

/** A day as {@code YYYY-MM-DD}, whatever the mapper's date settings; bound per member. */
public final class LocalDateSerializer extends StdSerializer<LocalDate> {
  private static final long serialVersionUID = 1L;

  public LocalDateSerializer() {
    super(LocalDate.class);
  }

  @Override
  public void serialize(LocalDate value, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    out.writeString(value.toString());
  }
}
