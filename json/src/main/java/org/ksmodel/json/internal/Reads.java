package org.ksmodel.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.json.JsonLimits;
import org.ksmodel.json.QuarantinedRecord;

/**
 * Runs one read and turns every way it can end into problems: Jackson's exceptions, the limits, and
 * (as a last resort) a bug of the binder, so that nothing escapes the facade.
 */
public final class Reads {
  private Reads() {}

  /** Opens a parser on the input. */
  @FunctionalInterface
  public interface Source {
    JsonParser open(JsonFactory factory) throws IOException;
  }

  /** Reads the value with the parser. */
  @FunctionalInterface
  public interface Body<T> {
    T read(In in) throws IOException;
  }

  /**
   * What a read gives: the value (null when the mode forbids it), the problems, the raw JSON of
   * unbound members and the records that are not in the value.
   */
  public record Outcome<T>(
      T value,
      List<Violation> problems,
      Map<String, String> unbound,
      List<QuarantinedRecord> quarantine) {}

  /** A read whose left-out records and parts take their raw text from {@code capture}. */
  public static <T> Outcome<T> run(
      JsonFactory factory,
      boolean strict,
      JsonLimits limits,
      long lineBase,
      RawCapture capture,
      Source source,
      Body<T> body) {
    In in = null;
    T value = null;
    List<Violation> early = new java.util.ArrayList<>(1);
    try (JsonParser parser = source.open(factory)) {
      in = new In(parser, strict, limits, lineBase);
      in.quarantine = new Quarantine(capture);
      in.capture = capture;
      value = body.read(in);
      if (value != null) {
        Documents.requireEnd(in);
      }
    } catch (IOException | RuntimeException | StackOverflowError e) {
      Violation problem = fatal(e, in, lineBase);
      if (in == null) {
        early.add(problem);
      } else {
        in.problems().add(problem);
        in.quarantine.stopped(in);
      }
      value = null;
    }
    List<Violation> problems = in == null ? early : in.problems();
    if (value != null && blocks(problems, strict)) {
      value = null;
    }
    return new Outcome<>(
        value,
        problems,
        in == null ? Map.of() : in.unbound(),
        in == null ? List.of() : in.quarantine.records());
  }

  /** Whether the problems forbid a value: any error in strict mode, a fatal one in any mode. */
  public static boolean blocks(List<Violation> problems, boolean strict) {
    for (Violation problem : problems) {
      if (problem.severity() == Severity.FATAL
          || (strict && problem.severity() == Severity.ERROR)) {
        return true;
      }
    }
    return false;
  }

  static Violation fatal(Throwable e, In in, long lineBase) {
    JsonLocation location =
        e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation() : null;
    if (location == null && in != null) {
      location = in.parser.currentLocation();
    }
    org.ksmodel.common.DataPath path = in == null ? org.ksmodel.common.DataPath.root() : in.path();
    String code;
    String message;
    if (e instanceof LimitExceeded) {
      code = ((LimitExceeded) e).code();
      message = e.getMessage();
    } else if (e instanceof StreamConstraintsException) {
      code = limitCode(e.getMessage());
      message = firstLine(e);
    } else if (e instanceof JsonEOFException) {
      code = Problems.TRUNCATED;
      message = "the input ends in the middle of a value: " + firstLine(e);
    } else if (e instanceof CharConversionException || isEncoding(e)) {
      code = Problems.ENCODING;
      message = "the input is not valid UTF-8 (or UTF-16/32) text: " + firstLine(e);
    } else if (e instanceof JsonParseException) {
      code = Problems.SYNTAX;
      message = "not valid JSON: " + firstLine(e);
    } else if (e instanceof IOException) {
      code = Problems.IO;
      message = "the input could not be read: " + e;
    } else if (e instanceof StackOverflowError) {
      code = Problems.LIMIT_DEPTH;
      message = "the input nests too deeply";
    } else {
      code = Problems.INTERNAL;
      message = "the reader failed; please report this as a bug: " + e;
    }
    return Problems.of(code, Severity.FATAL, path, location, lineBase, message);
  }

  private static boolean isEncoding(Throwable e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("Invalid UTF-8")
        || message.contains("Invalid UTF-32")
        || message.contains("Unmatched surrogate")
        || message.contains("Invalid UTF-16");
  }

  private static String limitCode(String message) {
    String text = String.valueOf(message);
    if (text.contains("nesting depth")) {
      return Problems.LIMIT_DEPTH;
    }
    if (text.startsWith("Number")) {
      return Problems.LIMIT_NUMBER;
    }
    if (text.startsWith("String")) {
      return Problems.LIMIT_STRING;
    }
    if (text.startsWith("Name")) {
      return Problems.LIMIT_NAME;
    }
    return Problems.LIMIT_DOCUMENT;
  }

  private static final java.util.regex.Pattern SOURCE =
      java.util.regex.Pattern.compile("\\[Source: [^;\\]]*(?:; )?([^\\]]*)\\]");

  private static String firstLine(Throwable e) {
    String message =
        e instanceof JsonProcessingException
            ? ((JsonProcessingException) e).getOriginalMessage()
            : e.getMessage();
    // Jackson names the source in brackets; the caller knows its source, and the text is noise.
    message = SOURCE.matcher(String.valueOf(message)).replaceAll("$1");
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
