package org.ksmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.json.JsonLimits;

/**
 * The state of one read: the parser, the JSON Pointer of the value being read (kept as a cheap
 * stack, turned into a {@link DataPath} only when a problem is reported), the problems found and
 * the raw JSON of the members that were not bound.
 */
public final class In {
  final JsonParser parser;
  private final boolean strict;
  private final boolean strictDuplicates;
  private final boolean keepUnbound;
  private final JsonLimits limits;
  private final DataPath base;
  private final long lineBase;
  private final List<Violation> problems = new ArrayList<>();
  private final Map<String, String> unbound = new LinkedHashMap<>();

  // The pointer as a stack: a member name, or null with the index in indexes.
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  /** Whether the document declares a newer minor version: unknown members are then warnings. */
  boolean forwardCompatible;

  /** The records of the read that are not in its value; set by {@link Reads} for each read. */
  Quarantine quarantine;

  /** The input's text, for the parts of a record that are left out; set by {@link Reads}. */
  RawCapture capture = RawCapture.NONE;

  /**
   * A read with the parser, the mode and the limits; {@code lineBase} is added to the parser's line
   * numbers (an NDJSON line is parsed on its own but reported with its line in the file).
   */
  public In(JsonParser parser, boolean strict, JsonLimits limits, long lineBase) {
    this(parser, strict, strict, true, limits, DataPath.root(), lineBase);
  }

  /**
   * A read of the Jackson module: duplicates are reported as the mode says ({@code
   * strictDuplicates}) or as warnings, the first one kept; {@code keepUnbound} false skips what is
   * not bound instead of copying it; pointers start at {@code base}, where the value is in the
   * mapper's document.
   */
  In(
      JsonParser parser,
      boolean strict,
      boolean strictDuplicates,
      boolean keepUnbound,
      JsonLimits limits,
      DataPath base,
      long lineBase) {
    this.parser = parser;
    this.strict = strict;
    this.strictDuplicates = strictDuplicates;
    this.keepUnbound = keepUnbound;
    this.limits = limits;
    this.base = base;
    this.lineBase = lineBase;
  }

  public JsonParser parser() {
    return parser;
  }

  public boolean strict() {
    return strict;
  }

  public JsonLimits limits() {
    return limits;
  }

  public long lineBase() {
    return lineBase;
  }

  public List<Violation> problems() {
    return problems;
  }

  /** The raw JSON of members that were not bound to the model, by JSON Pointer. */
  public Map<String, String> unbound() {
    return unbound;
  }

  public void setForwardCompatible(boolean forwardCompatible) {
    this.forwardCompatible = forwardCompatible;
  }

  // ---------------------------------------------------------------- the pointer

  public void pushMember(String name) {
    grow();
    names[depth] = name;
    depth++;
  }

  public void pushIndex(int index) {
    grow();
    names[depth] = null;
    indexes[depth] = index;
    depth++;
  }

  public void pop() {
    depth--;
  }

  private void grow() {
    if (depth == names.length) {
      names = java.util.Arrays.copyOf(names, depth * 2);
      indexes = java.util.Arrays.copyOf(indexes, depth * 2);
    }
  }

  /** The path of the value being read. */
  public DataPath path() {
    DataPath path = base;
    for (int i = 0; i < depth; i++) {
      path = names[i] == null ? path.index(indexes[i]) : path.member(names[i]);
    }
    return path;
  }

  // ---------------------------------------------------------------- problems

  /** Strict mode makes a problem an error; lenient mode a warning. */
  public Severity soft() {
    return strict ? Severity.ERROR : Severity.WARNING;
  }

  public void report(String code, Severity severity, String message, String... arguments) {
    report(code, severity, path(), parser.currentTokenLocation(), message, arguments);
  }

  public void report(
      String code,
      Severity severity,
      DataPath path,
      JsonLocation location,
      String message,
      String... arguments) {
    problems.add(Problems.of(code, severity, path, location, lineBase, message, arguments));
  }

  /** A construction problem of core, located under the value being read. */
  public void construction(InvalidValueException e) {
    Violation violation = e.violation();
    problems.add(
        Problems.of(
            violation.code(),
            Severity.ERROR,
            path().resolve(violation.path()),
            parser.currentTokenLocation(),
            lineBase,
            violation.message(),
            violation.arguments().toArray(String[]::new)));
  }

