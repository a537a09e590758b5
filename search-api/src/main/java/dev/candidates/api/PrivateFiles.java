package dev.candidates.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Files only their owner may read (mode 600): the admin token, the users' digests, the audit log. */
final class PrivateFiles {
  private PrivateFiles() {}

  /** Creates {@code file} empty with mode 600 (plain on a file system without POSIX permissions). */
  static void create(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
  }
}
