package org.ksmodel.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.ksmodel.common.DataPath;
import org.ksmodel.common.EntityKind;
import org.ksmodel.json.QuarantinedRecord;

/**
 * The records of one read that are not in its value: a record (an element of a top-level array) is
 * opened at its first token, then either kept, or quarantined with its raw text, its place and the
 * problems reported since it was opened. A read that stops inside a record (a FATAL problem)
 * quarantines what was read of it.
 *
 * <p>One per read; not thread-safe.
 */
public final class Quarantine {
  private final RawCapture capture;
  private final List<QuarantinedRecord> records = new ArrayList<>();

  private boolean open;
  private EntityKind kind;
  private int index;
  private JsonLocation start;
  private int mark;

  public Quarantine(RawCapture capture) {
    this.capture = capture;
  }

  public List<QuarantinedRecord> records() {
    return records;
  }

  /** Opens the record at the parser's current token, the element {@code index} of its array. */
  void open(In in, EntityKind kind, int index) {
    this.open = true;
    this.kind = kind;
    this.index = index;
    this.start = in.parser.currentTokenLocation();
    this.mark = in.problems().size();
    capture.start(start);
  }

  /** The record is in the value. */
  void keep() {
    open = false;
    capture.stop();
  }

  /** The record, read to its end, is not in the value. */
  void quarantine(In in) throws IOException {
    in.parser.finishToken(); // a string's end is only found when its text is asked for
    add(in, capture.text(in.parser.currentLocation()), false);
  }

  /** The read stopped inside the open record, if any: what was read of it is quarantined. */
  void stopped(In in) {
    if (open) {
      add(in, capture.text(in.parser.currentLocation()), true);
    }
  }

  private void add(In in, RawCapture.Raw raw, boolean stopped) {
    long offset = capture.offset(start);
    long line = start.getLineNr() < 1 ? -1 : start.getLineNr() + in.lineBase();
    long column = start.getColumnNr() < 1 ? -1 : start.getColumnNr();
    records.add(
        new QuarantinedRecord(
            kind,
            DataPath.root().member(kind.collectionName()).index(index),
            index,
            line,
            column,
            offset,
            raw.text(),
            raw.cut() || stopped,
            in.problems().subList(mark, in.problems().size())));
    open = false;
    capture.stop();
  }
}
