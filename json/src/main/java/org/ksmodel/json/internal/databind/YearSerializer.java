package org.ksmodel.json.internal.databind;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Year;

/** A year as a whole number, whatever the mapper's date settings; bound per member. */
public final class YearSerializer extends StdSerializer<Year> {
  private static final long serialVersionUID = 1L;

  public YearSerializer() {
    super(Year.class);
  }

  @Override
  public void serialize(Year value, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    out.writeNumber(value.getValue());
  }
}
