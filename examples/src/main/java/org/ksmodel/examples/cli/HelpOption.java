package org.ksmodel.examples.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -h, --help} option of every subcommand (the tool itself also has {@code --version}).
 */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "print this help and exit")
  boolean help;
}
