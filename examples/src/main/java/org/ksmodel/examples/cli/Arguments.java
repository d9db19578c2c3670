package org.ksmodel.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A parsed command line: flags, options with a value, and positional arguments. */
final class Arguments {
  private final Map<String, String> options = new LinkedHashMap<>();
  private final List<String> positional = new ArrayList<>();

  private Arguments() {}

  /**
   * Parses {@code args}; {@code flags} take no value, {@code valued} take the next argument.
   *
   * @throws UsageException for an unknown option or a missing value
   */
  static Arguments parse(List<String> args, Set<String> flags, Set<String> valued)
      throws UsageException {
    Arguments parsed = new Arguments();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (flags.contains(arg)) {
        parsed.options.put(arg, "");
      } else if (valued.contains(arg)) {
        if (i + 1 >= args.size()) {
          throw new UsageException(arg + " needs a value");
        }
        parsed.options.put(arg, args.get(++i));
      } else if (arg.startsWith("-") && arg.length() > 1) {
        throw new UsageException("unknown option " + arg);
      } else {
        parsed.positional.add(arg);
      }
    }
    return parsed;
  }

  boolean has(String flag) {
    return options.containsKey(flag);
  }

  Optional<String> value(String option) {
    return Optional.ofNullable(options.get(option));
  }

  List<String> positional() {
    return positional;
  }

  /** The only positional argument, named {@code what} in the error. */
  String single(String what) throws UsageException {
    if (positional.size() != 1) {
      throw new UsageException(
          positional.isEmpty()
              ? "missing " + what
              : "expected one " + what + ", got " + positional);
    }
    return positional.get(0);
  }
}
