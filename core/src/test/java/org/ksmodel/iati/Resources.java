package org.ksmodel.iati;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The hand-made IATI files under {@code src/test/resources/iati}. */
final class Resources {
  private Resources() {}

  /** Imports a test resource through the stream entry point. */
  static IatiImport importResource(String name) {
    try (InputStream in = Resources.class.getResourceAsStream("/iati/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /iati/" + name);
      }
      return IatiImporter.importStream(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
