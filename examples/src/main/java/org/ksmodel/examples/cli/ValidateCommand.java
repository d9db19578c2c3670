package org.ksmodel.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.json.KsJson;
import org.ksmodel.json.QuarantinedRecord;
import org.ksmodel.json.ReadResult;
import org.ksmodel.validation.RuleSet;
import org.ksmodel.validation.ValidationReport;
import org.ksmodel.validation.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reads a dataset and prints every problem: those of reading, then those of validation. */
@Command(
    name = "validate",
    description = {
      "Reads FILE (a JSON document; NDJSON when it ends in .ndjson or .jsonl, or with --ndjson)"
          + " and validates it with the default rules. FILE - reads standard input, NDJSON or a"
          + " JSON document as its content shows (an NDJSON line starts with its kind). Prints every problem,"
          + " those found while reading (with line and column) and those of the rules (with the"
          + " JSON Pointer of the value), and counts the records left out because they cannot be"
          + " built (the quarantine).",
      "",
      "--format json prints the validation report in ksmodel's JSON form (valid, violations:"
          + " code, severity, path, location when read from the input, subjectId, message,"
          + " arguments) with one more member, quarantined: kind, path, index, line, column,"
          + " offset, rawText, rawTextCut and the codes of its problems."
    },
    exitCodeListHeading = "%nexit codes:%n",
    exitCodeList = {
      "0:valid",
      "1:the data has ERROR or FATAL violations",
      "2:the file cannot be read as a dataset (with --strict: any problem of reading, all"
          + " printed) or the command line is wrong"
    })
final class ValidateCommand implements Callable<Integer> {
  private final Console console;

  @Mixin HelpOption help;

  @Parameters(paramLabel = "FILE", description = "the dataset, or - for standard input")
  String file;

  @Option(
      names = "--strict",
      description =
          "read strictly (unknown members, duplicate keys, coercions are errors) and validate"
              + " with the strict rule set (warnings become errors)")
  boolean strict;

  @Option(
      names = "--ndjson",
      description =
          "FILE is NDJSON, one entity per line, whatever its name (standard input is recognised"
              + " without it)")
  boolean ndjson;

  /** How the problems are printed. */
  enum Format {
    TEXT,
    JSON
  }

  @Option(
      names = "--format",
      paramLabel = "text|json",
      description = "text (default) or json",
      defaultValue = "text")
  Format format;

  ValidateCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws InputException {
    String name = DatasetFiles.name(file);
    if (strict) {
      return validateStrictly(name);
    }
    ReadResult<Dataset> read = DatasetFiles.read(file, ndjson, KsJson.lenient(), console);
    if (read.value().isEmpty()) {
      throw new InputException(name + ": " + DatasetFiles.reason(read));
    }
    return validate(name, read, RuleSet.defaults());
  }

  /**
   * Strict reading gives no dataset on the first error; every problem of the input is printed all
   * the same, those of a lenient read that the strict one did not reach included.
   */
  private int validateStrictly(String name) throws InputException {
    byte[] input = DatasetFiles.bytes(file, console);
    boolean lines = DatasetFiles.isNdjson(file, input, ndjson);
    ReadResult<Dataset> read = DatasetFiles.read(input, lines, KsJson.strict());
    if (read.value().isPresent()) {
      return validate(name, read, RuleSet.strict());
    }
    List<Violation> all = new ArrayList<>(read.problems());
    for (Violation more : DatasetFiles.read(input, lines, KsJson.lenient()).problems()) {
      boolean known =
          all.stream().anyMatch(p -> p.code().equals(more.code()) && p.path().equals(more.path()));
      if (!known) {
        all.add(more);
      }
    }
    print(name, all, read.quarantine());
    return KsModelCli.BAD_INPUT;
  }

  private int validate(String name, ReadResult<Dataset> read, RuleSet rules) {
    Validator validator = Validator.builder().ruleSet(rules).build();
    ValidationReport report = validator.validate(read.value().orElseThrow());
    List<Violation> all = new ArrayList<>(read.problems());
    all.addAll(report.violations());
    boolean valid = print(name, all, read.quarantine());
    return valid ? KsModelCli.OK : KsModelCli.INVALID;
  }

  private boolean print(String name, List<Violation> all, List<QuarantinedRecord> quarantine) {
    ValidationReport report = ValidationReport.of(all);
    if (format == Format.JSON) {
      printJson(report, quarantine, console);
    } else {
      printText(name, report.isValid(), all, quarantine.size(), console);
    }
    return report.isValid();
  }

  private static void printText(
      String file, boolean valid, List<Violation> all, int quarantined, Console console) {
    for (Violation violation : all) {
      console.out().println(violation.severity() + " " + DatasetFiles.oneLine(violation));
    }
    console
        .out()
        .println(
            file
                + ": "
                + (valid ? "valid" : "invalid")
                + ", "
                + all.size()
                + (all.size() == 1 ? " violation" : " violations")
                + ", "
                + quarantined
                + (quarantined == 1 ? " record" : " records")
                + " quarantined");
  }

  private static void printJson(
      ValidationReport report, List<QuarantinedRecord> quarantine, Console console) {
    ObjectMapper mapper = new ObjectMapper();
    try {
      ObjectNode out =
          (ObjectNode) mapper.readTree(KsJson.strict().writeString(ValidationReport.class, report));
      ArrayNode quarantined = out.putArray("quarantined");
      for (QuarantinedRecord record : quarantine) {
        quarantined.add(quarantined(mapper, record));
      }
      console.out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode quarantined(ObjectMapper mapper, QuarantinedRecord record) {
    ObjectNode json = mapper.createObjectNode();
    record.kind().ifPresent(kind -> json.put("kind", kind.wireName()));
    json.put("path", record.path().toJsonPointer());
    json.put("index", record.index());
    json.put("line", record.line());
    json.put("column", record.column());
    json.put("offset", record.offset());
    json.put("rawText", record.rawText());
    json.put("rawTextCut", record.rawTextCut());
    ArrayNode problems = json.putArray("problems");
    record.problems().forEach(problem -> problems.add(problem.code()));
    return json;
  }
}
