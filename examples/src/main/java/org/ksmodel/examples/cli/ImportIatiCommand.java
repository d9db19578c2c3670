package org.ksmodel.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ksmodel.iati.IatiImport;
import org.ksmodel.iati.IatiImporter;
import org.ksmodel.iati.IatiReadException;
import org.ksmodel.json.KsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Maps an IATI XML file onto the model and writes the dataset as JSON. */
@Command(
    name = "import-iati",
    description = {
      "Reads an IATI activity (or organisation) file safely (no DTD, no external entities, no"
          + " XInclude, at most 256 MiB and 64 levels of elements) and maps each activity onto a"
          + " partnership with its institutions, funding and results. Every activity is either"
          + " imported or rejected with its reasons. FILE.xml - reads standard input. A summary"
          + " line goes to standard error when the dataset goes to standard output."
    },
    exitCodeListHeading = "%nexit codes:%n",
    exitCodeList = {
      "0:imported (rejected activities are listed, not an error)",
      "2:the file cannot be read as IATI XML or the command line is wrong"
    })
final class ImportIatiCommand implements Callable<Integer> {
  private final Console console;

  @Mixin HelpOption help;

  @Parameters(paramLabel = "FILE.xml", description = "the IATI file, or - for standard input")
  String file;

  @Option(
      names = "-o",
      paramLabel = "OUT.json",
      description = "write the dataset there (default: standard output)")
  Path out;

  @Option(
      names = "--report",
      paramLabel = "REPORT.json",
      description =
          "write the import report there: activities, imported, rejected, the rejections with"
              + " their IATI identifiers and reasons, warnings")
  Path report;

  ImportIatiCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws InputException {
    IatiImport imported;
    try {
      imported =
          DatasetFiles.isStdin(file)
              ? IatiImporter.importStream(console.in(), DatasetFiles.STDIN_NAME)
              : IatiImporter.importFile(DatasetFiles.existing(file));
    } catch (IatiReadException e) {
      throw new InputException(e.getMessage(), e);
    }
    try {
      if (out != null) {
        KsJson.strict().write(imported.dataset(), out);
      } else {
        console.out().println(KsJson.strict().writeString(imported.dataset()));
      }
      if (report != null) {
        Files.writeString(report, imported.reportJson(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new InputException("cannot write: " + e.getMessage(), e);
    }
    (out != null ? console.out() : console.err())
        .println(
            DatasetFiles.name(file)
                + ": "
                + (imported.organisations() > 0
                    ? imported.organisations() + " organisations, "
                    : "")
                + imported.activities()
                + " activities, "
                + imported.imported()
                + " imported, "
                + imported.rejected()
                + " rejected, "
                + imported.warnings().size()
                + " warnings");
    return KsModelCli.OK;
  }
}
