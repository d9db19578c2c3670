package org.ksmodel.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * A message template parsed once: literal text and {@code {n}} placeholders, with {@code ''} for a
 * single quote, as in {@link java.text.MessageFormat} but immutable, so it is shared between
 * threads and formatting a message allocates only the result.
 */
final class MessageTemplate {
  private final List<Object> parts;

  private MessageTemplate(List<Object> parts) {
    this.parts = parts;
  }

  /** Parses a template; text that is not a well-formed placeholder is kept as it is. */
  static MessageTemplate parse(String template) {
    List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '\'' && i + 1 < template.length() && template.charAt(i + 1) == '\'') {
        literal.append('\'');
        i += 2;
        continue;
      }
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i + 1 && close - i <= 3 && isDigits(template, i + 1, close)) {
        parts.add(literal.toString());
        literal.setLength(0);
        parts.add(Integer.parseInt(template.substring(i + 1, close)));
        i = close + 1;
        continue;
      }
      literal.append(c);
      i++;
    }
    parts.add(literal.toString());
    return new MessageTemplate(List.copyOf(parts));
  }

  private static boolean isDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The message; a placeholder without an argument stays as written. */
  String format(List<String> arguments) {
    StringBuilder message = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof Integer index) {
        message.append(index < arguments.size() ? arguments.get(index) : "{" + index + "}");
      } else {
        message.append((String) part);
      }
    }
    return message.toString();
  }
}
