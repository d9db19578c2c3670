package org.ksmodel.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.examples.report.PortfolioSummary;
import org.ksmodel.examples.report.SummaryPrinter;
import org.ksmodel.examples.showcase.Showcase;
import org.ksmodel.json.KsJson;
import org.ksmodel.validation.ValidationReport;
import org.ksmodel.validation.Validator;

/** Builds the showcase dataset, validates it, and prints the report and a portfolio summary. */
final class DemoCommand implements Command {
  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "build, validate and summarise the showcase dataset";
  }

  @Override
  public String help() {
    return """
        usage: ksmodel demo [-o OUT.json]

        Builds the showcase dataset (knowledge hubs such as APC Colombia, Korea's KSP, Indonesia's
        BNPB, the IsDB Reverse Linkage, ...), validates it with the default rules, prints the
        validation report and a portfolio summary, and writes the dataset as JSON.

          -o OUT.json   where to write the dataset (default: ksmodel-demo.json)

        exit codes: 0 the dataset is valid, 1 it has errors
        """;
  }

  @Override
  public int run(List<String> args, Console console) throws UsageException, InputException {
    Arguments parsed = Arguments.parse(args, Set.of(), Set.of("-o"));
    if (!parsed.positional().isEmpty()) {
      throw new UsageException("demo takes no arguments, got " + parsed.positional());
    }
    Dataset dataset = Showcase.dataset();
    ValidationReport report = Validator.standard().validate(dataset);
    console.out().println("Showcase dataset: " + dataset);
    console.out().println();
    console.out().println("Validation: " + report);
    console.out().println();
    SummaryPrinter.print(PortfolioSummary.of(dataset, 5), console.out());
    Path out = Path.of(parsed.value("-o").orElse("ksmodel-demo.json"));
    try {
      KsJson.builder().prettyPrint(true).build().write(dataset, out);
    } catch (IOException e) {
      throw new InputException("cannot write " + out + ": " + e.getMessage(), e);
    }
    console.out().println();
    console.out().println("Dataset written to " + out + " (check it with: validate " + out + ")");
    return report.isValid() ? KsModelCli.OK : KsModelCli.INVALID;
  }
}
