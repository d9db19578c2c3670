package org.ksmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import org.ksmodel.common.EntityKind;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.json.internal.Codecs;
import org.ksmodel.json.internal.Documents;

/**
 * Writes entities one per line (NDJSON), each with its {@code kind} first, as they come: memory
 * stays bounded by one entity. Closing the writer flushes it and closes the target it was opened on
 * when the facade opened it (a file), not a stream the caller passed.
 *
 * <p>Not thread-safe: one writer per stream, used by one thread at a time.
 */
public final class NdjsonWriter implements Closeable, Flushable {
  private final JsonGenerator out;
  private final Closeable owned;
  private long count;

  NdjsonWriter(JsonGenerator out, Closeable owned) {
    this.out = out;
    this.owned = owned;
    out.setRootValueSeparator(null);
  }

  /**
   * Writes one entity on a line of its own.
   *
   * @throws IllegalArgumentException if the value is not an Institution, Solution, Partnership,
   *     Funding or ResultsFramework
   */
  public NdjsonWriter write(Object entity) throws IOException {
    EntityKind kind = Codecs.kindOf(entity);
    if (kind == null) {
      throw new IllegalArgumentException(
          "not an entity of a dataset: " + (entity == null ? null : entity.getClass()));
    }
    try {
      Documents.writeRecord(out, kind, entity);
      out.writeRaw('\n');
    } catch (JsonProcessingException e) {
      throw new IOException(e.getOriginalMessage());
    }
    count++;
    return this;
  }

  /** Writes every entity of a dataset, kind by kind in the dataset's order. */
  public NdjsonWriter writeAll(Dataset dataset) throws IOException {
    for (Object entity : dataset.institutions()) {
      write(entity);
    }
    for (Object entity : dataset.solutions()) {
      write(entity);
    }
    for (Object entity : dataset.partnerships()) {
      write(entity);
    }
    for (Object entity : dataset.fundings()) {
      write(entity);
    }
    for (Object entity : dataset.resultsFrameworks()) {
      write(entity);
    }
    return this;
  }

  /** How many entities were written. */
  public long count() {
    return count;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } finally {
      if (owned != null) {
        owned.close();
      }
    }
  }
}
