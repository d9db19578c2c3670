package org.ksmodel.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code ksmodel} command-line tool: {@code java -jar examples/target/ksmodel.jar COMMAND}.
 *
 * <p>Exit codes: 0 success (or valid data), 1 the data has ERROR or FATAL violations, 2 the input
 * cannot be read or the command line is wrong, 3 an internal error. Bad input and a wrong command
 * line never print a stack trace, only a one-line reason on standard error; set {@code
 * KSMODEL_DEBUG=1} to see the trace of an internal error. The command line is parsed by picocli,
 * which also gives {@code --help}, {@code --version}, suggestions for mistyped commands and
 * options, and the shell completion script of {@code generate-completion}.
 */
@Command(
    name = "ksmodel",
    mixinStandardHelpOptions = true,
    description = {
      "Builds, reads, validates and summarises ksmodel datasets, imports IATI files and runs the"
          + " benchmarks. COMMAND --help describes each command; a FILE given as - is standard"
          + " input."
    },
    exitCodeListHeading = "%nexit codes:%n",
    exitCodeList = {
      "0:success, or the data is valid",
      "1:the data has ERROR or FATAL violations",
      "2:the input cannot be read or the command line is wrong (one line on standard error)",
      "3:internal error (KSMODEL_DEBUG=1 prints its stack trace)"
    })
public final class KsModelCli implements Callable<Integer> {
  static final int OK = 0;
  static final int INVALID = 1;
  static final int BAD_INPUT = 2;
  static final int INTERNAL = 3;

  private static final String VERSION_RESOURCE = "version.properties";

  @Spec CommandSpec spec;

  private KsModelCli() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), Console.system()));
  }

  /** Runs the tool on {@code args}; returns the exit code. */
  static int run(List<String> args, Console console) {
    PrintWriter out = new PrintWriter(console.out(), true);
    PrintWriter err = new PrintWriter(console.err(), true);
    CommandLine cli = commandLine(console);
    cli.setOut(out);
    cli.setErr(err);
    try {
      return cli.execute(args.toArray(String[]::new));
    } catch (StackOverflowError | OutOfMemoryError e) {
      // picocli hands only exceptions to the handler below; these errors come through here.
      return internalError(e, cli.getCommandName(), err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The tool's command line with every subcommand; output goes to {@code console}. */
  static CommandLine commandLine(Console console) {
    CommandLine cli = new CommandLine(new KsModelCli());
    cli.addSubcommand(new DemoCommand(console));
    cli.addSubcommand(new ValidateCommand(console));
    cli.addSubcommand(new ImportIatiCommand(console));
    cli.addSubcommand(new ReportCommand(console));
    cli.addSubcommand(new BenchCommand(console));
    cli.addSubcommand(new AutoComplete.GenerateCompletion());
    cli.addSubcommand(new CommandLine.HelpCommand());
    cli.getCommandSpec().versionProvider(new Version());
    // No @file expansion: an argument starting with @ is a file name like any other.
    cli.setExpandAtFiles(false);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setSeparator(" ");
    cli.setParameterExceptionHandler(KsModelCli::usageError);
    cli.setExecutionExceptionHandler(KsModelCli::executionError);
    for (CommandLine command : withSubcommands(cli, new ArrayList<>())) {
      UsageMessageSpec usage = command.getCommandSpec().usageMessage();
      usage
          .synopsisHeading("usage: ")
          .descriptionHeading("%n")
          .parameterListHeading("%narguments:%n")
          .optionListHeading("%noptions:%n")
          .commandListHeading("%ncommands:%n")
          .sortOptions(false)
          .sortSynopsis(false);
    }
    cli.getSubcommands()
        .get("generate-completion")
        .getCommandSpec()
        .usageMessage()
        .description(
            "Prints a bash and zsh completion script for ksmodel (a command named ksmodel that"
                + " runs java -jar ksmodel.jar, e.g. a small script on the PATH or an alias):",
            "",
            "  source <(ksmodel generate-completion)",
            "",
            "in the shell or its start-up file (~/.bashrc, ~/.zshrc) completes the commands and"
                + " options with TAB.");
    return cli;
  }

  private static List<CommandLine> withSubcommands(CommandLine command, List<CommandLine> all) {
    all.add(command);
    command.getSubcommands().values().forEach(sub -> withSubcommands(sub, all));
    return all;
  }

  /** No command: the tool's help on standard output, and exit code 2. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return BAD_INPUT;
  }

  /** A wrong command line, found by picocli or by a command: one line, exit code 2. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine where = e.getCommandLine();
    String name = where.getCommandSpec().qualifiedName();
    where.getErr().println(name + ": " + reason(e, where) + "; try " + name + " --help");
    return BAD_INPUT;
  }

  private static String reason(ParameterException e, CommandLine where) {
    if (!(e instanceof UnmatchedArgumentException)) {
      String message = e.getMessage().replaceAll("\\s+", " ").strip();
      return message.isEmpty()
          ? "wrong command line"
          : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
    UnmatchedArgumentException unmatched = (UnmatchedArgumentException) e;
    String argument = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
    String reason;
    if (argument.startsWith("-") && argument.length() > 1) {
      reason = "unknown option " + argument;
    } else if (!where.getSubcommands().isEmpty()
        && where.getCommandSpec().positionalParameters().isEmpty()) {
      reason = "unknown command '" + argument + "'";
    } else {
      reason = "unexpected argument " + argument;
    }
    // picocli suggests the nearest names even for nonsense; only those that start alike help.
    List<String> suggestions =
        unmatched.getSuggestions().stream().filter(s -> startsAlike(s, argument)).toList();
    if (!suggestions.isEmpty()) {
      reason +=
          "; did you mean "
              + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size())))
              + "?";
    }
    return reason;
  }

  private static boolean startsAlike(String suggestion, String argument) {
    String a = suggestion.replaceFirst("^-+", "");
    String b = argument.replaceFirst("^-+", "");
    return !a.isEmpty() && !b.isEmpty() && a.charAt(0) == b.charAt(0);
  }

  /** A command failed: unreadable input is exit code 2, anything else an internal error, 3. */
  private static int executionError(Exception e, CommandLine where, ParseResult parsed) {
    String name = where.getCommandSpec().qualifiedName();
    if (e instanceof InputException) {
      where.getErr().println(name + ": " + e.getMessage());
      return BAD_INPUT;
    }
    return internalError(e, name, where.getErr());
  }

  private static int internalError(Throwable e, String name, PrintWriter err) {
    err.println(name + ": internal error: " + e);
    if (System.getenv("KSMODEL_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return INTERNAL;
  }

  /** The version of this build, from the resource Maven filters with the project's version. */
  static String version() {
    try (InputStream in = KsModelCli.class.getResourceAsStream(VERSION_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + VERSION_RESOURCE + " next to KsModelCli");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code --version} prints: {@code ksmodel VERSION}. */
  private static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"ksmodel " + version()};
    }
  }
}
