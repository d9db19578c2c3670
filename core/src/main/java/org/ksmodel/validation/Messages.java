package org.ksmodel.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message templates of the rule codes, from the bundle {@code org.ksmodel.validation.messages},
 * each parsed once.
 */
final class Messages {
  static final String BUNDLE = "org.ksmodel.validation.messages";

  private final ResourceBundle bundle;
  private final Map<String, Optional<MessageTemplate>> templates = new ConcurrentHashMap<>();

  Messages(Locale locale) {
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
  }

  private Optional<MessageTemplate> template(String code) {
    return templates.computeIfAbsent(
        code,
        key -> {
          try {
            return Optional.of(MessageTemplate.parse(bundle.getString(key)));
          } catch (MissingResourceException e) {
            return Optional.empty();
          }
        });
  }

  /**
   * The message of a code: from the rule's own template if it has one, else from the bundle, else
   * the code and its arguments.
   */
  String format(String code, Optional<MessageTemplate> own, List<String> arguments) {
    Optional<MessageTemplate> template = own.isPresent() ? own : template(code);
    if (template.isEmpty()) {
      return arguments.isEmpty() ? code : code + " " + arguments;
    }
    return template.get().format(arguments);
  }
}
