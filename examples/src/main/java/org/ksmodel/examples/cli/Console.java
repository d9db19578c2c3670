package org.ksmodel.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Where a command reads and writes: {@code in} is standard input (a FILE given as {@code -}),
 * results go to {@code out}, problems to {@code err}.
 */
record Console(InputStream in, PrintStream out, PrintStream err) {
  /** The process's own standard input, output and error. */
  static Console system() {
    return new Console(System.in, System.out, System.err);
  }
}
