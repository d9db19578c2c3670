package org.ksmodel.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.examples.report.PortfolioSummary;
import org.ksmodel.examples.report.SummaryPrinter;
import org.ksmodel.json.KsJson;

/** Prints the portfolio summary of a dataset file. */
final class ReportCommand implements Command {
  @Override
  public String name() {
    return "report";
  }

  @Override
  public String summary() {
    return "print a portfolio summary of a JSON or NDJSON dataset";
  }

  @Override
  public String help() {
    return """
        usage: ksmodel report FILE [--top N]

        Reads FILE leniently and prints: partnerships by modality, solutions by stage,
        contributions by source and currency, indicator achievement, and the N most connected
        institutions (5 by default). Use 'validate' to see the data's problems.

        exit codes: 0 printed, 2 the file cannot be read as a dataset or the command line is wrong
        """;
  }

  @Override
  public int run(List<String> args, Console console) throws UsageException, InputException {
    Arguments parsed = Arguments.parse(args, Set.of(), Set.of("--top"));
    int top;
    try {
      top = Integer.parseInt(parsed.value("--top").orElse("5"));
    } catch (NumberFormatException e) {
      throw new UsageException("--top needs a number");
    }
    if (top < 0) {
      throw new UsageException("--top needs a number of at least 0");
    }
    Dataset dataset =
        DatasetFiles.read(Path.of(parsed.single("FILE")), KsJson.lenient()).value().orElseThrow();
    console.out().println(dataset);
    SummaryPrinter.print(PortfolioSummary.of(dataset, top), console.out());
    return KsModelCli.OK;
  }
}
