package org.ksmodel.examples.cli;

import java.util.List;

/** One subcommand of the tool. */
interface Command {
  String name();

  /** One line for the tool's help. */
  String summary();

  /** The command's own help: usage line, options, exit codes. */
  String help();

  /**
   * Runs the command.
   *
   * @return the exit code: 0 success or valid data, 1 the data has ERROR or FATAL violations
   * @throws UsageException when the command line is wrong (exit code 2)
   * @throws InputException when the input cannot be read (exit code 2)
   */
  int run(List<String> args, Console console) throws UsageException, InputException;
}
