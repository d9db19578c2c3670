package org.ksmodel.json.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.ksmodel.common.InvalidValueException;

/**
 * The keys of an object that maps keys to values: enum constants or code values, as member names.
 *
 * @param <K> the key type
 */
public abstract class Keys<K> {
  /** The key for a member name, or null when it is not one (the problem is reported). */
  abstract K parse(In in, String name);

  abstract String print(K key);

  abstract ObjectNode schema();

  /** Enum constants by name; an unknown name is reported as {@code json.enum.unknown}. */
  public static <E extends Enum<E>> Keys<E> of(Class<E> type) {
    Map<String, E> byName = new HashMap<>();
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
    }
    return new Keys<>() {
      @Override
      E parse(In in, String name) {
        E key = byName.get(name);
        if (key == null) {
          in.report(
              Problems.ENUM_UNKNOWN,
              in.soft(),
              "unknown " + type.getSimpleName() + " '" + name + "'",
              type.getSimpleName(),
              name);
        }
        return key;
      }

      @Override
      String print(E key) {
        return key.name();
      }

      @Override
      ObjectNode schema() {
        ObjectNode schema = SchemaContext.node();
        com.fasterxml.jackson.databind.node.ArrayNode names = schema.putArray("enum");
        for (E constant : type.getEnumConstants()) {
          names.add(constant.name());
        }
        return schema;
      }
    };
  }

  /**
   * Code values parsed from text, such as language codes; a malformed one is reported. Keys read
   * are kept in a small table by name, since the same few repeat all over a document; the parser
   * interns names, so a kept one is usually found by reference.
   */
  public static <K> Keys<K> parsed(
      Function<String, K> parse, Function<K, String> print, String pattern) {
    Known<?>[] table = new Known<?>[256];
    return new Keys<>() {
      @Override
      K parse(In in, String name) {
        int slot = name.hashCode() & (table.length - 1);
        @SuppressWarnings("unchecked")
        Known<K> known = (Known<K>) table[slot];
        if (known != null && known.name.equals(name)) {
          return known.key;
        }
        try {
          K key = parse.apply(name);
          table[slot] = new Known<>(name, key);
          return key;
        } catch (InvalidValueException e) {
          in.construction(e);
          return null;
        }
      }

      @Override
      String print(K key) {
        return print.apply(key);
      }

      @Override
      ObjectNode schema() {
        return SchemaContext.node().put("pattern", pattern);
      }
    };
  }

  /** A key read, with its name; immutable, so that threads sharing a table at worst miss. */
  private static final class Known<K> {
    final String name;
    final K key;

    Known(String name, K key) {
      this.name = name;
      this.key = key;
    }
  }
}
