package org.ksmodel.validation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The message templates of the rule codes, from the bundle {@code org.ksmodel.validation.messages}.
 */
final class Messages {
  static final String BUNDLE = "org.ksmodel.validation.messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
  }

  Optional<String> template(String code) {
    try {
      return Optional.of(bundle.getString(code));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /** The message of a code, or the code and its arguments when no template is known. */
  String format(String code, Optional<String> ownTemplate, List<String> arguments) {
    Optional<String> template = ownTemplate.isPresent() ? ownTemplate : template(code);
    if (template.isEmpty()) {
      return arguments.isEmpty() ? code : code + " " + arguments;
    }
    try {
      return new MessageFormat(template.get(), locale).format(arguments.toArray());
    } catch (IllegalArgumentException e) {
      return template.get() + " " + arguments;
    }
  }
}
