package dev.candidates.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The user's terminal, apart from stdout and stderr (which may be redirected into a log): where a secret is shown
 * once. On Linux and macOS that is the process's controlling terminal, {@code /dev/tty}; without one (a service,
 * a test, a pipe) nothing is shown and the caller says where the secret is kept instead.
 */
@FunctionalInterface
public interface Terminal {
  /** Shows {@code line}; false when there is no terminal. */
  boolean show(String line);

  Terminal NONE = line -> false;

  static Terminal controlling() {
    return line -> {
      Path tty = Path.of("/dev/tty");
      try (OutputStream o = Files.newOutputStream(tty, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
        o.write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
        return true;
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return false; // no controlling terminal
      }
    };
  }
}
