package org.ksmodel.json;

/**
 * Limits that protect a reader from hostile or broken input, tighter than Jackson's defaults. A
 * read that breaks one stops with a FATAL problem whose code names the limit ({@code
 * json.limit.depth}, {@code json.limit.number}, {@code json.limit.string}, {@code json.limit.name},
 * {@code json.limit.document}); it never runs out of stack or memory.
 *
 * <p>The defaults suit real knowledge-sharing data with room to spare: the format nests about a
 * dozen levels deep, amounts have at most 49 digits, and a long description is a few thousand
 * characters.
 *
 * <p>Instances are immutable and safe to share across threads; the builder is not.
 */
public final class JsonLimits {
  private static final JsonLimits DEFAULTS = builder().build();

  private final int maxDepth;
  private final int maxNumberLength;
  private final int maxStringLength;
  private final int maxNameLength;
  private final long maxDocumentLength;
  private final int maxQuarantinedLength;

  private JsonLimits(Builder builder) {
    this.maxDepth = builder.maxDepth;
    this.maxNumberLength = builder.maxNumberLength;
    this.maxStringLength = builder.maxStringLength;
    this.maxNameLength = builder.maxNameLength;
    this.maxDocumentLength = builder.maxDocumentLength;
    this.maxQuarantinedLength = builder.maxQuarantinedLength;
  }

  /**
   * {@return the default limits} They are depth 64, numbers 100 characters, strings 1,000,000,
   * names 256, documents (and NDJSON lines) 256 MiB; quarantined records keep 1 MiB of their text.
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** {@return a new builder, starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return how deep objects and arrays may nest} */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * {@return how many characters a number may have, exponent included} This also bounds its
   * magnitude.
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** {@return how many characters a string value may have} */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** {@return how many characters a member name may have} */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * {@return how many bytes (or characters, for text input) a document, or one NDJSON line, may
   * have}
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * {@return how many bytes (or characters, for text input) of a quarantined record's raw text
   * ({@link QuarantinedRecord#rawText()}) are kept} A longer record is kept cut, with {@link
   * QuarantinedRecord#rawTextCut()} set. Not a limit on the input: nothing fails for it.
   */
  public int maxQuarantinedLength() {
    return maxQuarantinedLength;
  }

  @Override
  public String toString() {
    return "JsonLimits{maxDepth="
        + maxDepth
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxStringLength="
        + maxStringLength
        + ", maxNameLength="
        + maxNameLength
        + ", maxDocumentLength="
        + maxDocumentLength
        + ", maxQuarantinedLength="
        + maxQuarantinedLength
        + "}";
  }

  /**
   * Builds {@link JsonLimits}, starting from the defaults ({@link JsonLimits#defaults()}). Every
   * limit must be positive. Not thread-safe.
   */
  public static final class Builder {
    private int maxDepth = 64;
    private int maxNumberLength = 100;
    private int maxStringLength = 1_000_000;
    private int maxNameLength = 256;
    private long maxDocumentLength = 256L * 1024 * 1024;
    private int maxQuarantinedLength = 1024 * 1024;

    private Builder() {}

    /**
     * Sets how deep objects and arrays may nest.
     *
     * @param maxDepth the limit; 64 by default
     * @return this builder
     * @throws IllegalArgumentException if {@code maxDepth} is not positive
     */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = positive(maxDepth, "maxDepth");
      return this;
    }

    /**
     * Sets how many characters a number may have, exponent included.
     *
     * @param maxNumberLength the limit; 100 by default
     * @return this builder
     * @throws IllegalArgumentException if {@code maxNumberLength} is not positive
     */
    public Builder maxNumberLength(int maxNumberLength) {
      this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
      return this;
    }

    /**
     * Sets how many characters a string value may have.
     *
     * @param maxStringLength the limit; 1,000,000 by default
     * @return this builder
     * @throws IllegalArgumentException if {@code maxStringLength} is not positive
     */
    public Builder maxStringLength(int maxStringLength) {
      this.maxStringLength = positive(maxStringLength, "maxStringLength");
      return this;
    }

    /**
     * Sets how many characters a member name may have.
     *
     * @param maxNameLength the limit; 256 by default
     * @return this builder
     * @throws IllegalArgumentException if {@code maxNameLength} is not positive
     */
    public Builder maxNameLength(int maxNameLength) {
      this.maxNameLength = positive(maxNameLength, "maxNameLength");
      return this;
    }

    /**
     * Sets how many bytes (or characters, for text input) a document, or one NDJSON line, may have.
     *
     * @param maxDocumentLength the limit; 256 MiB by default
     * @return this builder
     * @throws IllegalArgumentException if {@code maxDocumentLength} is not positive
     */
    public Builder maxDocumentLength(long maxDocumentLength) {
      if (maxDocumentLength <= 0) {
        throw new IllegalArgumentException("maxDocumentLength must be positive");
      }
      this.maxDocumentLength = maxDocumentLength;
      return this;
    }

    /**
     * Sets how many bytes (or characters, for text input) of a quarantined record's raw text are
     * kept.
     *
     * @param maxQuarantinedLength the length kept; 1 MiB by default
     * @return this builder
     * @throws IllegalArgumentException if {@code maxQuarantinedLength} is not positive
     */
    public Builder maxQuarantinedLength(int maxQuarantinedLength) {
      this.maxQuarantinedLength = positive(maxQuarantinedLength, "maxQuarantinedLength");
      return this;
    }

    private static int positive(int value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      return value;
    }

    /** {@return new limits with this builder's values} */
    public JsonLimits build() {
      return new JsonLimits(this);
    }
  }
}
