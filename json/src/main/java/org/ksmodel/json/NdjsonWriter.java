package org.ksmodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.Objects;
import org.ksmodel.common.Entity;
import org.ksmodel.common.EntityKind;
import org.ksmodel.dataset.Dataset;
import org.ksmodel.json.internal.Codecs;
import org.ksmodel.json.internal.Documents;

/**
 * Writes entities one per line (NDJSON), as UTF-8, each with its {@code kind} first, as they come:
 * memory stays bounded by one entity. Made by {@link KsJson#ndjsonWriter(java.io.OutputStream)} and
 * {@link KsJson#ndjsonWriter(java.nio.file.Path)}. Output is buffered: call {@link #flush()} to
 * push it to the target, and {@link #close()} at the end. Closing the writer flushes it and closes
 * the target when the facade opened it (a file), not a stream the caller passed. After it is
 * closed, writing or flushing throws {@link IllegalStateException}; closing again does nothing.
 *
 * <p>Not thread-safe: one writer per stream, used by one thread at a time.
 */
public final class NdjsonWriter implements Closeable, Flushable {
  private final JsonGenerator out;
  private final Closeable owned;
  private long count;
  private boolean closed;

  NdjsonWriter(JsonGenerator out, Closeable owned) {
    this.out = out;
    this.owned = owned;
    out.setRootValueSeparator(null);
  }

  /**
   * Writes one entity on a line of its own, ended by {@code \n}. The line may stay in the writer's
   * buffer until {@link #flush()} or {@link #close()}.
   *
   * @param entity the entity to write
   * @return this writer
   * @throws IllegalArgumentException if the entity is not one of the model's aggregates (a class of
   *     the caller's own that implements {@link Entity}); then nothing is written
   * @throws IllegalStateException if the writer is closed
   * @throws IOException if the target cannot be written; the line may then be partly written
   */
  public NdjsonWriter write(Entity entity) throws IOException {
    Objects.requireNonNull(entity, "entity");
    requireOpen();
    EntityKind kind = Codecs.kindOf(entity);
    if (kind == null) {
      throw new IllegalArgumentException("not an entity of the model: " + entity.getClass());
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

  /**
   * Writes every entity of a dataset, kind by kind in the dataset's order (institutions, solutions,
   * partnerships, fundings, results frameworks, knowledge requests).
   *
   * @param dataset the dataset whose entities to write
   * @return this writer
   * @throws IllegalStateException if the writer is closed
   * @throws IOException if the target cannot be written; the dataset may then be partly written
   */
  public NdjsonWriter writeAll(Dataset dataset) throws IOException {
    requireOpen();
    for (Entity entity : dataset.institutions()) {
      write(entity);
    }
    for (Entity entity : dataset.solutions()) {
      write(entity);
    }
    for (Entity entity : dataset.partnerships()) {
      write(entity);
    }
    for (Entity entity : dataset.fundings()) {
      write(entity);
    }
    for (Entity entity : dataset.resultsFrameworks()) {
      write(entity);
    }
    for (Entity entity : dataset.knowledgeRequests()) {
      write(entity);
    }
    return this;
  }

  /** {@return how many entities this writer has written} */
  public long count() {
    return count;
  }

  /**
   * Writes what is buffered to the target and flushes the target.
   *
   * @throws IllegalStateException if the writer is closed
   * @throws IOException if the target cannot be written or flushed
   */
  @Override
  public void flush() throws IOException {
    requireOpen();
    out.flush();
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("the NDJSON writer is closed");
    }
  }

  /**
   * Flushes the writer, then closes the file the facade opened; a stream the caller passed stays
   * open. Closing a closed writer does nothing.
   *
   * @throws IOException if the target cannot be written, flushed or closed
   */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.close();
    } finally {
      if (owned != null) {
        owned.close();
      }
    }
  }
}
