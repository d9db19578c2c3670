package org.ksmodel.examples.cli;

/** The input cannot be read as what the command needs; the message says why, in one line. */
final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