  /**
   * A value of a JSON type that cannot stand for what is expected: it is left out, its raw JSON
   * kept (see {@link #keepLeftOut}).
   */
  public void wrongType(String expected) throws IOException {
    report(
        Problems.TYPE,
        Severity.ERROR,
        "expected " + expected + ", got " + describe(parser.currentToken()),
        expected,
        describe(parser.currentToken()));
    if (keepUnbound && !unbound.containsKey(path().toJsonPointer())) {
      keepRaw();
    } else {
      parser.finishToken();
      parser.skipChildren();
    }
  }

  /**
   * A value that could not be read has been left out, the parser on its last token: its raw JSON
   * goes to the unbound members under its pointer, unless something is kept there already (an
   * unknown enum constant, a value of the wrong type). An object or array is sliced from the input
   * between {@code start}, where it starts, and the parser's position; a scalar is copied. Returns
   * false when the text of an object or array could not be kept (input in UTF-16 or UTF-32, or a
   * part of a stream longer than what the reader keeps of it).
   */
  boolean keepLeftOut(JsonLocation start) throws IOException {
    if (!keepUnbound) {
      return true;
    }
    String pointer = path().toJsonPointer();
    if (unbound.containsKey(pointer)) {
      return true;
    }
    JsonToken token = parser.currentToken();
    if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
      String raw = start == null ? null : capture.slice(start, parser.currentLocation());
      if (raw == null) {
        return false;
      }
      unbound.put(pointer, raw);
    } else if (token != null && token != JsonToken.VALUE_NULL) {
      unbound.put(pointer, scalarJson());
    }
    return true;
  }

  /** A value of another JSON type that can be converted (a number for a string, ...). */
  public void coercion(String expected) {
    report(
        Problems.COERCION,
        soft(),
        "expected " + expected + ", got " + describe(parser.currentToken()) + " " + rawText(),
        expected,
        describe(parser.currentToken()));
  }

  public void nullValue() {
    report(Problems.NULL, soft(), "null is not a value; leave the member out instead");
  }

  /**
   * A member that is not part of the format (already pushed on the pointer, the parser on its
   * value): reported, and kept as raw JSON.
   */
  public void unknownMember(String name) throws IOException {
    Severity severity = forwardCompatible ? Severity.WARNING : soft();
    report(
        Problems.MEMBER_UNKNOWN,
        severity,
        "unknown member '" + name + "'" + (forwardCompatible ? " (newer minor version)" : ""),
        name);
    keepRaw();
  }

  /**
   * A member given twice (already pushed, the parser on its value): the first one is kept, the
   * later one reported and kept as raw JSON.
   */
  public void duplicateMember(String name) throws IOException {
    report(
        Problems.KEY_DUPLICATE,
        strictDuplicates ? soft() : Severity.WARNING,
        "member '" + name + "' appears more than once; the first one is kept",
        name);
    keepRaw();
  }

  /**
   * Keeps the raw JSON of the current value (a later duplicate wins the pointer), skipping it; a
   * read that keeps nothing unbound only skips it.
   */
  public void keepRaw() throws IOException {
    if (!keepUnbound) {
      // A string is decoded as the copy would decode it, so that bad bytes are found here.
      parser.finishToken();
      parser.skipChildren();
      return;
    }
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      StringWriter raw = new StringWriter();
      try (JsonGenerator copy = Json.generator(raw)) {
        copy.copyCurrentStructure(parser);
      }
      unbound.put(path().toJsonPointer(), raw.toString());
    } else {
      unbound.put(path().toJsonPointer(), scalarJson());
    }
  }

  private String scalarJson() throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      StringWriter raw = new StringWriter();
      try (JsonGenerator copy = Json.generator(raw)) {
        copy.writeString(parser.getText());
      }
      return raw.toString();
    }
    return parser.getText();
  }

  String rawText() {
    try {
      JsonToken token = parser.currentToken();
      if (token == null || token.isStructStart()) {
        return "";
      }
      String text = parser.getText();
      return token == JsonToken.VALUE_STRING ? "'" + text + "'" : text;
    } catch (IOException e) {
      return "";
    }
  }

  /** A token in words, for messages: "a string", "an array", "nothing" at the end of input. */
  public static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }
}
