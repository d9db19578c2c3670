package org.ksmodel.json.internal;

import static org.ksmodel.json.internal.Field.defaulted;
import static org.ksmodel.json.internal.Field.list;
import static org.ksmodel.json.internal.Field.optional;
import static org.ksmodel.json.internal.Field.required;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.InvalidValueException;
import org.ksmodel.common.Severity;
import org.ksmodel.common.SourceLocation;
import org.ksmodel.common.Violation;
import org.ksmodel.validation.ValidationReport;

/** The codecs of what the validator and the readers report: violations and reports. */
public final class ReportCodecs {
  private ReportCodecs() {}

  /** A path as its JSON Pointer: {@code ""} for the root, else {@code /partnerships/0/roles}. */
  static final Codec<DataPath> PATH =
      Scalars.textual("DataPath", DataPath::parse, DataPath::toJsonPointer, "^(/.*)?$");

  /** A whole number that fits a {@code long}: an offset into a large input. */
  static final Codec<Long> LONG =
      new Codec<>() {
        @Override
        public Long read(In in) throws IOException {
          BigDecimal number = Scalars.number(in, "an integer");
          if (number == null) {
            return null;
          }
          try {
            return number.longValueExact();
          } catch (ArithmeticException e) {
            in.wrongType("a whole number of at most 19 digits");
            return null;
          }
        }

        @Override
        public void write(JsonGenerator out, Long value) throws IOException {
          out.writeNumber(value.longValue());
        }

        @Override
        public ObjectNode schema(SchemaContext context) {
          return SchemaContext.node().put("type", "integer");
        }
      };

  static final ObjectCodec<long[], SourceLocation> SOURCE_LOCATION =
      new ObjectCodec<>(
          "SourceLocation",
          "Where a problem starts in the text it was read from: line and column from 1, and the"
              + " offset from 0 when the reader knows it.",
          () -> new long[] {0, 0, -1},
          parts ->
              parts[2] < 0
                  ? SourceLocation.of(parts[0], parts[1])
                  : SourceLocation.of(parts[0], parts[1], parts[2]),
          required("line", SourceLocation::line, LONG, (parts, v) -> parts[0] = v),
          required("column", SourceLocation::column, LONG, (parts, v) -> parts[1] = v),
          optional(
              "offset",
              location ->
                  location.offset().isPresent()
                      ? java.util.Optional.of(location.offset().getAsLong())
                      : java.util.Optional.empty(),
              LONG,
              (parts, v) -> parts[2] = v));

  static final ObjectCodec<Violation.Builder, Violation> VIOLATION =
      new ObjectCodec<>(
          "Violation",
          "One problem: a stable code, a severity, the JSON Pointer of the offending value, where"
              + " it starts in the input when it was read, the entity's id, a message and its"
              + " arguments.",
          Violation::builder,
          Violation.Builder::build,
          required("code", Violation::code, Scalars.STRING, Violation.Builder::code),
          required(
              "severity",
              Violation::severity,
              Scalars.enumOf(Severity.class),
              Violation.Builder::severity),
          required("path", Violation::path, PATH, Violation.Builder::path),
          optional("location", Violation::location, SOURCE_LOCATION, Violation.Builder::location),
          optional("subjectId", Violation::subjectId, Scalars.STRING, Violation.Builder::subjectId),
          required("message", Violation::message, Scalars.STRING, Violation.Builder::message),
          list(
              "arguments",
              Violation::arguments,
              Scalars.STRING,
              (builder, argument) -> builder.addArguments(argument)));

  /** A report being read: its violations, and the validity it states, checked against them. */
  static final class ReportParts {
    final List<Violation> violations = new ArrayList<>();
    Boolean valid;

    ValidationReport build() {
      ValidationReport report = ValidationReport.of(violations);
      if (valid != null && valid != report.isValid()) {
        throw new InvalidValueException(
            Violation.construction(
                "report.valid.mismatch",
                DataPath.of("valid"),
                "the report says valid is "
                    + valid
                    + " but its violations make it "
                    + report.isValid()));
      }
      return report;
    }
  }

  static final ObjectCodec<ReportParts, ValidationReport> REPORT =
      new ObjectCodec<>(
          "ValidationReport",
          "Every violation found, in order; valid is true when none is an ERROR or FATAL.",
          ReportParts::new,
          ReportParts::build,
          defaulted(
              "valid", ValidationReport::isValid, Scalars.BOOLEAN, (parts, v) -> parts.valid = v),
          list(
              "violations",
              ValidationReport::violations,
              VIOLATION,
              (parts, violation) -> parts.violations.add(violation)));
}
