package org.ksmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.EntityId;
import org.ksmodel.common.EntityKind;
import org.ksmodel.common.Severity;
import org.ksmodel.common.Violation;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.funding.Funding;
import org.ksmodel.institution.Institution;
import org.ksmodel.partnership.Partnership;
import org.ksmodel.request.KnowledgeRequest;
import org.ksmodel.result.ResultsFramework;
import org.ksmodel.solution.Solution;

/** Reads and writes whole documents: a dataset with its version, or one value on its own. */
public final class Documents {
  /** The version of the format this library writes. */
  public static final String VERSION = "1.1";

  public static final String VERSION_MEMBER = "ksmodel";
  public static final String KIND_MEMBER = "kind";

  private static final int MAJOR = 1;
  private static final int MINOR = 1;
  private static final Pattern VERSION_FORM = Pattern.compile("([0-9]{1,4})\\.([0-9]{1,4})");

  private Documents() {}

  // ---------------------------------------------------------------- writing

  public static void writeDataset(JsonGenerator out, Dataset dataset) throws IOException {
    out.writeStartObject();
    out.writeStringField(VERSION_MEMBER, VERSION);
    writeEntities(out, EntityKind.INSTITUTION, dataset.institutions());
    writeEntities(out, EntityKind.SOLUTION, dataset.solutions());
    writeEntities(out, EntityKind.PARTNERSHIP, dataset.partnerships());
    writeEntities(out, EntityKind.FUNDING, dataset.fundings());
    writeEntities(out, EntityKind.RESULTS_FRAMEWORK, dataset.resultsFrameworks());
    writeEntities(out, EntityKind.KNOWLEDGE_REQUEST, dataset.knowledgeRequests());
    out.writeEndObject();
  }

  @SuppressWarnings("unchecked")
  private static <T> void writeEntities(JsonGenerator out, EntityKind kind, List<T> entities)
      throws IOException {
    if (entities.isEmpty()) {
      return;
    }
    ObjectCodec<?, T> codec = (ObjectCodec<?, T>) Codecs.entity(kind);
    out.writeArrayFieldStart(kind.collectionName());
    for (T entity : entities) {
      codec.write(out, entity);
    }
    out.writeEndArray();
  }

  /** Writes an entity as an NDJSON record: its {@code kind} first, then its members. */
  @SuppressWarnings("unchecked")
  public static <T> void writeRecord(JsonGenerator out, EntityKind kind, T entity)
      throws IOException {
    ObjectCodec<?, T> codec = (ObjectCodec<?, T>) Codecs.entity(kind);
    out.writeStartObject();
    out.writeStringField(KIND_MEMBER, kind.wireName());
    codec.writeMembers(out, entity);
    out.writeEndObject();
  }

  // ---------------------------------------------------------------- reading

  /** Reads a dataset document; null when it cannot be read at all (a FATAL problem). */
  public static Dataset readDataset(In in) throws IOException {
    if (!startRoot(in)) {
      return null;
    }
    return readDatasetMembers(in);
  }

  /**
   * Reads a dataset whose first token is the parser's current one (the Jackson module's case):
   * anything but an object is not a document ({@code json.root}).
   */
  static Dataset readDatasetAt(In in) throws IOException {
    if (!isObject(in, in.parser.currentToken())) {
      return null;
    }
    return readDatasetMembers(in);
  }

  private static Dataset readDatasetMembers(In in) throws IOException {
    JsonParser parser = in.parser;
    Dataset.Builder dataset = Dataset.builder();
    boolean[] seen = new boolean[EntityKind.values().length];
    boolean versioned = false;
    String member;
    while ((member = parser.nextFieldName()) != null) {
      in.pushMember(member);
      parser.nextToken();
      EntityKind kind = kindOfCollection(member);
      if (member.equals(VERSION_MEMBER)) {
        if (versioned) {
          in.duplicateMember(member);
        } else {
          versioned = true;
          if (!checkVersion(in)) {
            return null;
          }
        }
      } else if (kind == null) {
        in.unknownMember(member);
      } else if (seen[kind.ordinal()]) {
        in.duplicateMember(member);
      } else {
        seen[kind.ordinal()] = true;
        readEntities(in, kind, sink(dataset, kind));
      }
      in.pop();
    }
    if (!versioned) {
      in.report(
          Problems.VERSION_MISSING,
          in.soft(),
          "the document does not say its format version; read as "
              + VERSION
              + " (add \"ksmodel\": \""
              + VERSION
              + "\")");
    }
    return dataset.build();
  }

