package org.ksmodel.examples.cli;

import java.io.PrintStream;

/** Where a command writes: results to {@code out}, problems to {@code err}. */
record Console(PrintStream out, PrintStream err) {}
