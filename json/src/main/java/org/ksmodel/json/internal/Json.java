package org.ksmodel.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import org.ksmodel.json.JsonLimits;

/** The Jackson factories of the facade: strict JSON, the limits as stream-read constraints. */
public final class Json {
  private static final JsonFactory PLAIN = JsonFactory.builder().build();

  private Json() {}

  /** A factory whose parsers enforce {@code limits}; duplicate keys are detected by the binder. */
  public static JsonFactory factory(JsonLimits limits) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth())
            .maxNumberLength(limits.maxNumberLength())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .build();
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /** A generator for copying raw JSON of unbound members. */
  static JsonGenerator generator(Writer out) throws IOException {
    return PLAIN.createGenerator(out);
  }
}
