package dev.candidates.app;

import java.io.IOException;
import java.io.PrintStream;

/** One sub-command of {@code ./candidates}: its arguments in, its exit code out (2 for a usage mistake). */
public interface Command {
  int run(String[] args) throws IOException;

  /**
   * A command another module provides, found by {@code Main} through {@link java.util.ServiceLoader} (a
   * {@code META-INF/services/dev.candidates.app.Command$Provider} entry): the bench entry lives in the benchmarks
   * module, which depends on this one, and is run as {@code Main bench …} with that module on the class path.
   */
  interface Provider {
    /** The name the command is called by ({@code bench}). */
    String name();

    Command create(PrintStream out, PrintStream err);
  }
}