  private static Consumer<Object> sink(Dataset.Builder dataset, EntityKind kind) {
    switch (kind) {
      case INSTITUTION:
        return entity -> dataset.addInstitutions((Institution) entity);
      case SOLUTION:
        return entity -> dataset.addSolutions((Solution) entity);
      case PARTNERSHIP:
        return entity -> dataset.addPartnerships((Partnership) entity);
      case FUNDING:
        return entity -> dataset.addFundings((Funding) entity);
      case KNOWLEDGE_REQUEST:
        return entity -> dataset.addKnowledgeRequests((KnowledgeRequest) entity);
      default:
        return entity -> dataset.addResultsFrameworks((ResultsFramework) entity);
    }
  }

  /**
   * Reads the records of an array; a record that cannot be built (or is {@code null}) goes to the
   * quarantine with its raw text. Anything but an array is kept raw in the unbound members.
   */
  private static void readEntities(In in, EntityKind kind, Consumer<Object> sink)
      throws IOException {
    JsonParser parser = in.parser;
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      in.report(
          Problems.TYPE,
          Severity.ERROR,
          "expected an array of "
              + kind.collectionName()
              + ", got "
              + In.describe(parser.currentToken())
              + "; kept in the unbound members",
          "an array of " + kind.collectionName(),
          In.describe(parser.currentToken()));
      in.keepRaw();
      return;
    }
    ObjectCodec<?, ?> codec = Codecs.entity(kind);
    Quarantine quarantine = in.quarantine;
    for (int index = 0; ; index++) {
      in.pushIndex(index);
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY) {
        in.pop();
        break;
      }
      quarantine.open(in, kind, index);
      if (token == JsonToken.VALUE_NULL) {
        in.nullValue();
        quarantine.quarantine(in);
      } else {
        Object entity = readEntity(in, kind, codec, null, false);
        if (entity != null) {
          quarantine.keep();
          sink.accept(entity);
        } else {
          quarantine.quarantine(in);
        }
      }
      in.pop();
    }
  }

  /**
   * Reads one entity at the parser's current token (or, when {@code inside}, from inside its
   * object, after its first member); a member named {@code passed} is skipped. A failed entity is
   * reported as dropped with the place where it starts; problems inside a kept entity name it as
   * their subject.
   */
  public static Object readEntity(
      In in, EntityKind kind, ObjectCodec<?, ?> codec, String passed, boolean inside)
      throws IOException {
    return readEntity(in, kind, codec, passed, inside, false);
  }

  /**
   * Like the above; {@code passedRead}: the member {@code passed} was read before, see {@link
   * ObjectCodec#readMembers(In, String, boolean)}.
   */
  public static Object readEntity(
      In in,
      EntityKind kind,
      ObjectCodec<?, ?> codec,
      String passed,
      boolean inside,
      boolean passedRead)
      throws IOException {
    JsonLocation start = in.parser.currentTokenLocation();
    int mark = in.problems().size();
    Object entity = inside ? codec.readMembers(in, passed, passedRead) : codec.read(in, passed);
    if (entity == null) {
      in.report(
          Problems.ENTITY_DROPPED,
          Severity.ERROR,
          in.path(),
          start,
          kind.wireName() + " left out: it cannot be built (see the problems before this one)",
          kind.wireName());
    } else {
      name(in.problems(), mark, id(entity).value());
    }
    return entity;
  }

  private static EntityId id(Object entity) {
    if (entity instanceof Institution) {
      return ((Institution) entity).id();
    }
    if (entity instanceof Solution) {
      return ((Solution) entity).id();
    }
    if (entity instanceof Partnership) {
      return ((Partnership) entity).id();
    }
    if (entity instanceof Funding) {
      return ((Funding) entity).id();
    }
    if (entity instanceof KnowledgeRequest) {
      return ((KnowledgeRequest) entity).id();
    }
    return ((ResultsFramework) entity).id();
  }

  private static void name(List<Violation> problems, int from, String subject) {
    for (int i = from; i < problems.size(); i++) {
      Violation problem = problems.get(i);
      if (problem.subjectId().isEmpty()) {
        problems.set(i, Violation.builder().from(problem).subjectId(subject).build());
      }
    }
  }

  /** Reads one value of any type of the format from a document of its own. */
  public static <T> T readValue(In in, Codec<T> codec) throws IOException {
    JsonToken token = in.parser.nextToken();
    if (token == null) {
      in.report(Problems.TRUNCATED, Severity.FATAL, "the input holds no JSON value");
      return null;
    }
    if (token == JsonToken.VALUE_NULL) {
      in.nullValue();
      return null;
    }
    return readValueAt(in, codec);
  }

  /**
   * Reads one value whose first token (not {@code null}) is the parser's current one: an entity may
   * carry the NDJSON {@code kind}, and is reported as dropped when it cannot be built.
   */
  static <T> T readValueAt(In in, Codec<T> codec) throws IOException {
    if (codec instanceof ObjectCodec) {
      EntityKind kind = entityKindOf((ObjectCodec<?, ?>) codec);
      if (kind != null) {
        @SuppressWarnings("unchecked")
        T entity = (T) readEntity(in, kind, (ObjectCodec<?, ?>) codec, KIND_MEMBER, false);
        return entity;
      }
    }
    return codec.read(in);
  }

  private static EntityKind entityKindOf(ObjectCodec<?, ?> codec) {
    for (EntityKind kind : EntityKind.values()) {
      if (Codecs.entity(kind) == codec) {
        return kind;
      }
    }
    return null;
  }

  /** Whether the input ends after the value, as it must; reports trailing content. */
  public static void requireEnd(In in) throws IOException {
    if (in.parser.nextToken() != null) {
      in.report(
          Problems.SYNTAX,
          Severity.FATAL,
          DataPath.root(),
          in.parser.currentTokenLocation(),
          "unexpected content after the end of the document");
    }
  }

  private static boolean startRoot(In in) throws IOException {
    JsonToken token = in.parser.nextToken();
    if (token == null) {
      in.report(Problems.TRUNCATED, Severity.FATAL, "the input holds no JSON document");
      return false;
    }
    return isObject(in, token);
  }

  private static boolean isObject(In in, JsonToken token) {
    if (token != JsonToken.START_OBJECT) {
      in.report(
          Problems.ROOT,
          Severity.FATAL,
          "a document is a JSON object, got " + In.describe(token),
          In.describe(token));
      return false;
    }
    return true;
  }

  /** Checks the {@code ksmodel} member; false when the document cannot be read. */
  private static boolean checkVersion(In in) throws IOException {
    JsonParser parser = in.parser;
    String text = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
    Matcher form = text == null ? null : VERSION_FORM.matcher(text);
    if (form == null || !form.matches()) {
      String found = text == null ? In.describe(parser.currentToken()) : "'" + text + "'";
      in.report(
          Problems.VERSION_UNSUPPORTED,
          Severity.FATAL,
          "the format version must be a string such as \"" + VERSION + "\", got " + found,
          found);
      return false;
    }
    int major = Integer.parseInt(form.group(1));
    int minor = Integer.parseInt(form.group(2));
    if (major != MAJOR) {
      in.report(
          Problems.VERSION_UNSUPPORTED,
          Severity.FATAL,
          "format version " + text + " is not supported; this reader reads " + MAJOR + ".x",
          text);
      return false;
    }
    if (minor > MINOR) {
      in.report(
          Problems.VERSION_NEWER,
          Severity.INFO,
          "format version "
              + text
              + " is newer than "
              + VERSION
              + "; members this reader does not know are kept and reported as warnings",
          text);
      in.setForwardCompatible(true);
    }
    return true;
  }

  private static EntityKind kindOfCollection(String member) {
    for (EntityKind kind : EntityKind.values()) {
      if (kind.collectionName().equals(member)) {
        return kind;
      }
    }
    return null;
  }
}
