package org.ksmodel.json;

import org.ksmodel.common.SourceLocation;
import org.ksmodel.common.Violation;

/** The line and column of a problem, or -1 where it has no location: for short assertions. */
public final class Located {
  private Located() {}

  public static long line(Violation problem) {
    return problem.location().map(SourceLocation::line).orElse(-1L);
  }

  public static long column(Violation problem) {
    return problem.location().map(SourceLocation::column).orElse(-1L);
  }
}
