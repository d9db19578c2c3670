package org.ksmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.Severity;

/**
 * The codecs of single JSON values: strings, booleans, numbers, dates, years, URIs, enum constants
 * and code values written as strings.
 *
 * <p>Each reads its own JSON type silently; a value of another JSON type that converts without loss
 * (the string {@code "true"} for a boolean, the number {@code 5} for a string) is a {@code
 * json.coercion}: an error in strict mode, a warning in lenient mode, where the value is converted.
 */
public final class Scalars {
  private Scalars() {}

  /** Free text. */
  public static final Codec<String> STRING =
      new Codec<>() {
        @Override
        public String read(In in) throws IOException {
          return text(in, "a string");
        }

        @Override
        public void write(JsonGenerator out, String value) throws IOException {
          out.writeString(value);
        }

        @Override
        public ObjectNode schema(SchemaContext context) {
          return SchemaContext.node().put("type", "string");
        }
      };

  public static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public Boolean read(In in) throws IOException {
          JsonToken token = in.parser.currentToken();
          if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
          }
          if (token == JsonToken.VALUE_STRING) {
            String text = in.parser.getText();
            if (text.equals("true") || text.equals("false")) {
              in.coercion("a boolean");
              return Boolean.valueOf(text);
            }
          }
          in.wrongType("a boolean");
          return null;
        }

        @Override
        public void write(JsonGenerator out, Boolean value) throws IOException {
          out.writeBoolean(value);
        }

        @Override
        public ObjectNode schema(SchemaContext context) {
          return SchemaContext.node().put("type", "boolean");
        }
      };

  /** A whole number that fits an {@code int}. */
  public static final Codec<Integer> INT =
      new Codec<>() {
        @Override
        public Integer read(In in) throws IOException {
          JsonParser parser = in.parser;
          JsonToken token = parser.currentToken();
          if (token == JsonToken.VALUE_NUMBER_INT
              && parser.getNumberType() == JsonParser.NumberType.INT
              && parser.getTextLength() <= in.limits().maxNumberLength()) {
            return parser.getIntValue(); // the usual case, without a BigDecimal
          }
          BigDecimal number = number(in, "an integer");
          if (number == null) {
            return null;
          }
          boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
          if (!whole) {
            in.wrongType("an integer");
            return null;
          }
          if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            in.coercion("an integer");
          }
          try {
            return number.intValueExact();
          } catch (ArithmeticException e) {
            in.report(
                Problems.NUMBER_RANGE,
                Severity.ERROR,
                "expected a whole number between "
                    + Integer.MIN_VALUE
                    + " and "
                    + Integer.MAX_VALUE
                    + ", got "
                    + number.toPlainString(),
                number.toPlainString());
            return null;
          }
        }

        @Override
        public void write(JsonGenerator out, Integer value) throws IOException {
          out.writeNumber(value);
        }

        @Override
        public ObjectNode schema(SchemaContext context) {
          return SchemaContext.node()
              .put("type", "integer")
              .put("minimum", Integer.MIN_VALUE)
              .put("maximum", Integer.MAX_VALUE);
        }
      };

  /** A decimal number, read exactly (never through a double). */
  public static final Codec<BigDecimal> DECIMAL =
      new Codec<>() {
        @Override
        public BigDecimal read(In in) throws IOException {
          return number(in, "a number");
        }

        @Override
        public void write(JsonGenerator out, BigDecimal value) throws IOException {
          out.writeNumber(value);
        }

        @Override
        public ObjectNode schema(SchemaContext context) {
          return SchemaContext.node().put("type", "number");
        }
      };

  /** A calendar day, {@code YYYY-MM-DD} (ISO 8601). */
  public static final Codec<LocalDate> DATE =
      new Codec<>() {
        @Override
        public LocalDate read(In in) throws IOException {
          JsonParser parser = in.parser;
          if (parser.currentToken() == JsonToken.VALUE_STRING && parser.getTextLength() == 10) {
            // The usual case, read from the parser's buffer without making a String.
            LocalDate date = parseDate(parser.getTextCharacters(), parser.getTextOffset());
            if (date != null) {
              return date;
            }
          }
          String text = text(in, "a date");
          if (text == null) {
            return null;
          }
          LocalDate date = parseDate(text);
          if (date == null) {
            in.report(
                Problems.DATE,
                Severity.ERROR,
                "expected a date such as 2024-03-31 (ISO 8601, YYYY-MM-DD), got '"
                    + abbreviate(text)
                    + "'",
                abbreviate(text));
          }
          return date;
        }

        @Override
        public void write(JsonGenerator out, LocalDate value) throws IOException {
          int year = value.getYear();
          if (year < 0 || year > 9999) {
            out.writeString(value.toString());
            return;
          }
          // Formatted by hand: LocalDate.toString() goes through a StringBuilder.
          char[] text = new char[10];
          digits(text, 0, year, 4);
          text[4] = '-';
          digits(text, 5, value.getMonthValue(), 2);
          text[7] = '-';
          digits(text, 8, value.getDayOfMonth(), 2);
          out.writeString(text, 0, 10);
        }

        @Override
        public ObjectNode schema(SchemaContext context) {
          return SchemaContext.node()
              .put("type", "string")
              .put("format", "date")
              .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        }
      };

  /** A year, as a whole number such as {@code 2019}. */
  public static final Codec<Year> YEAR =
      new Codec<>() {
        @Override
        public Year read(In in) throws IOException {
          Integer number = INT.read(in);
          if (number == null) {
            return null;
          }
          if (number < Year.MIN_VALUE || number > Year.MAX_VALUE) {
            in.report(
                Problems.NUMBER_RANGE,
                Severity.ERROR,
                "year " + number + " is out of range",
                number.toString());
            return null;
          }
          return Year.of(number);
        }

        @Override
        public void write(JsonGenerator out, Year value) throws IOException {
          out.writeNumber(value.getValue());
        }

        @Override
        public ObjectNode schema(SchemaContext context) {
          return SchemaContext.node().put("type", "integer");
        }
      };

  /** A URI reference (RFC 3986). */
  public static final Codec<URI> URI_CODEC =
      new Codec<>() {
        @Override
        public URI read(In in) throws IOException {
          String text = text(in, "a URI");
          if (text == null) {
            return null;
          }
          try {
            return new URI(text);
          } catch (URISyntaxException e) {
            in.report(
                Problems.URI,
                Severity.ERROR,
                "not a URI: '" + abbreviate(text) + "' (" + e.getReason() + ")",
                abbreviate(text));
            return null;
          }
        }

        @Override
        public void write(JsonGenerator out, URI value) throws IOException {
          out.writeString(value.toString());
        }

        @Override
        public ObjectNode schema(SchemaContext context) {
          return SchemaContext.node().put("type", "string").put("format", "uri-reference");
        }
      };

  /** Enum constants by name; an unknown name is a {@code json.enum.unknown}, kept as raw JSON. */
  public static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
    E[] constants = type.getEnumConstants();
    Map<String, E> byName = new HashMap<>();
    for (E constant : constants) {
      byName.put(constant.name(), constant);
    }
    TextTable<E> table = TextTable.of(constants);
    SerializedString[] names = new SerializedString[constants.length];
    for (E constant : constants) {
      names[constant.ordinal()] = new SerializedString(constant.name());
    }
    String label = "a " + type.getSimpleName();
    return new Codec<>() {
      @Override
      public E read(In in) throws IOException {
        JsonParser parser = in.parser;
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
          // The usual case, found from the parser's buffer without making a String.
          E known = lookUp(parser, table);
          if (known != null) {
            return known;
          }
        }
        String text = text(in, label);
        if (text == null) {
          return null;
        }
        E constant = byName.get(text);
        if (constant == null) {
          in.report(
              Problems.ENUM_UNKNOWN,
              in.soft(),
              "unknown " + type.getSimpleName() + " '" + abbreviate(text) + "'",
              type.getSimpleName(),
              abbreviate(text));
          in.keepRaw();
        }
        return constant;
      }

      @Override
      public void write(JsonGenerator out, E value) throws IOException {
        out.writeString(names[value.ordinal()]);
      }

      @Override
      public ObjectNode schema(SchemaContext context) {
        return context.reference(
            type.getSimpleName(),
            () -> {
              ObjectNode schema = SchemaContext.node().put("type", "string");
              ArrayNode names = schema.putArray("enum");
              for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
              }
              return schema;
            });
      }
    };
  }

  /**
   * A value written as a string, such as an id or a code; a malformed one is reported with the
   * construction code of core ({@code value.form}, {@code value.blank}, ...).
   */
  public static <T> Codec<T> textual(
      String name, Function<String, T> parse, Function<T, String> print, String pattern) {
    return textual(name, parse, print, pattern, false);
  }

  /**
   * Like {@link #textual(String, Function, Function, String)}; with {@code cached}, values read are
   * kept (in a bounded table) so that a code repeated all over a document, such as a country or a
   * language, is checked and built once.
   */
  public static <T> Codec<T> textual(
      String name,
      Function<String, T> parse,
      Function<T, String> print,
      String pattern,
      boolean cached) {
    String label = "a " + name;
    TextTable<T> cache = cached ? TextTable.cache() : null;
    return new Codec<>() {
      @Override
      public T read(In in) throws IOException {
        if (cache != null && in.parser.currentToken() == JsonToken.VALUE_STRING) {
          T known = lookUp(in.parser, cache);
          if (known != null) {
            return known;
          }
        }
        String text = text(in, label);
        if (text == null) {
          return null;
        }
        try {
          T value = parse.apply(text);
          if (cache != null) {
            cache.put(text, value);
          }
          return value;
        } catch (InvalidValueException e) {
          in.construction(e);
          return null;
        }
      }

      @Override
      public void write(JsonGenerator out, T value) throws IOException {
        out.writeString(print.apply(value));
      }

      @Override
      public ObjectNode schema(SchemaContext context) {
        return context.reference(
            name,
            () -> {
              ObjectNode schema = SchemaContext.node().put("type", "string");
              if (pattern != null) {
                schema.put("pattern", pattern);
              } else {
                schema.put("minLength", 1).put("pattern", "^\\S(.*\\S)?$");
              }
              return schema;
            });
      }
    };
  }

  // ---------------------------------------------------------------- helpers

  /** The text of a string (or, as a coercion, of a number or boolean); null for other types. */
  static String text(In in, String expected) throws IOException {
    JsonParser parser = in.parser;
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    if (token == JsonToken.VALUE_NUMBER_INT
        || token == JsonToken.VALUE_NUMBER_FLOAT
        || token == JsonToken.VALUE_TRUE
        || token == JsonToken.VALUE_FALSE) {
      in.coercion(expected);
      return parser.getText();
    }
    in.wrongType(expected);
    return null;
  }

  /**
   * A number read exactly; a string holding a number is a coercion. Numbers whose magnitude or
   * precision exceeds the number-length limit stop the read, since writing them out in full could
   * take unbounded memory.
   */
  static BigDecimal number(In in, String expected) throws IOException {
    JsonParser parser = in.parser;
    JsonToken token = parser.currentToken();
    BigDecimal number;
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      try {
        number = parser.getDecimalValue();
      } catch (NumberFormatException | ArithmeticException e) {
        throw new LimitExceeded(Problems.LIMIT_NUMBER, "number out of range: " + e.getMessage());
      }
    } else if (token == JsonToken.VALUE_STRING) {
      String text = parser.getText().strip();
      if (text.length() > in.limits().maxNumberLength() || !looksNumeric(text)) {
        in.wrongType(expected);
        return null;
      }
      try {
        number = new BigDecimal(text);
      } catch (NumberFormatException e) {
        in.wrongType(expected);
        return null;
      }
      in.coercion(expected);
    } else {
      in.wrongType(expected);
      return null;
    }
    int limit = in.limits().maxNumberLength();
    long integerDigits = number.precision() - (long) number.scale();
    long decimals = number.scale();
    if (integerDigits > limit || decimals > limit || -decimals > limit) {
      // The measure is the number written in full: 1e400 is short text but 401 digits.
      long written = Math.max(integerDigits, Math.max(decimals, 1));
      throw new LimitExceeded(
          Problems.LIMIT_NUMBER,
          "number "
              + abbreviate(parser.getText())
              + " has "
              + written
              + (integerDigits >= decimals ? " integer digits" : " decimals")
              + " written in full, more than the limit of "
              + limit);
    }
    return number;
  }

  private static boolean looksNumeric(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return false;
      }
    }
    return true;
  }

  /** The value for the current string token's characters, or null. */
  private static <T> T lookUp(JsonParser parser, TextTable<T> table) throws IOException {
    return table.get(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  /** {@code YYYY-MM-DD} with a real day, or null; faster than a DateTimeFormatter. */
  static LocalDate parseDate(String text) {
    return text.length() == 10 ? parseDate(text.toCharArray(), 0) : null;
  }

  /** {@code YYYY-MM-DD} in the ten characters from {@code at}, or null. */
  static LocalDate parseDate(char[] text, int at) {
    if (text[at + 4] != '-' || text[at + 7] != '-') {
      return null;
    }
    int year = digits(text, at, at + 4);
    int month = digits(text, at + 5, at + 7);
    int day = digits(text, at + 8, at + 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static void digits(char[] text, int from, int value, int width) {
    for (int i = from + width - 1; i >= from; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  private static int digits(char[] text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
