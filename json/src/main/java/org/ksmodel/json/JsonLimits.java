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
   * The default limits: depth 64, numbers 100 characters, strings 1,000,000, names 256, 256 MiB;
   * quarantined records keep 1 MiB of their text.
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** How deep objects and arrays may nest. */
  public int maxDepth() {
    return maxDepth;
  }

  /** How many characters a number may have, exponent included; also bounds its magnitude. */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** How many characters a string value may have. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** How many characters a member name may have. */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** How many bytes (or characters, for text input) a document, or one NDJSON line, may have. */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * How many bytes (or characters, for text input) of a quarantined record's raw text are kept
   * ({@link QuarantinedRecord#rawText()}); a longer record is kept cut, with {@link
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

  /** Builds {@link JsonLimits}, starting from the defaults. */
  public static final class Builder {
    private int maxDepth = 64;
    private int maxNumberLength = 100;
    private int maxStringLength = 1_000_000;
    private int maxNameLength = 256;
    private long maxDocumentLength = 256L * 1024 * 1024;
    private int maxQuarantinedLength = 1024 * 1024;

    private Builder() {}

    public Builder maxDepth(int maxDepth) {
      this.maxDepth = positive(maxDepth, "maxDepth");
      return this;
    }

    public Builder maxNumberLength(int maxNumberLength) {
      this.maxNumberLength = positive(maxNumberLength, "maxNumberLength");
      return this;
    }

    public Builder maxStringLength(int maxStringLength) {
      this.maxStringLength = positive(maxStringLength, "maxStringLength");
      return this;
    }

    public Builder maxNameLength(int maxNameLength) {
      this.maxNameLength = positive(maxNameLength, "maxNameLength");
      return this;
    }

    public Builder maxDocumentLength(long maxDocumentLength) {
      if (maxDocumentLength <= 0) {
        throw new IllegalArgumentException("maxDocumentLength must be positive");
      }
      this.maxDocumentLength = maxDocumentLength;
      return this;
    }

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

    public JsonLimits build() {
      return new JsonLimits(this);
    }
  }
}
