package org.ksmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;

/**
 * The writer option that leaves personal data out: a generator wrapped by {@link #omitting} tells
 * the members declared {@link Field#personal} not to write themselves. Only such a generator pays
 * for the delegation; the default writer writes to Jackson's generator directly.
 */
public final class PersonalData {
  private PersonalData() {}

  /** {@return {@code out}, marked so that personal data is not written to it} */
  public static JsonGenerator omitting(JsonGenerator out) {
    return out instanceof Omitting ? out : new Omitting(out);
  }

  /** {@return whether personal data is left out of what is written to {@code out}} */
  static boolean omits(JsonGenerator out) {
    return out instanceof Omitting;
  }

  private static final class Omitting extends JsonGeneratorDelegate {
    Omitting(JsonGenerator out) {
      super(out, true);
    }
  }
}
