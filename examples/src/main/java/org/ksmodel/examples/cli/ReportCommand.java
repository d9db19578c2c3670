package org.ksmodel.examples.cli;

import java.util.concurrent.Callable;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.examples.report.PortfolioSummary;
import org.ksmodel.examples.report.SummaryPrinter;
import org.ksmodel.json.KsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints the portfolio summary of a dataset file. */
@Command(
    name = "report",
    description = {
      "Reads FILE leniently (a JSON document, or NDJSON for .ndjson and .jsonl files or with"
          + " --ndjson; - reads standard input, NDJSON or a JSON document as its content shows)"
          + " and prints: partnerships by modality,"
          + " solutions by stage, knowledge requests by status, contributions by source and"
          + " currency, indicator achievement, and the N most connected institutions. Use 'validate' to see the data's problems."
    },
    exitCodeListHeading = "%nexit codes:%n",
    exitCodeList = {
      "0:printed",
      "2:the file cannot be read as a dataset or the command line is wrong"
    })
final class ReportCommand implements Callable<Integer> {
  private final Console console;

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @Parameters(paramLabel = "FILE", description = "the dataset, or - for standard input")
  String file;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "how many of the most connected institutions (default: ${DEFAULT-VALUE})",
      defaultValue = "5")
  int top;

  @Option(
      names = "--ndjson",
      description =
          "FILE is NDJSON, one entity per line, whatever its name (standard input is recognised"
              + " without it)")
  boolean ndjson;

  ReportCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws InputException {
    if (top < 0) {
      throw new ParameterException(spec.commandLine(), "--top needs a number of at least 0");
    }
    Dataset dataset = DatasetFiles.readValue(file, ndjson, KsJson.lenient(), console);
    console.out().println(dataset);
    SummaryPrinter.print(PortfolioSummary.of(dataset, top), console.out());
    return KsModelCli.OK;
  }
}
