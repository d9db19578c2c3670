package org.ksmodel.examples.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ksmodel} command-line tool: {@code java -jar examples/target/ksmodel.jar COMMAND}.
 *
 * <p>Exit codes: 0 success (or valid data), 1 the data has ERROR or FATAL violations, 2 the input
 * cannot be read or the command line is wrong, 3 an internal error. Bad input never prints a stack
 * trace, only a one-line reason; set {@code KSMODEL_DEBUG=1} to see the trace of an internal error.
 */
public final class KsModelCli {
  static final int OK = 0;
  static final int INVALID = 1;
  static final int BAD_INPUT = 2;
  static final int INTERNAL = 3;

  private final Map<String, Command> commands = new LinkedHashMap<>();

  KsModelCli(List<Command> available) {
    available.forEach(command -> commands.put(command.name(), command));
  }

  static KsModelCli standard() {
    return new KsModelCli(
        List.of(
            new DemoCommand(),
            new ValidateCommand(),
            new ImportIatiCommand(),
            new ReportCommand(),
            new BenchCommand()));
  }

  public static void main(String[] args) {
    System.exit(standard().run(Arrays.asList(args), new Console(System.out, System.err)));
  }

  int run(List<String> args, Console console) {
    if (args.isEmpty() || List.of("-h", "--help", "help").contains(args.get(0))) {
      console.out().print(help());
      return args.isEmpty() ? BAD_INPUT : OK;
    }
    Command command = commands.get(args.get(0));
    if (command == null) {
      console.err().println("ksmodel: unknown command '" + args.get(0) + "'; try --help");
      return BAD_INPUT;
    }
    List<String> rest = args.subList(1, args.size());
    if (rest.contains("--help") || rest.contains("-h")) {
      console.out().print(command.help());
      return OK;
    }
    try {
      return command.run(rest, console);
    } catch (UsageException e) {
      console.err().println("ksmodel " + command.name() + ": " + e.getMessage() + "; try --help");
      return BAD_INPUT;
    } catch (InputException e) {
      console.err().println("ksmodel " + command.name() + ": " + e.getMessage());
      return BAD_INPUT;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      console.err().println("ksmodel " + command.name() + ": internal error: " + e);
      if (System.getenv("KSMODEL_DEBUG") != null) {
        e.printStackTrace(console.err());
      }
      return INTERNAL;
    }
  }

  private String help() {
    StringBuilder text = new StringBuilder();
    text.append("usage: java -jar ksmodel.jar COMMAND [ARGS] (COMMAND --help for more)\n\n");
    text.append("commands:\n");
    commands
        .values()
        .forEach(c -> text.append(String.format("  %-12s %s%n", c.name(), c.summary())));
    text.append("\nexit codes: 0 success or valid, 1 the data has errors, ");
    text.append("2 unreadable input or wrong command line, 3 internal error\n");
    return text.toString();
  }
}
