package org.ksmodel.json;

/** How a reader treats input that is readable but not exactly as the format says. */
public enum ReadMode {
  /**
   * Unknown members, duplicate keys, type coercions, nulls and unknown enum constants are errors,
   * and a read with any error gives no value.
   */
  STRICT,
  /**
   * The same are warnings: the reader converts what it can, keeps unknown members as raw JSON,
   * leaves out (and reports) entities that cannot be built, and gives the rest.
   */
  LENIENT
}
