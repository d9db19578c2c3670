package org.ksmodel.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.examples.report.PortfolioSummary;
import org.ksmodel.examples.report.SummaryPrinter;
import org.ksmodel.examples.showcase.Showcase;
import org.ksmodel.json.KsJson;
import org.ksmodel.validation.ValidationReport;
import org.ksmodel.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Builds the showcase dataset, validates it, and prints the report and a portfolio summary. */
@Command(
    name = "demo",
    description = {
      "Builds the showcase dataset (knowledge hubs such as APC Colombia, Korea's KSP, Indonesia's"
          + " BNPB, the IsDB Reverse Linkage, ...), validates it with the default rules, prints"
          + " the validation report and a portfolio summary, and writes the dataset as JSON."
    },
    exitCodeListHeading = "%nexit codes:%n",
    exitCodeList = {"0:the dataset is valid", "1:it has errors", "2:the file cannot be written"})
final class DemoCommand implements Callable<Integer> {
  private final Console console;

  @Mixin HelpOption help;

  @Option(
      names = "-o",
      paramLabel = "OUT.json",
      description =
          "where to write the dataset (default: ${DEFAULT-VALUE}, the temporary directory, so"
              + " that the demo leaves nothing in the directory it runs in)",
      defaultValue = "${sys:java.io.tmpdir}${sys:file.separator}ksmodel-demo.json")
  String out;

  DemoCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws InputException {
    Dataset dataset = Showcase.dataset();
    ValidationReport report = Validator.standard().validate(dataset);
    console.out().println("Showcase dataset: " + dataset);
    console.out().println();
    console.out().println("Validation: " + report);
    console.out().println();
    SummaryPrinter.print(PortfolioSummary.of(dataset, 5), console.out());
    Path file = Path.of(out);
    try {
      KsJson.builder().prettyPrint(true).build().write(dataset, file);
    } catch (IOException e) {
      throw new InputException("cannot write " + file + ": " + e.getMessage(), e);
    }
    console.out().println();
    console.out().println("Dataset written to " + file + " (check it with: validate " + file + ")");
    return report.isValid() ? KsModelCli.OK : KsModelCli.INVALID;
  }
}
