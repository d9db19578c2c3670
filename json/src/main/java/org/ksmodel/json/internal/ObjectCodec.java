package org.ksmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.Severity;

/**
 * An object type of the wire format, declared as a list of {@link Field}s: read member by member
 * straight into the type's builder (no intermediate tree), written member by member.
 *
 * @param <B> the builder (an Immutables builder, or a small holder for hand-written values)
 * @param <T> the value
 */
public final class ObjectCodec<B, T> extends Codec<T> {
  private final String name;
  private final String description;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final Field<B, T>[] fields;
  private final Map<String, Integer> positions = new HashMap<>();
  private final long requiredMask;
  private Consumer<ObjectNode> refinement = schema -> {};

  // The fields array is copied and never handed out, so no caller's array can be polluted.
  @SafeVarargs
  @SuppressWarnings("varargs")
  public ObjectCodec(
      String name,
      String description,
      Supplier<B> newBuilder,
      Function<B, T> build,
      Field<B, T>... fields) {
    if (fields.length > 64) {
      throw new IllegalArgumentException("at most 64 members per object type");
    }
    this.name = name;
    this.description = description;
    this.newBuilder = newBuilder;
    this.build = build;
    this.fields = fields.clone();
    long required = 0;
    for (int i = 0; i < fields.length; i++) {
      positions.put(fields[i].name, i);
      if (fields[i].required) {
        required |= 1L << i;
      }
    }
    this.requiredMask = required;
  }

  /** The name of the type in the schema's definitions, e.g. {@code Institution}. */
  public String name() {
    return name;
  }

  @Override
  public T read(In in) throws IOException {
    return read(in, null);
  }

  /** Reads the object; a member named {@code passed} (the NDJSON {@code kind}) is skipped. */
  public T read(In in, String passed) throws IOException {
    if (in.parser.currentToken() != JsonToken.START_OBJECT) {
      in.wrongType("an object (" + name + ")");
      return null;
    }
    return readMembers(in, passed);
  }

  /**
   * Reads the members up to the end of the object, the parser being on its start or on a member
   * already read. A member named {@code passed} (the NDJSON {@code kind}) is skipped silently.
   */
  public T readMembers(In in, String passed) throws IOException {
    return readMembers(in, passed, false);
  }

  /**
   * Like {@link #readMembers(In, String)}; {@code passedRead} says that the member named {@code
   * passed} was read before this call, so that another one is a duplicate. Only the first is
   * skipped silently.
   */
  public T readMembers(In in, String passed, boolean passedRead) throws IOException {
    JsonParser parser = in.parser;
    B builder = newBuilder.get();
    long seen = 0;
    boolean failed = false;
    int expected = 0;
    while (true) {
      String member;
      int position;
      // Members usually come in the order the writer puts them: the parser compares the next
      // name's bytes with the expected one's, skipping the look-up of the name in its symbols.
      if (expected < fields.length && parser.nextFieldName(fields[expected].wireName)) {
        position = expected;
        member = fields[position].name;
      } else {
        // A failed match has moved the parser on already.
        JsonToken next = expected < fields.length ? parser.currentToken() : parser.nextToken();
        if (next != JsonToken.FIELD_NAME) {
          break;
        }
        member = parser.currentName();
        position = positionOf(member, expected);
      }
      in.pushMember(member);
      JsonToken token = parser.nextToken();
      if (position >= 0) {
        expected = position + 1;
      }
      if (position < 0) {
        if (member.equals(passed) && !passedRead) {
          passedRead = true;
          parser.skipChildren();
        } else if (member.equals(passed)) {
          in.duplicateMember(member);
        } else {
          in.unknownMember(member);
        }
      } else if ((seen & (1L << position)) != 0) {
        in.duplicateMember(member);
      } else if (token == JsonToken.VALUE_NULL) {
        in.nullValue();
      } else {
        seen |= 1L << position;
        Field<B, T> field = fields[position];
        if (!field.read(in, builder) && field.required) {
          failed = true;
        }
      }
      in.pop();
    }
    long missing = requiredMask & ~seen;
    if (missing != 0) {
      for (int i = 0; i < fields.length; i++) {
        if ((missing & (1L << i)) != 0) {
          String absent = fields[i].name;
          in.pushMember(absent);
          in.report(
              Problems.MEMBER_MISSING,
              Severity.ERROR,
              name + " needs the member '" + absent + "'",
              absent);
          in.pop();
        }
      }
      return null;
    }
    if (failed) {
      return null;
    }
    try {
      return build.apply(builder);
    } catch (InvalidValueException e) {
      in.construction(e);
      return null;
    }
  }

  /**
   * The position of a member, or -1. Usually an optional member or two were left out: the parser
   * interns names, so the next few are compared by reference before the names are looked up.
   */
  private int positionOf(String member, int expected) {
    for (int i = expected; i < fields.length && i < expected + 4; i++) {
      if (fields[i].name == member) {
        return i;
      }
    }
    Integer known = positions.get(member);
    return known == null ? -1 : known;
  }

  @Override
  public void write(JsonGenerator out, T value) throws IOException {
    out.writeStartObject();
    writeMembers(out, value);
    out.writeEndObject();
  }

  /** Writes the members, without the braces. */
  public void writeMembers(JsonGenerator out, T value) throws IOException {
    for (Field<B, T> field : fields) {
      field.write(out, value);
    }
  }

  @Override
  public ObjectNode schema(SchemaContext context) {
    return context.reference(name, () -> definition(context, null));
  }

  /** The definition of the type; with {@code extra}, one more required string member first. */
  public ObjectNode definition(SchemaContext context, ObjectNode extra) {
    ObjectNode schema = SchemaContext.node().put("description", description).put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = SchemaContext.node().arrayNode();
    if (extra != null) {
      properties.set("kind", extra);
      required.add("kind");
    }
    for (Field<B, T> field : fields) {
      properties.set(field.name, field.schema(context));
      if (field.required) {
        required.add(field.name);
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    refinement.accept(schema);
    return schema;
  }

  /**
   * Adds to the type's schema what the model checks beyond the members' own forms (a range, a
   * member that excludes another), so that the schema refuses what the strict reader refuses.
   * Called once, where the codec is declared.
   */
  ObjectCodec<B, T> refined(Consumer<ObjectNode> refinement) {
    this.refinement = refinement;
    return this;
  }
}
