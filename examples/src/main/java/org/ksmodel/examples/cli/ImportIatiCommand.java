package org.ksmodel.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ksmodel.examples.iati.IatiImport;
import org.ksmodel.examples.iati.IatiImporter;
import org.ksmodel.examples.iati.IatiReadException;
import org.ksmodel.json.KsJson;

/** Maps an IATI XML file onto the model and writes the dataset as JSON. */
final class ImportIatiCommand implements Command {
  @Override
  public String name() {
    return "import-iati";
  }

  @Override
  public String summary() {
    return "map an IATI 2.0x activity or organisation file onto the model";
  }

  @Override
  public String help() {
    return """
        usage: ksmodel import-iati FILE.xml [-o OUT.json] [--report REPORT.json]

        Reads an IATI activity (or organisation) file safely (no DTD, no external entities, no
        XInclude, at most 256 MiB and 64 levels of elements) and maps each activity onto a
        partnership with its institutions, funding and results. Every activity is either imported
        or rejected with its reasons.

          -o OUT.json            write the dataset there (default: standard output)
          --report REPORT.json   write the import report there: activities, imported, rejected,
                                 the rejections with their IATI identifiers and reasons, warnings

        A summary line goes to standard error when the dataset goes to standard output.

        exit codes: 0 imported (rejected activities are listed, not an error),
                    2 the file cannot be read as IATI XML or the command line is wrong
        """;
  }

  @Override
  public int run(List<String> args, Console console) throws UsageException, InputException {
    Arguments parsed = Arguments.parse(args, Set.of(), Set.of("-o", "--report"));
    Path file = Path.of(parsed.single("FILE.xml"));
    IatiImport imported;
    try {
      imported = IatiImporter.importFile(file);
    } catch (IatiReadException e) {
      throw new InputException(e.getMessage(), e);
    }
    Optional<Path> out = parsed.value("-o").map(Path::of);
    try {
      if (out.isPresent()) {
        KsJson.strict().write(imported.dataset(), out.get());
      } else {
        console.out().println(KsJson.strict().writeString(imported.dataset()));
      }
      if (parsed.value("--report").isPresent()) {
        Files.writeString(
            Path.of(parsed.value("--report").get()), imported.reportJson(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new InputException("cannot write: " + e.getMessage(), e);
    }
    (out.isPresent() ? console.out() : console.err())
        .println(
            file
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
