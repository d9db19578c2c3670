package org.ksmodel.examples.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.json.KsJson;
import org.ksmodel.json.QuarantinedRecord;
import org.ksmodel.json.ReadResult;
import org.ksmodel.validation.RuleSet;
import org.ksmodel.validation.ValidationReport;
import org.ksmodel.validation.Validator;

/** Reads a dataset and prints every problem: those of reading, then those of validation. */
final class ValidateCommand implements Command {
  @Override
  public String name() {
    return "validate";
  }

  @Override
  public String summary() {
    return "read a JSON or NDJSON dataset and print every violation";
  }

  @Override
  public String help() {
    return """
        usage: ksmodel validate FILE [--strict] [--format text|json]

        Reads FILE (JSON; NDJSON when it ends in .ndjson or .jsonl) and validates it with the
        default rules. Prints every problem, those found while reading (with line and column)
        and those of the rules (with the JSON Pointer of the value), and counts the records
        left out because they cannot be built (the quarantine).

          --strict         read strictly (unknown members, duplicate keys, coercions are errors)
                           and validate with the strict rule set (warnings become errors)
          --format json    print one JSON object:
                           {"valid": true|false, "violations": [{"code", "severity", "path",
                            "message", "line", "column"}], "quarantined": [{"kind", "path",
                            "index", "line", "column", "offset", "rawText", "rawTextCut",
                            "problems"}]} (line and column when known; "problems" are codes)

        exit codes: 0 valid, 1 the data has ERROR or FATAL violations,
                    2 the file cannot be read as a dataset or the command line is wrong
        """;
  }

  @Override
  public int run(List<String> args, Console console) throws UsageException, InputException {
    Arguments parsed = Arguments.parse(args, Set.of("--strict"), Set.of("--format"));
    String format = parsed.value("--format").orElse("text");
    if (!format.equals("text") && !format.equals("json")) {
      throw new UsageException("--format is text or json, not " + format);
    }
    boolean strict = parsed.has("--strict");
    Path file = Path.of(parsed.single("FILE"));
    ReadResult<Dataset> read = DatasetFiles.read(file, strict ? KsJson.strict() : KsJson.lenient());
    Validator validator =
        Validator.builder().ruleSet(strict ? RuleSet.strict() : RuleSet.defaults()).build();
    ValidationReport report = validator.validate(read.value().orElseThrow());
    List<Violation> all = new ArrayList<>(read.problems());
    all.addAll(report.violations());
    boolean valid = all.stream().noneMatch(v -> v.severity().invalidates());
    if (format.equals("json")) {
      printJson(valid, all, read.quarantine(), console);
    } else {
      printText(file, valid, all, read.quarantine().size(), console);
    }
    return valid ? KsModelCli.OK : KsModelCli.INVALID;
  }

  private static void printText(
      Path file, boolean valid, List<Violation> all, int quarantined, Console console) {
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
      boolean valid, List<Violation> all, List<QuarantinedRecord> quarantine, Console console) {
    try (JsonGenerator json = new JsonFactory().createGenerator(console.out(), JsonEncoding.UTF8)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeBooleanField("valid", valid);
      json.writeArrayFieldStart("violations");
      for (Violation violation : all) {
        json.writeStartObject();
        json.writeStringField("code", violation.code());
        json.writeStringField("severity", violation.severity().name());
        json.writeStringField("path", violation.path().toJsonPointer());
        json.writeStringField("message", violation.message());
        if (violation.location().isPresent()) {
          json.writeNumberField("line", violation.location().get().line());
          json.writeNumberField("column", violation.location().get().column());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("quarantined");
      for (QuarantinedRecord record : quarantine) {
        writeQuarantined(json, record);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    console.out().println();
  }

  private static void writeQuarantined(JsonGenerator json, QuarantinedRecord record)
      throws IOException {
    json.writeStartObject();
    if (record.kind().isPresent()) {
      json.writeStringField("kind", record.kind().get().wireName());
    }
    json.writeStringField("path", record.path().toJsonPointer());
    json.writeNumberField("index", record.index());
    json.writeNumberField("line", record.line());
    json.writeNumberField("column", record.column());
    json.writeNumberField("offset", record.offset());
    json.writeStringField("rawText", record.rawText());
    json.writeBooleanField("rawTextCut", record.rawTextCut());
    json.writeArrayFieldStart("problems");
    for (Violation problem : record.problems()) {
      json.writeString(problem.code());
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
