package dev.candidates.store;

import java.io.IOException;
import java.nio.file.Path;

/** No index has been built at the given root. */
public final class MissingIndexException extends IOException {
  MissingIndexException(Path root) {
    super("no index at " + root + "; build one first with ./candidates index");
  }
}
