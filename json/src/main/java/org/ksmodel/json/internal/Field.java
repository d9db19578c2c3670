package org.ksmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;

/**
 * One member of an object type: its wire name, how to read it into a builder and how to write it
 * from a value. Reading and writing come from the same declaration, so they cannot drift apart.
 *
 * @param <B> the builder
 * @param <T> the value
 */
public abstract class Field<B, T> {
  final String name;

  /** The name quoted and encoded once, for writing and for matching in the parser's bytes. */
  final SerializedString wireName;

  final boolean required;

  private Field(String name, boolean required) {
    this.name = name.intern(); // the parser interns the names it reads: see ObjectCodec
    this.wireName = new SerializedString(name);
    this.required = required;
  }

  /** A sink of key-value pairs, such as a builder's {@code putX(key, value)}. */
  @FunctionalInterface
  public interface Put<B, K, V> {
    void put(B builder, K key, V value);
  }

  /**
   * Reads the member's value (the parser is on its first token, never null) into the builder.
   * Returns false when the value could not be read.
   */
  abstract boolean read(In in, B builder) throws IOException;

  /** Writes the member, unless it is absent or empty. */
  abstract void write(JsonGenerator out, T value) throws IOException;

  abstract ObjectNode schema(SchemaContext context);

  /** A member that must be present. */
  public static <B, T, V> Field<B, T> required(
      String name, Function<T, V> get, Codec<V> codec, BiConsumer<B, V> set) {
    return new Single<>(name, true, get, null, codec, set);
  }

  /** A member with a default value: always written, taking the default when absent. */
  public static <B, T, V> Field<B, T> defaulted(
      String name, Function<T, V> get, Codec<V> codec, BiConsumer<B, V> set) {
    return new Single<>(name, false, get, null, codec, set);
  }

  /**
   * A boolean member that is false by default: written only when true, false when absent. (Unlike
   * {@link #defaulted}, so that a 1.1 flag leaves a document without it unchanged.)
   */
  public static <B, T> Field<B, T> flag(String name, Predicate<T> get, BiConsumer<B, Boolean> set) {
    return new Single<>(
        name,
        false,
        null,
        value -> get.test(value) ? Optional.of(Boolean.TRUE) : Optional.empty(),
        Scalars.BOOLEAN,
        set);
  }

  /**
   * A member that may hold personal data: read as {@code field}, and left out when the generator
   * writes without personal data ({@link PersonalData#omits}).
   */
  public static <B, T> Field<B, T> personal(Field<B, T> field) {
    return new Personal<>(field);
  }

  private static final class Personal<B, T> extends Field<B, T> {
    private final Field<B, T> field;

    Personal(Field<B, T> field) {
      super(field.name, field.required);
      this.field = field;
    }

    @Override
    boolean read(In in, B builder) throws IOException {
      return field.read(in, builder);
    }

    @Override
    void write(JsonGenerator out, T value) throws IOException {
      if (!PersonalData.omits(out)) {
        field.write(out, value);
      }
    }

    @Override
    ObjectNode schema(SchemaContext context) {
      return field.schema(context);
    }
  }

  /** An optional member: left out when empty. */
  public static <B, T, V> Field<B, T> optional(
      String name, Function<T, Optional<V>> get, Codec<V> codec, BiConsumer<B, V> set) {
    return new Single<>(name, false, null, get, codec, set);
  }

  /** An array member (a list or a set): left out when empty, empty when absent. */
  public static <B, T, V> Field<B, T> list(
      String name, Function<T, ? extends Collection<V>> get, Codec<V> codec, BiConsumer<B, V> add) {
    return new Many<>(name, get, codec, add);
  }

  /** An object member mapping keys to values: left out when empty, empty when absent. */
  public static <B, T, K, V> Field<B, T> map(
      String name, Function<T, Map<K, V>> get, Keys<K> keys, Codec<V> codec, Put<B, K, V> put) {
    return new Mapped<>(name, false, get, keys, codec, put);
  }

  /** Like {@link #map} for a member that must be present. */
  public static <B, T, K, V> Field<B, T> requiredMap(
      String name, Function<T, Map<K, V>> get, Keys<K> keys, Codec<V> codec, Put<B, K, V> put) {
    return new Mapped<>(name, true, get, keys, codec, put);
  }

  /** A single value: always there ({@code get}) or optional ({@code getOptional}). */
  private static final class Single<B, T, V> extends Field<B, T> {
    private final Function<T, V> get;
    private final Function<T, Optional<V>> getOptional;
    private final Codec<V> codec;
    private final BiConsumer<B, V> set;

    Single(
        String name,
        boolean required,
        Function<T, V> get,
        Function<T, Optional<V>> getOptional,
        Codec<V> codec,
        BiConsumer<B, V> set) {
      super(name, required);
      this.get = get;
      this.getOptional = getOptional;
      this.codec = codec;
      this.set = set;
    }

    @Override
    boolean read(In in, B builder) throws IOException {
      JsonLocation start =
          in.parser.currentToken().isStructStart() ? in.parser.currentTokenLocation() : null;
      V value = codec.read(in);
      if (value == null) {
        // A required member fails its container, which is reported instead.
        leftOut(in, start, !required, "'" + name + "' left out: not valid");
        return false;
      }
      set.accept(builder, value);
      return true;
    }

    @Override
    void write(JsonGenerator out, T value) throws IOException {
      V member = get != null ? get.apply(value) : getOptional.apply(value).orElse(null);
      if (member != null) {
        out.writeFieldName(wireName);
        codec.write(out, member);
      }
    }

