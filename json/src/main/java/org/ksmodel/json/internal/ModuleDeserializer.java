package org.ksmodel.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.Severity;
import org.ksmodel.common.SourceLocation;
import org.ksmodel.common.Violation;
import org.ksmodel.json.JsonLimits;
import org.ksmodel.json.KsJsonMappingException;

/**
 * Reads a type of the wire format for the Jackson module with the facade's own reader, on the
 * mapper's parser, in the mode the mapper's settings say: {@code FAIL_ON_UNKNOWN_PROPERTIES} on
 * reads strictly, off leniently; a duplicate member is the parser's failure when it detects
 * duplicates ({@code STRICT_DUPLICATE_DETECTION}), otherwise the first one is kept, as the facade's
 * lenient reading keeps it. Any ERROR or FATAL problem fails the read with a {@link
 * KsJsonMappingException} carrying every problem; warnings (only possible in lenient mode, or for a
 * newer minor version) are what the mapper's settings asked to let pass. Holds no state but a cache
 * of the limits last derived from a parser's constraints.
 *
 * @param <T> the type read
 */
final class ModuleDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** Problems named in an exception's message; all of them are in its violations. */
  private static final int NAMED = 10;

  private static volatile JsonLimits lastLimits = JsonLimits.defaults();

  private final transient Reads.Body<T> body;

  ModuleDeserializer(Class<T> type, Reads.Body<T> body) {
    super(type);
    this.body = body;
  }

  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    In in =
        new In(
            parser,
            context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
            false,
            false,
            limits(parser),
            base(parser),
            0);
    in.quarantine = new Quarantine(RawCapture.NONE);
    T value;
    Throwable stop = null;
    try {
      value = body.read(in);
    } catch (JsonProcessingException
        | LimitExceeded
        | CharConversionException
        | RuntimeException
        | StackOverflowError e) {
      in.problems().add(stopped(e, in, parser));
      value = null;
      stop = e;
    }
    if (value == null || Reads.blocks(in.problems(), true)) {
      throw failure(in.problems(), parser, stop);
    }
    return value;
  }

  /** The problem where the parser (or a limit, or a bug) stopped the read. */
  private static Violation stopped(Throwable e, In in, JsonParser parser) {
    if (e instanceof JsonParseException
        && parser.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        && String.valueOf(((JsonParseException) e).getOriginalMessage())
            .startsWith("Duplicate field '")) {
      String name = parser.getParsingContext().getCurrentName();
      in.pushMember(name);
      Violation duplicate =
          Problems.of(
              Problems.KEY_DUPLICATE,
              Severity.ERROR,
              in.path(),
              ((JsonParseException) e).getLocation(),
              0,
              "member '" + name + "' appears more than once (the parser detects duplicates)",
              name);
      in.pop();
      return duplicate;
    }
    return Reads.fatal(e, in, 0);
  }

  private KsJsonMappingException failure(
      List<Violation> problems, JsonParser parser, Throwable stop) {
    StringBuilder message =
        new StringBuilder("cannot read ").append(handledType().getSimpleName()).append(": ");
    Violation first = null;
    int named = 0;
    int more = 0;
    for (Violation problem : problems) {
      if (problem.severity() != Severity.ERROR && problem.severity() != Severity.FATAL) {
        continue;
      }
      if (first == null) {
        first = problem;
      }
      if (named == NAMED) {
        more++;
        continue;
      }
      if (named > 0) {
        message.append("; ");
      }
      named++;
      message
          .append(problem.code())
          .append(" at '")
          .append(problem.path().toJsonPointer())
          .append("': ")
          .append(problem.message());
    }
    if (more > 0) {
      message.append("; and ").append(more).append(" more");
    }
    return new KsJsonMappingException(
        parser, message.toString(), location(first, parser), new ArrayList<>(problems), stop);
  }

  /** The line and column of a problem, in the parser's source. */
  private static JsonLocation location(Violation problem, JsonParser parser) {
    JsonLocation current = parser.currentTokenLocation();
    if (problem == null || problem.location().isEmpty()) {
      return current;
    }
    SourceLocation where = problem.location().get();
    return new JsonLocation(
        current.contentReference(), -1L, -1L, (int) where.line(), (int) where.column());
  }

  /** The facade's limits where the reader checks them itself: the parser's number length. */
  private static JsonLimits limits(JsonParser parser) {
    int numberLength = parser.streamReadConstraints().getMaxNumberLength();
    JsonLimits limits = lastLimits;
    if (limits.maxNumberLength() != numberLength) {
      limits = JsonLimits.builder().maxNumberLength(numberLength).build();
      lastLimits = limits;
    }
    return limits;
  }

  /**
   * Where the value starts in the mapper's document, from the parser's contexts: the root for a
   * value read on its own, {@code /partnerships/3} for one in a user's type.
   */
  private static DataPath base(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if (context != null && token != null && token.isStructStart()) {
      context = context.getParent(); // the value's own object or array
    }
    if (context == null || context.inRoot()) {
      return DataPath.root();
    }
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(c);
    }
    DataPath path = DataPath.root();
    for (int i = chain.size() - 1; i >= 0; i--) {
      JsonStreamContext c = chain.get(i);
      if (c.inArray()) {
        path = path.index(Math.max(0, c.getCurrentIndex()));
      } else {
        String name = c.getCurrentName();
        path = name == null ? path : path.member(name);
      }
    }
    return path;
  }
}