    @Override
    ObjectNode schema(SchemaContext context) {
      return codec.schema(context);
    }
  }

  private static final class Many<B, T, V> extends Field<B, T> {
    private final Function<T, ? extends Collection<V>> get;
    private final Codec<V> codec;
    private final BiConsumer<B, V> add;

    Many(
        String name,
        Function<T, ? extends Collection<V>> get,
        Codec<V> codec,
        BiConsumer<B, V> add) {
      super(name, false);
      this.get = get;
      this.codec = codec;
      this.add = add;
    }

    @Override
    boolean read(In in, B builder) throws IOException {
      if (in.parser.currentToken() != JsonToken.START_ARRAY) {
        in.wrongType("an array");
        return false;
      }
      for (int index = 0; ; index++) {
        in.pushIndex(index);
        JsonToken token = in.parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
          in.pop();
          break;
        }
        if (token == JsonToken.VALUE_NULL) {
          in.nullValue();
        } else {
          JsonLocation start =
              in.parser.currentToken().isStructStart() ? in.parser.currentTokenLocation() : null;
          V value = codec.read(in);
          if (value != null) {
            add.accept(builder, value);
          } else {
            leftOut(in, start, true, "element left out: not valid");
          }
        }
        in.pop();
      }
      return true;
    }

    @Override
    void write(JsonGenerator out, T value) throws IOException {
      Collection<V> values = get.apply(value);
      if (!values.isEmpty()) {
        out.writeFieldName(wireName);
        out.writeStartArray();
        if (values instanceof List && values instanceof RandomAccess) {
          List<V> list = (List<V>) values;
          for (int i = 0; i < list.size(); i++) {
            codec.write(out, list.get(i));
          }
        } else {
          for (V element : values) {
            codec.write(out, element);
          }
        }
        out.writeEndArray();
      }
    }

    @Override
    ObjectNode schema(SchemaContext context) {
      ObjectNode schema = SchemaContext.node().put("type", "array");
      schema.set("items", codec.schema(context));
      return schema;
    }
  }

  private static final class Mapped<B, T, K, V> extends Field<B, T> {
    private final Function<T, Map<K, V>> get;
    private final Keys<K> keys;
    private final Codec<V> codec;
    private final Put<B, K, V> put;

    Mapped(
        String name,
        boolean required,
        Function<T, Map<K, V>> get,
        Keys<K> keys,
        Codec<V> codec,
        Put<B, K, V> put) {
      super(name, required);
      this.get = get;
      this.keys = keys;
      this.codec = codec;
      this.put = put;
    }

    @Override
    boolean read(In in, B builder) throws IOException {
      if (in.parser.currentToken() != JsonToken.START_OBJECT) {
        in.wrongType("an object");
        return false;
      }
      SeenNames seen = new SeenNames();
      String name;
      while ((name = in.parser.nextFieldName()) != null) {
        in.pushMember(name);
        JsonToken token = in.parser.nextToken();
        if (!seen.add(name)) {
          in.duplicateMember(name);
        } else {
          K key = keys.parse(in, name);
          if (key == null) {
            in.keepRaw();
          } else if (token == JsonToken.VALUE_NULL) {
            in.nullValue();
          } else {
            JsonLocation start =
                in.parser.currentToken().isStructStart() ? in.parser.currentTokenLocation() : null;
            V value = codec.read(in);
            if (value != null) {
              put.put(builder, key, value);
            } else {
              leftOut(in, start, true, "entry left out: not valid");
            }
          }
        }
        in.pop();
      }
      return true;
    }

    @Override
    void write(JsonGenerator out, T value) throws IOException {
      Map<K, V> entries = get.apply(value);
      if (!entries.isEmpty()) {
        out.writeFieldName(wireName);
        out.writeStartObject();
        // forEach reaches the backing map of an unmodifiable one without wrapping each entry.
        try {
          entries.forEach(
              (key, entry) -> {
                try {
                  out.writeFieldName(keys.print(key));
                  codec.write(out, entry);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        out.writeEndObject();
      }
    }

    @Override
    ObjectNode schema(SchemaContext context) {
      ObjectNode schema = SchemaContext.node().put("type", "object");
      schema.set("propertyNames", keys.schema());
      schema.set("additionalProperties", codec.schema(context));
      return schema;
    }
  }

  /**
   * A value that could not be read is left out and its raw JSON kept; an object (that starts at
   * {@code start}, null for a scalar) is reported as dropped when {@code report}, located where it
   * starts, not at the brace that ends it.
   */
  private static void leftOut(In in, JsonLocation start, boolean report, String message)
      throws IOException {
    DataPath path = in.path();
    // A value of the wrong JSON type, or an unknown constant, is kept and reported already.
    boolean explained = explained(in, path);
    boolean kept = in.keepLeftOut(start);
    if (start != null && report && !explained) {
      in.report(
          Problems.VALUE_DROPPED,
          Severity.ERROR,
          path,
          start,
          kept ? message : message + "; " + RawCapture.NOT_KEPT);
    }
  }

  private static boolean explained(In in, DataPath path) {
    List<Violation> problems = in.problems();
    if (problems.isEmpty()) {
      return false;
    }
    Violation last = problems.get(problems.size() - 1);
    return (last.code().equals(Problems.TYPE) || last.code().equals(Problems.ENUM_UNKNOWN))
        && last.path().equals(path);
  }
}
